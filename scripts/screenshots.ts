// Screenshots of every page type at phone and desktop width, light and dark, into screenshots/,
// and a case page printed to A4 PDF (screenshots/print-case.pdf; pdftoppm turns it into PNGs).
// Usage: npm run screenshots (after npm run build)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { PAGE_TYPES } from '../tests/helpers/page-types.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

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
      for (const { name, path, prepare } of PAGE_TYPES) {
        await page.goto(`${server.origin}/${path}`);
        await prepare?.(page);
        const file = `${outDir}/${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        // Full pages on a phone are too tall to read at once: also keep the first two screens,
        // and the window as the reader sees it (a page opened at an anchor is scrolled).
        await page.screenshot({
          path: file.replace('.png', '-top.png'),
          clip: { x: 0, y: 0, width, height: 1800 },
        });
        await page.screenshot({ path: file.replace('.png', '-view.png') });
        console.log(file);
      }
      // The phone table of contents, opened.
      if (width < 1024) {
        await page.goto(`${server.origin}/cases/suxian-sida-tixi/#成效`);
        await page.click('details.toc-bar summary');
        await page.screenshot({ path: `${outDir}/case-toc-open-${width}-${colorScheme}.png` });
      }
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(`${server.origin}/cases/fengtai-hrss-zhibu-keshi/`);
  await page.pdf({ path: `${outDir}/print-case.pdf`, format: 'A4', preferCSSPageSize: true });
  console.log(`${outDir}/print-case.pdf`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
