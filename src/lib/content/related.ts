import type { CaseEntryLike } from './cases';

/** How much each kind of kinship weighs when ranking related cases. */
const WEIGHTS = { sharedTag: 2, sector: 3, city: 2, province: 1, level: 1 } as const;

/** How closely cases are related to `a`: shared tags, same sector, same place, same level. */
function relatednessTo(a: CaseEntryLike['data']): (b: CaseEntryLike['data']) => number {
  const tags = new Set(a.tags);
  const [provinceA, cityA] = a.unit.region;
  return (b) => {
    const sharedTags = b.tags.filter((tag) => tags.has(tag)).length;
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
  };
}

/** How closely two cases are related: shared tags, same sector, same place, same level. */
export function relatedness(a: CaseEntryLike['data'], b: CaseEntryLike['data']): number {
  return relatednessTo(a)(b);
}

/**
 * The cases most related to one, best first; ties keep the order of `cases`, so the result is the
 * same on every build. Never the case itself, never a case with nothing in common. One pass that keeps
 * the best `count`: every case page asks this of every other case, so sorting them all made a build
 * of 5,000 cases spend most of its page time here.
 */
export function relatedCases<T extends CaseEntryLike>(current: T, cases: readonly T[], count = 3): T[] {
  const scoreOf = relatednessTo(current.data);
  const best: { entry: T; score: number }[] = [];
  for (const entry of cases) {
    if (count <= 0 || entry.id === current.id) continue;
    const score = scoreOf(entry.data);
    if (score <= 0 || (best.length === count && score <= (best.at(-1)?.score ?? 0))) continue;
    // After the kept cases with the same score: the earlier case wins a tie.
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at -= 1;
    best.splice(at, 0, { entry, score });
    if (best.length > count) best.pop();
  }
  return best.map(({ entry }) => entry);
}
