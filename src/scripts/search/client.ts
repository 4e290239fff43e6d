// The search engine in the browser: Pagefind's module and the fold table, loaded on first use.
import { FOLD_TABLE_FILE, PAGEFIND_OPTIONS } from '../../lib/search/bundle';
import {
  facetCounts,
  facetPages,
  searchCases,
  type FacetPages,
  type PagefindApi,
} from '../../lib/search/engine';
import { parseTable, type FoldTable } from '../../lib/search/fold';
import { intlWordSplitter } from '../../lib/search/query';
import type { SearchState } from '../../lib/search/url';

interface Engine {
  api: PagefindApi;
  table: FoldTable;
}

let engine: Promise<Engine> | undefined;
let facets: Promise<FacetPages> | undefined;
const splitWords = intlWordSplitter();

/** `bundleUrl` is the search bundle's folder, e.g. /pagefind/ (base-path aware, from the page). */
function loadEngine(bundleUrl: string): Promise<Engine> {
  engine ??= (async () => {
    const [pagefind, pairs] = await Promise.all([
      import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<{
        createInstance(options: object): PagefindApi;
      }>,
      fetch(`${bundleUrl}${FOLD_TABLE_FILE}`).then((response) => response.json() as Promise<string>),
    ]);
    // No worker: the index is small, and the worker script would cost another download.
    const api = pagefind.createInstance({ ...PAGEFIND_OPTIONS, noWorker: true });
    return { api, table: parseTable(pairs) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

export function preloadSearch(bundleUrl: string): void {
  void loadEngine(bundleUrl).catch(() => undefined);
}

export async function runSearch(bundleUrl: string, state: SearchState) {
  const { api, table } = await loadEngine(bundleUrl);
  return searchCases(api, state.query, state.filters, table, splitWords);
}

/** Facet values with how many of `ids` carry each; with no ids given, counted over every case. */
export async function countFacets(bundleUrl: string, ids?: readonly string[]) {
  const { api } = await loadEngine(bundleUrl);
  facets ??= facetPages(api);
  const pages = await facets;
  const all = ids ?? [
    ...new Set([...pages.values()].flatMap((values) => [...values.values()].flatMap((set) => [...set]))),
  ];
  return facetCounts(pages, all);
}
