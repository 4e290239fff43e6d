import type { CaseEntryLike } from './cases';

/** How much each kind of kinship weighs when ranking related cases. */
const WEIGHTS = { sharedTag: 2, sector: 3, city: 2, province: 1, level: 1 } as const;

/** How closely two cases are related: shared tags, same sector, same place, same level. */
export function relatedness(a: CaseEntryLike['data'], b: CaseEntryLike['data']): number {
  const tags = new Set(a.tags);
  const sharedTags = b.tags.filter((tag) => tags.has(tag)).length;
  const [provinceA, cityA] = a.unit.region;
  const [provinceB, cityB] = b.unit.region;
  const sameProvince = provinceA === provinceB;
  const sameCity = sameProvince && cityA !== undefined && cityA === cityB;
  return (
    sharedTags * WEIGHTS.sharedTag +
    (a.unit.sector === b.unit.sector ? WEIGHTS.sector : 0) +
    (sameCity ? WEIGHTS.city : 0) +
    (sameProvince ? WEIGHTS.province : 0) +
    (a.unit.level === b.unit.level ? WEIGHTS.level : 0)
  );
}

/**
 * The cases most related to one, best first; ties keep the order of `cases`, so the result is the
 * same on every build. Never the case itself, never a case with nothing in common.
 */
export function relatedCases<T extends CaseEntryLike>(current: T, cases: readonly T[], count = 3): T[] {
  return cases
    .filter((entry) => entry.id !== current.id)
    .map((entry, index) => ({ entry, index, score: relatedness(current.data, entry.data) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map(({ entry }) => entry);
}
