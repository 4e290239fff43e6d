import type { FoldTable } from './fold';
import { parseQuery, searchPlan, type QueryTerm, type WordSplitter } from './query';

/** The part of Pagefind's JS API (pagefind.js) that Casebook uses. */
export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  /** Excerpt as units separated by spaces, HTML-escaped, no marks. */
  plain_excerpt: string;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export type PagefindFilters = Record<string, string[]>;
export interface PagefindApi {
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  id: string;
  /** The fragment to show: from the exact match of the longest phrase when there is one, so its excerpt shows it. */
  data(): Promise<PagefindFragment>;
}

export interface SearchOutcome {
  terms: QueryTerm[];
  hits: SearchHit[];
}

async function run(api: PagefindApi, term: string | null, filters: PagefindFilters): Promise<PagefindResult[]> {
  return (await api.search(term, { filters }))?.results ?? [];
}

/**
 * Runs a reader's query: pages containing every unit, ranked by Pagefind, keeping only those where
 * each word and quoted phrase occurs as written. With no query but filters, every page the
 * filters allow. Filters narrow: a page must carry every selected value.
 */
export async function searchCases(
  api: PagefindApi,
  query: string,
  filters: PagefindFilters,
  table: FoldTable,
  splitWords: WordSplitter,
): Promise<SearchOutcome> {
  const terms = parseQuery(query, table, splitWords);
  const plan = searchPlan(terms);
  if (!plan) {
    const browse = Object.keys(filters).length > 0 ? await run(api, null, filters) : [];
    return { terms, hits: browse };
  }
  const [ranked = [], ...exact] = await Promise.all([
    run(api, plan.ranked, filters),
    ...plan.phrases.map((phrase) => run(api, phrase, filters)),
  ]);
  const exactById = exact.map((results) => new Map(results.map((result) => [result.id, result])));
  const longest = plan.phrases.reduce((best, phrase, i) => (phrase.length > plan.phrases[best]!.length ? i : best), 0);
  const hits = ranked
    .filter((result) => exactById.every((byId) => byId.has(result.id)))
    .map((result) => exactById[longest]?.get(result.id) ?? result);
  return { terms, hits };
}

/** For each facet value, the pages that carry it: loaded once, to count the values among any results. */
export type FacetPages = Map<string, Map<string, Set<string>>>;

export async function facetPages(api: PagefindApi): Promise<FacetPages> {
  const facets: FacetPages = new Map();
  for (const [facet, values] of Object.entries(await api.filters())) {
    const pages = new Map<string, Set<string>>();
    for (const value of Object.keys(values)) {
      const results = await run(api, null, { [facet]: [value] });
      pages.set(value, new Set(results.map((result) => result.id)));
    }
    facets.set(facet, pages);
  }
  return facets;
}

/** How many of the given results carry each facet value. */
export function facetCounts(facets: FacetPages, ids: readonly string[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [facet, values] of facets) {
    counts.set(facet, new Map([...values].map(([value, pages]) => [value, ids.filter((id) => pages.has(id)).length])));
  }
  return counts;
}
