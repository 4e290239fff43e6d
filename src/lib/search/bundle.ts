/** Where the search bundle lives in the built site, shared by the indexer and the browser code. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** The fold table the browser applies to a query (see fold.ts). */
export const FOLD_TABLE_FILE = 'fold-table.json';
/**
 * Pagefind's language for the single index. Not `zh`: Pagefind would then segment the units of
 * index-html.ts again with its own dictionary. Pages of any language find it, being the only index.
 */
export const INDEX_LANGUAGE = 'und';

/** Options for Pagefind's search module, the same in the browser and in the tests that judge it. */
export const PAGEFIND_OPTIONS = {
  // Units, so about this many characters of Chinese.
  excerptLength: 44,
  // Metadata is indexed unsegmented and unfolded (it is kept as written for display): it must not rank.
  ranking: { metaWeights: { title: 0, brand: 0, unit: 0, region: 0, lang: 0, restore: 0 } },
} as const;
