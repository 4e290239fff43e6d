import type { CaseData } from '../../schemas/case';
import { SIMPLIFIED_SEGMENT } from '../seo/pages';

export interface CaseEntryLike {
  id: string;
  data: CaseData;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Cases readers see: drafts left out, ordered by region then unit (pinyin order), stable across builds. */
export function publishedCases<T extends CaseEntryLike>(entries: readonly T[]): T[] {
  return entries
    .filter((entry) => !entry.data.draft)
    .toSorted(
      (a, b) =>
        collator.compare(a.data.unit.region.join(''), b.data.unit.region.join('')) ||
        collator.compare(a.data.unit.name, b.data.unit.name) ||
        a.id.localeCompare(b.id),
    );
}

/** A region written as one place name: ["江西省", "宜春市"] → 江西省宜春市. */
export function regionName(region: readonly string[]): string {
  return region.join('');
}

export function caseHref(slug: string): string {
  return `cases/${slug}/`;
}

/** The cases before and after one in reading order, for "previous / next" links. */
export function adjacentCases<T extends CaseEntryLike>(
  current: T,
  cases: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const index = cases.findIndex((entry) => entry.id === current.id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: cases[index - 1], next: cases[index + 1] };
}

/** The simplified reading of a traditional case. */
export function simplifiedCaseHref(slug: string): string {
  return `cases/${slug}/${SIMPLIFIED_SEGMENT}/`;
}
