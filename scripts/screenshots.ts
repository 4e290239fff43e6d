// Screenshots of every page type at phone and desktop width, light and dark, into screenshots/.
// Usage: npm run screenshots (after npm run build)
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const pages: Record<string, string> = {
  home: '/',
  'case-fengtai': '/cases/fengtai-hrss-zhibu-keshi/',
  'case-yichun': '/cases/yichun-jiguan-sanhua/',
  'case-fengtai-passage': '/cases/fengtai-hrss-zhibu-keshi/#metric-source-8',
  compare: '/compare/',
  'compare-key': '/compare/branches/',
  'compare-side-by-side': '/compare/side-by-side/',
  'not-found': '/missing-page/',
  search: '/search/?q=機關&level=地市级',
  'search-empty': '/search/',
  'header-search': '/cases/suxian-sida-tixi/',
};
/** What to do on a page before the picture: wait for search results, type into the header box. */
const interactions: Record<string, (page: Page) => Promise<void>> = {
  search: (page) => page.locator('[data-search-results] li').first().waitFor(),
  'search-empty': (page) => page.locator('[data-facets] fieldset').first().waitFor({ state: 'attached' }),
  'header-search': async (page) => {
    await page.keyboard.press('/');
    await page.keyboard.type('一肩挑');
    await page.locator('[data-search-panel] li').first().waitFor();
  },
};
const widths = [390, 1280];
const schemes = ['light', 'dark'] as const;

const outDir = resolve('screenshots');
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(server.origin + path);
        await interactions[name]?.(page);
        const file = `${outDir}/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        // Full pages on a phone are too tall to read at once: also keep the first two screens.
        await page.screenshot({
          path: file.replace('.png', '-top.png'),
          clip: { x: 0, y: 0, width, height: 1800 },
        });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
