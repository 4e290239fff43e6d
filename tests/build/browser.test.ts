import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { describeInBrowser } from '../helpers/browser-suite';
import { buildSite } from '../helpers/build';
import { serveStatic, type StaticServer } from '../helpers/static-server';

// The home filters, the table of contents and printing, in a real browser, on a site under a sub-path.
const BASE = '/anli/';
const CASE = `${BASE}cases/suxian-sida-tixi/`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = await buildSite({ env: { CASEBOOK_BASE: BASE } });
  if (build.code !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  return page;
}

const visibleCards = (page: Page) => page.locator('[data-facets]:visible').count();
const chip = (page: Page, facet: string, value: string) =>
  page.locator(`[data-filter-facet="${facet}"][data-filter-value="${value}"]`);

describeInBrowser('home page filters', () => {
  it('narrow the list in place with JavaScript, combine, and keep the choice in the URL', async () => {
    const page = await open(BASE);
    expect(await visibleCards(page)).toBe(5);
    await chip(page, 'tag', '机关党建').click();
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(new URL(page.url()).searchParams.get('tag')).toBe('机关党建');
    expect(await visibleCards(page)).toBe(4);
    await expect.poll(() => chip(page, 'tag', '机关党建').getAttribute('aria-pressed')).toBe('true');
    await chip(page, 'level', '地市级').click();
    expect(await visibleCards(page)).toBe(3);
    expect(await page.locator('[data-filter-status]').textContent()).toBe('符合条件的案例 3 个（共 5 个）');
    await chip(page, 'level', '地市级').click();
    expect(await visibleCards(page)).toBe(4);
    await page.getByRole('button', { name: '清除筛选' }).click();
    expect(await visibleCards(page)).toBe(5);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('apply a filter given in the URL when the page opens', async () => {
    const page = await open(`${BASE}?region=${encodeURIComponent('江西省')}`);
    expect(await visibleCards(page)).toBe(1);
    expect(await page.locator('[data-facets]:visible a').first().textContent()).toContain('宜春');
    await page.context().close();
  });

  it('are plain links to the term pages without JavaScript', async () => {
    const page = await open(BASE, { javaScript: false });
    await chip(page, 'sector', '民政').click();
    await page.waitForURL(/sectors/);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${BASE}sectors/民政/`);
    expect(await page.locator('h1').textContent()).toBe('领域：民政');
    await page.context().close();
  });
});

describeInBrowser('the table of contents', () => {
  it('stands beside the text on a desktop and marks the section being read', async () => {
    const page = await open(CASE);
    const aside = page.locator('nav.toc-aside');
    expect(await aside.isVisible()).toBe(true);
    expect(await page.locator('details.toc-bar').isVisible()).toBe(false);
    await aside.getByRole('link', { name: '成效' }).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#成效');
    await expect.poll(() => aside.locator('a[aria-current]').textContent()).toBe('成效');
    // Sticky: still in view after the jump.
    const box = await aside.boundingBox();
    expect(box && box.y >= 0 && box.y < 100).toBe(true);
    await page.context().close();
  });

  it('is a collapsible bar on a phone that closes once a section is chosen', async () => {
    const page = await open(CASE, { width: 390 });
    expect(await page.locator('nav.toc-aside').isVisible()).toBe(false);
    const bar = page.locator('details.toc-bar');
    expect(await bar.getAttribute('open')).toBeNull();
    await bar.locator('summary').click();
    await bar.getByRole('link', { name: '启示' }).click();
    expect(await bar.getAttribute('open')).toBeNull();
    await expect.poll(() => bar.locator('[data-toc-current]').textContent()).toBe('启示');
    const heading = await page.locator('h2[id="启示"]').boundingBox();
    expect(heading && heading.y > 0 && heading.y < 800).toBe(true);
    // The bar stays at the top of the window while reading.
    expect((await bar.boundingBox())?.y).toBe(0);
    await page.context().close();
  });

  it('works as plain anchor links without JavaScript', async () => {
    const page = await open(CASE, { width: 390, javaScript: false });
    await page.locator('details.toc-bar summary').click();
    await page.locator('details.toc-bar').getByRole('link', { name: '背景' }).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#背景');
    await page.context().close();
  });
});

describeInBrowser('printing a case', () => {
  it('leaves out navigation, puts the source under the title and shows where links lead', async () => {
    const page = await open(CASE);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/yuanwen';
      link.textContent = '原文';
      link.id = 'probe';
      document.querySelector('.prose p')?.append(link);
    });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav.toc-aside', '.related', '.pager']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    const source = await page.locator('aside.source').boundingBox();
    const metrics = await page.locator('#metrics').boundingBox();
    const body = await page.locator('article.prose').boundingBox();
    expect(source && metrics && body && source.y < metrics.y && source.y < body.y).toBe(true);
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector('#probe') as Element, '::after').content,
    );
    expect(after).toContain('https://example.org/yuanwen');
    await page.context().close();
  });
});
