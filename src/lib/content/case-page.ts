import { contentKey } from '../content-key';
import { adjacentCases, type CaseEntryLike } from './cases';
import { readingMinutes } from './reading-time';
import { relatedCases } from './related';

/** What a case page shows around the case itself, computed from the list of published cases. */
export interface CaseSurroundings<T> {
  related: T[];
  previous: T | undefined;
  next: T | undefined;
  minutes: number;
}

export function caseSurroundings<T extends CaseEntryLike & { body?: string | undefined }>(
  entry: T,
  cases: readonly T[],
): CaseSurroundings<T> {
  return {
    related: relatedCases(entry, cases),
    ...adjacentCases(entry, cases),
    minutes: readingMinutes(entry.body ?? ''),
  };
}

interface Digested {
  id: string;
  /** Astro's digest of the entry's file; absent when the loader gave none. */
  digest?: string | number | undefined;
}

export interface CasePageInputs<T extends Digested> {
  entry: T;
  surroundings: CaseSurroundings<T>;
  orgCharts: readonly { source: string; svg: string | undefined }[];
  lastUpdated: string | undefined;
  /** Pages of the site that every page links to (the footer's). */
  docs: readonly Digested[];
}

/**
 * The key under which Astro's incremental build may reuse a case page from the previous build: every
 * piece of data the page shows (its own file, the cases it links to, its drawings, its date, the
 * footer's pages) goes into it; the code that renders it Astro hashes itself. A page shows anything
 * new from elsewhere only by adding it here. Without a digest, no key and no reuse.
 */
export function casePageCacheKey<T extends Digested>(inputs: CasePageInputs<T>): string | undefined {
  const { entry, surroundings, orgCharts, lastUpdated, docs } = inputs;
  const linked = [
    entry,
    ...surroundings.related,
    surroundings.previous,
    surroundings.next,
    ...docs,
  ].map((item) => (item ? [item.id, item.digest] : null));
  if (linked.some((item) => item !== null && item[1] === undefined)) return undefined;
  return contentKey([linked, surroundings.minutes, orgCharts, lastUpdated]);
}
