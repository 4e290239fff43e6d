import type { FoldTable } from './fold';
import { highlightTerms, parseQuery, searchPlan, type WordSplitter } from './query';

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
  search(
    term: string | null,
    options?: { filters?: PagefindFilters },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  id: string;
  /** The fragment to show: from the exact match of the longest phrase or run when there is one, so its excerpt shows it. */
  data(): Promise<PagefindFragment>;
}

export interface SearchOutcome {
  /** Unit sequences to mark in excerpts and on the case page. */
  highlights: string[][];
  hits: SearchHit[];
}

async function run(
  api: PagefindApi,
  term: string | null,
  filters: PagefindFilters,
): Promise<PagefindResult[]> {
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
  const parsed = parseQuery(query, table, splitWords);
  const highlights = highlightTerms(parsed);
  const plan = searchPlan(parsed);
  if (!plan) {
    const browse = Object.keys(filters).length > 0 ? await run(api, null, filters) : [];
    return { highlights, hits: browse };
  }
  const exactQueries = [...plan.phrases, ...plan.runs];
  const [ranked = [], ...exact] = await Promise.all([
    run(api, plan.ranked, filters),
    ...exactQueries.map((phrase) => run(api, phrase, filters)),
  ]);
  const exactById = exact.map((results) => new Map(results.map((result) => [result.id, result])));
  const required = exactById.slice(0, plan.phrases.length);
  const preferred = exactById.slice(plan.phrases.length);
  const wholeRuns = (id: string) => preferred.filter((byId) => byId.has(id)).length;
  // Longest first: its exact match gives the excerpt.
  const bySpan = exactById
    .map((byId, index) => ({ byId, length: exactQueries[index]?.length ?? 0 }))
    .sort((a, b) => b.length - a.length);
  const hits = ranked
    .filter((result) => required.every((byId) => byId.has(result.id)))
    .map((result, rank) => ({ result, rank, runs: wholeRuns(result.id) }))
    .sort((a, b) => b.runs - a.runs || a.rank - b.rank)
    .map(({ result }) => bySpan.find(({ byId }) => byId.has(result.id))?.byId.get(result.id) ?? result);
  return { highlights, hits };
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
    counts.set(
      facet,
      new Map([...values].map(([value, pages]) => [value, ids.filter((id) => pages.has(id)).length])),
    );
  }
  return counts;
}
