import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { buildSite, type BuildResult } from './build';
import { serveStatic, type StaticServer } from './static-server';

export interface ServedSite {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

/**
 * For the tests of one `describe`: the site built once (`buildSite` options), served over HTTP and a
 * Chromium to read it, all closed afterwards. The fields are set before the first test runs.
 */
export function servedSite(options?: Parameters<typeof buildSite>[0]): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.build = await buildSite(options);
    if (site.build.code !== 0) throw new Error(site.build.output);
    site.server = await serveStatic(site.build.outDir);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
