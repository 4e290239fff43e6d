import { adjacentCases, type CaseEntryLike } from './cases';
import { readingMinutes } from './reading-time';
import { relatedCases } from './related';

/** What a case page shows around the case itself, computed from the list of published cases. */
export interface CaseSurroundings<T extends CaseEntryLike> {
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
