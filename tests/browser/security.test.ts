import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/site-crawl';
import { servedSite } from '../helpers/served-site';

/** Collects the page's CSP violations as the browser reports them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('the Content-Security-Policy in a real browser', () => {
  const site = servedSite();

  it('is sent as a header and as a <meta>, with no unsafe-inline or unsafe-eval for scripts', async () => {
    const response = await fetch(`${site.server.origin}/`);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const scriptSrc = /script-src ([^;]+)/.exec(header)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const asset = await fetch(
      `${site.server.origin}/_astro/${/\/_astro\/([^"]+\.js)"/.exec(readFileSync(join(site.build.outDir, 'index.html'), 'utf-8'))?.[1]}`,
    );
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      readFileSync(join(site.build.outDir, 'index.html'), 'utf-8'),
    )?.[1];
    expect(meta).toBe(
      header.replace("; frame-ancestors 'self'", '').replaceAll("'", '&#39;').replaceAll('&#39;', "'"),
    );
  });

  it('leaves no inline script but the theme script the policy names by its hash', () => {
    for (const file of htmlFiles(site.build.outDir)) {
      const html = readFileSync(join(site.build.outDir, file), 'utf-8');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? ''),
      );
      expect(
        inline.map(([, , body]) => body),
        file,
      ).toEqual([
        "try{const t=localStorage.getItem(\"casebook-theme\");if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}",
      ]);
    }
  });

  it('reports no violation on any page, with the theme switched, the table of contents and a search', async () => {
    const files = htmlFiles(site.build.outDir);
    expect(files.length).toBeGreaterThan(30);
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const violations = await watchViolations(page);
    for (const file of files) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      await page.goto(site.server.origin + encodeURI(path));
    }
    await page.goto(`${site.server.origin}/cases/yichun-jiguan-sanhua/`);
    await page.locator('[data-theme-toggle]').click();
    await page.keyboard.press('/');
    await page.keyboard.type('机关');
    await page.locator('[data-search-panel] .hit-title').first().waitFor();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('一肩挑')}`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);

    // The watcher does see a violation: an injected inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('injected');
    await page.close();
  });
});
