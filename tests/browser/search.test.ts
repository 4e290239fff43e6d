import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../helpers/browser-suite';
import { servedSite } from '../helpers/served-site';

const YICHUN = '/cases/yichun-jiguan-sanhua/';

describeInBrowser('search in a real browser', () => {
  const site = servedSite();

  async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(site.server.origin))
        throw new Error(`external request: ${request.url()}`);
    });
    await page.goto(site.server.origin + path);
    return page;
  }

  const resultLinks = (page: Page) => page.locator('[data-search-results] .hit-title');

  it.each(['機關', '机关'])(
    '/search/?q=%s lists the 宜春 case, whose script differs from the query or not',
    async (query) => {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(0);
      const hrefs = await resultLinks(page).evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(hrefs.some((href) => href?.startsWith(YICHUN))).toBe(true);
      await expect
        .poll(() => page.locator('[data-search-results] mark').first().textContent())
        .toMatch(/^(機關|机关)$/);
      await page.context().close();
    },
  );

  it('narrows the results with a filter and keeps query and filter in the address', async () => {
    const page = await open('/search/?q=机关');
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(1);
    const before = await resultLinks(page).count();
    await page.locator('[data-facets-panel] summary').click();
    await page.getByRole('checkbox', { name: /^江西省/ }).check();
    await expect.poll(() => resultLinks(page).count()).toBe(1);
    expect(before).toBeGreaterThan(1);
    expect(await resultLinks(page).first().getAttribute('href')).toMatch(new RegExp(`^${YICHUN}`));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('机关');
    expect(url.searchParams.getAll('province')).toEqual(['江西省']);

    // The address alone brings the same search back.
    await page.goto(page.url());
    await expect.poll(() => resultLinks(page).count()).toBe(1);
    await page.context().close();
  });

  it('opens the search box with / and Ctrl+K and shows results while typing', async () => {
    const page = await open('/cases/suxian-sida-tixi/');
    const input = page.locator('#site-search-input');
    await page.keyboard.press('/');
    await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
    await input.blur();
    await page.keyboard.press('Control+k');
    await expect.poll(() => input.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('機關');
    const first = page.locator('[data-search-panel] .hit-title').first();
    await first.waitFor();
    await page.locator('[data-search-panel] .hit-title', { hasText: '宜春' }).click();
    await page.waitForURL(/yichun-jiguan-sanhua/);
    // The case opens with the term marked in its own script.
    await expect.poll(() => page.locator('mark.search-hit').first().textContent()).toBe('機關');
    await page.context().close();
  });

  it('says plainly that search needs JavaScript, and browsing still works without it', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    expect(await page.getByText('搜索需要启用 JavaScript').isVisible()).toBe(true);
    expect(await page.locator('#site-search-input').isVisible()).toBe(false);
    await page.locator('a[href="/cases/gannan-gjj-sanzhua/"]').first().click();
    await page.waitForURL(/gannan-gjj-sanzhua/);
    expect(await page.locator('h1').textContent()).toContain('甘南州');
    await page.goto(`${site.server.origin}/search/?q=机关`);
    expect(await page.getByText('需要启用 JavaScript').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('costs few bytes: a case page before search is opened, and its first query', async () => {
    const page = await open('/cases/fengtai-hrss-zhibu-keshi/');
    const sizes = async (responses: Response[]) => {
      let raw = 0;
      let gzipped = 0;
      for (const response of responses) {
        const body = await response.body();
        raw += body.length;
        // Pagefind's index files are gzip-compressed already; text a server would compress.
        gzipped += /\.(js|json|css|html)$/.test(new URL(response.url()).pathname)
          ? gzipSync(body).length
          : body.length;
      }
      return { raw, gzipped };
    };
    const pageScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => entry.name),
    );
    const onFirstQuery: Response[] = [];
    page.on('response', (response) => {
      // The favicon, fetched lazily by the browser, is not the search's.
      if (/\/(_astro|pagefind)\//.test(response.url())) onFirstQuery.push(response);
    });
    await page.keyboard.press('/');
    // As an input method commits it: one query. Typed key by key, a search for the first character
    // alone may run too and fetch its own excerpts, depending on timing.
    await page.keyboard.insertText('一肩挑');
    await page.locator('[data-search-panel] .hit-title').first().waitFor();
    await page.waitForLoadState('networkidle');
    const query = await sizes(onFirstQuery);
    const files = onFirstQuery.map((response) =>
      new URL(response.url()).pathname.replace(/\/pagefind\//, ''),
    );
    console.log(
      `First query: ${onFirstQuery.length} requests, ${(query.raw / 1024).toFixed(1)} KB as served, ` +
        `${(query.gzipped / 1024).toFixed(1)} KB with gzip on text files\n  ${files.join('\n  ')}\n` +
        `Case page scripts before search: ${pageScripts.map((name) => new URL(name).pathname).join(', ')}`,
    );
    // The index is the part that grows with the site's text: Pagefind splits it into chunks and a query
    // loads each chunk holding one of its units (here two, 70 KB with 5 cases and 3 docs pages). The
    // rest (Pagefind's script and WebAssembly, the panel, the fold table, two excerpts) is about 86 KB.
    expect(query.gzipped).toBeLessThan(170 * 1024);
    await page.context().close();
  });
});
