import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { describeInBrowser } from '../helpers/browser-suite';
import { buildSite } from '../helpers/build';
import { serveStatic } from '../helpers/static-server';

const freshCache = () => mkdtempSync(join(tmpdir(), 'casebook-diagrams-'));

describeInBrowser('org-chart diagrams', () => {
  it('render editor text literally, with no element injected', async () => {
    const build = await buildSite({
      env: { CASEBOOK_CASES_DIR: 'tests/fixtures/hostile-cases', CASEBOOK_RENDER_CACHE: freshCache() },
      force: true,
    });
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(build.outDir, 'cases/hostile-labels/index.html'), 'utf-8');
    const svg = /<svg id="org-[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('<title');
    expect(svg).not.toMatch(/<(img|script|b|a)\b/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+=/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img src="?x/);
    // Text between tags, not inside an attribute value (where a literal < is harmless and valid).
    expect(html).not.toMatch(/>[^<]*<b>粗体<\/b>/);
    expect(html).toContain('测试单位 &lt;b&gt;粗体&lt;/b&gt;');

    // In a browser: the labels show as text and nothing became an element.
    const server = await serveStatic(build.outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/cases/hostile-labels/`);
      const diagram = page.locator('.org-diagram svg').first();
      await expect.poll(() => diagram.locator('img, script, b, a').count()).toBe(0);
      expect(await page.locator('main b, main img').count()).toBe(0);
      const text = await diagram.textContent();
      expect(text).toContain('"]) --> X[<img src=x onerror=alert(1)>');
      expect(text).toContain('第一行 第二行 | 竖线 # 井号 &amp; 实体');
      expect(text).toContain('style n0 fill:#f00;');
      expect(text).toContain('`**markdown**` {菱形} (圆) [[子程序]] ×3');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("without a browser, build with a warning and draw in the reader's browser once scrolled into view", async () => {
    const build = await buildSite({
      env: { CHROMIUM_PATH: '/nonexistent/chromium', CASEBOOK_RENDER_CACHE: freshCache() },
    });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('找不到 Chromium');
    expect(build.output).toMatch(/\d+ 张由读者浏览器绘制/);
    expect(existsSync(join(build.outDir, '_mermaid/mermaid.esm.min.mjs'))).toBe(true);
    const html = readFileSync(join(build.outDir, 'cases/fengtai-hrss-zhibu-keshi/index.html'), 'utf-8');
    expect(html).toContain('data-diagram-pending');
    expect(html).not.toMatch(/<svg id="org-/);

    const server = await serveStatic(build.outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.origin}/cases/fengtai-hrss-zhibu-keshi/`);
      await page.waitForLoadState('networkidle');
      expect(requests.some((url) => url.includes('_mermaid/'))).toBe(false);
      await page.locator('#org-charts').scrollIntoViewIfNeeded();
      await expect
        .poll(() => page.locator('.org-diagram svg[id^="org-client-"]').count(), { timeout: 15_000 })
        .toBe(2);
      expect(await page.locator('.org-diagram svg').first().textContent()).toContain('局党组');
      expect(requests.every((url) => url.startsWith(server.origin))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('renderDiagrams', () => {
  it('gives the same bytes for the same source, rendered afresh', async () => {
    const { renderDiagrams } = await import('../../src/build/diagrams');
    const source = 'flowchart TB\n  n0["局党组"]\n  n1["科室党支部 ×40"]\n  n0 --> n1\n';
    const render = async () => {
      process.env.CASEBOOK_RENDER_CACHE = freshCache();
      const { svgs, stats } = await renderDiagrams([source]);
      expect(stats).toMatchObject({ requested: 1, rendered: 1, fromCache: 0 });
      return [...svgs.values()][0];
    };
    try {
      const first = await render();
      expect(first).toMatch(/^<svg id="org-[0-9a-f]{16}"/);
      expect(await render()).toBe(first);
    } finally {
      delete process.env.CASEBOOK_RENDER_CACHE;
    }
  });
});
