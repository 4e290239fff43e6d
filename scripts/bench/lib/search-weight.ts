// Where a built site's Pagefind bundle is, how big it is, and what a reader downloads for a first query.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { launchChromium } from '../../../src/build/chromium.ts';
import { serveStatic } from '../../../tests/helpers/static-server.ts';
import { gzipBytes } from './page-weight.ts';

const ENTRY_FILE = 'pagefind-entry.json';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Total size of the files under `dir`. */
export function folderBytes(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Folders of the site holding a Pagefind bundle, whatever the site names them. */
export function pagefindBundles(siteDir: string): string[] {
  return filesUnder(siteDir)
    .filter((file) => file.endsWith(`${sep}${ENTRY_FILE}`))
    .map((file) => dirname(file));
}

/** Pagefind stores index, metadata, fragments and wasm gzipped already; a server sends them as they are. */
export function transferBytes(path: string, body: Uint8Array): number {
  return /\.(pf_\w+|pagefind)$/.test(path) ? body.length : gzipBytes(body);
}

export interface FirstQuery {
  query: string;
  results: number;
  /** Bytes a browser downloads for the query (gzipped as sent), the Pagefind runtime included. */
  bytes: number;
  files: string[];
}

/**
 * Loads the bundle's `pagefind.js` on one of the site's pages in Chromium, runs `query` and loads the first
 * `shown` results, recording every file fetched from the bundle (the worker and wasm included).
 */
export async function firstQuery(
  siteDir: string,
  bundleDir: string,
  pagePath: string,
  query: string,
  shown = 5,
): Promise<FirstQuery> {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  const bundleUrl = `/${relative(siteDir, bundleDir).split(sep).join('/')}/`;
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${pagePath.replace(/index\.html$/, '')}`);
    const fetched = new Set<string>();
    page.context().on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(bundleUrl)) fetched.add(path);
    });
    // A script as text: a function would be rewritten by whatever compiles this file (its `import()` too).
    const results = await page.evaluate<number>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${bundleUrl}pagefind.js`)});
      const search = await pagefind.search(${JSON.stringify(query)});
      await Promise.all(search.results.slice(0, ${shown}).map((result) => result.data()));
      return search.results.length;
    })()`);
    const files = [...fetched].sort();
    const bytes = files.reduce(
      (sum, path) => sum + transferBytes(path, readFileSync(join(siteDir, decodeURIComponent(path)))),
      0,
    );
    return { query, results, bytes, files };
  } finally {
    await browser.close();
    await server.close();
  }
}
