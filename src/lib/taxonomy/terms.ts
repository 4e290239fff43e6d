import { UNIT_LEVELS } from '../../schemas/unit';
import type { CaseEntryLike } from '../content/cases';
import { termParam, termPath, type Taxonomy } from './paths';

/** One page of the taxonomy: a tag, a sector, a level, or a region at any depth. */
export interface Term<T extends CaseEntryLike = CaseEntryLike> {
  taxonomy: Taxonomy;
  /** One word, or for regions the path from the province down: ["江西省", "宜春市"]. */
  values: string[];
  /** What the page is called: the last value. */
  name: string;
  /** Route param, unencoded. */
  param: string;
  /** Href inside the site, percent-encoded. */
  path: string;
  /** Cases filed under the term, in the order they were given. */
  cases: T[];
}

export type Terms<T extends CaseEntryLike> = Record<Taxonomy, Term<T>[]>;

const collator = new Intl.Collator('zh-Hans-CN');

/** Every value path a case is filed under, per taxonomy. A region files under each of its prefixes. */
export function caseTermValues(data: CaseEntryLike['data']): Record<Taxonomy, string[][]> {
  const { region, level, sector } = data.unit;
  return {
    tags: data.tags.map((tag) => [tag]),
    regions: region.map((_, index) => region.slice(0, index + 1)),
    sectors: [[sector]],
    levels: [[level]],
  };
}

const TAXONOMY_NAMES: Record<Taxonomy, string> = {
  tags: '标签',
  regions: '地区',
  sectors: '领域',
  levels: '层级',
};

function byCountThenName(a: Term, b: Term): number {
  return b.cases.length - a.cases.length || collator.compare(a.name, b.name);
}

function byPath(a: Term, b: Term): number {
  return collator.compare(a.values.join('/'), b.values.join('/'));
}

function byLevel(a: Term, b: Term): number {
  return (
    UNIT_LEVELS.indexOf(a.name as (typeof UNIT_LEVELS)[number]) -
    UNIT_LEVELS.indexOf(b.name as (typeof UNIT_LEVELS)[number])
  );
}

const ORDER: Record<Taxonomy, (a: Term, b: Term) => number> = {
  tags: byCountThenName,
  regions: byPath,
  sectors: byCountThenName,
  levels: byLevel,
};

/**
 * Groups cases into terms. Two different values whose URLs would be the same (党建+业务 and
 * 党建 业务) are an error naming both, rather than one page silently taking the other's cases.
 */
export function collectTerms<T extends CaseEntryLike>(cases: readonly T[]): Terms<T> {
  const byParam: Record<Taxonomy, Map<string, Term<T>>> = {
    tags: new Map(),
    regions: new Map(),
    sectors: new Map(),
    levels: new Map(),
  };
  for (const entry of cases) {
    const filed = caseTermValues(entry.data);
    for (const taxonomy of Object.keys(byParam) as Taxonomy[]) {
      for (const values of filed[taxonomy]) {
        const param = termParam(values);
        let term = byParam[taxonomy].get(param);
        if (!term) {
          term = {
            taxonomy,
            values,
            name: values.at(-1) ?? '',
            param,
            path: termPath(taxonomy, values),
            cases: [],
          };
          byParam[taxonomy].set(param, term);
        } else if (term.values.join('/') !== values.join('/')) {
          throw new Error(
            `${TAXONOMY_NAMES[taxonomy]}“${term.values.join('/')}”与“${values.join('/')}”写法不同但网址相同（${param}），请统一写法（案例 ${entry.id}）`,
          );
        }
        if (!term.cases.includes(entry)) term.cases.push(entry);
      }
    }
  }
  const sorted = (taxonomy: Taxonomy) => [...byParam[taxonomy].values()].sort(ORDER[taxonomy]);
  return {
    tags: sorted('tags'),
    regions: sorted('regions'),
    sectors: sorted('sectors'),
    levels: sorted('levels'),
  };
}

/** The regions one level below a region, or the provinces when `parent` is omitted. */
export function childRegions<T extends CaseEntryLike>(
  regions: readonly Term<T>[],
  parent?: Term<T>,
): Term<T>[] {
  const depth = parent ? parent.values.length + 1 : 1;
  const prefix = parent ? `${parent.values.join('/')}/` : '';
  return regions.filter((term) => term.values.length === depth && term.values.join('/').startsWith(prefix));
}
