import type { Page } from 'playwright-core';

/** One page of each kind the site builds, in the state a reader sees it. */
export interface PageType {
  name: string;
  /** Path inside the site, without the base. */
  path: string;
  /** What a reader does on the page first: wait for search results, type into the header box. */
  prepare?: (page: Page) => Promise<void>;
  /** HTTP status the page is served with, when not 200. */
  status?: number;
}

const tag = encodeURIComponent('机关党建');

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '' },
  { name: 'home-filtered', path: `?tag=${tag}&level=${encodeURIComponent('地市级')}` },
  { name: 'case-fengtai', path: 'cases/fengtai-hrss-zhibu-keshi/' },
  { name: 'case-yichun', path: 'cases/yichun-jiguan-sanhua/' },
  { name: 'case-fengtai-passage', path: 'cases/fengtai-hrss-zhibu-keshi/#metric-source-8' },
  { name: 'case-yichun-simplified', path: 'cases/yichun-jiguan-sanhua/zh-hans/' },
  { name: 'case-scrolled', path: `cases/suxian-sida-tixi/#${encodeURIComponent('成效')}` },
  { name: 'compare', path: 'compare/' },
  { name: 'compare-key', path: 'compare/branches/' },
  { name: 'compare-side-by-side', path: 'compare/side-by-side/' },
  { name: 'tags', path: 'tags/' },
  { name: 'tag', path: `tags/${tag}/` },
  { name: 'region', path: `regions/${encodeURIComponent('湖南省')}/` },
  { name: 'sector', path: `sectors/${encodeURIComponent('民政')}/` },
  { name: 'level', path: `levels/${encodeURIComponent('县区级')}/` },
  { name: 'docs', path: 'docs/guide/' },
  { name: 'docs-index', path: 'docs/' },
  { name: 'not-found', path: 'missing-page/', status: 404 },
  {
    name: 'search',
    path: `search/?q=${encodeURIComponent('機關')}&level=${encodeURIComponent('地市级')}`,
    prepare: (page) => page.locator('[data-search-results] li').first().waitFor(),
  },
  {
    name: 'search-empty',
    path: 'search/',
    prepare: (page) => page.locator('[data-facets] fieldset').first().waitFor({ state: 'attached' }),
  },
  {
    name: 'header-search',
    path: 'cases/suxian-sida-tixi/',
    prepare: async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('一肩挑');
      await page.locator('[data-search-panel] li').first().waitFor();
    },
  },
];
