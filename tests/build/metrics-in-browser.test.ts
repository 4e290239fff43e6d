import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { describeInBrowser } from '../helpers/browser-suite';
import { buildSite } from '../helpers/build';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const PHONE = { width: 360, height: 740 };

// Every page here must work without a script: the contexts run with JavaScript off.
describeInBrowser('metric tables and comparison pages in Chromium, without JavaScript', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    const build = await buildSite();
    if (build.code !== 0) throw new Error(build.output);
    server = await serveStatic(build.outDir);
    browser = await launchChromium();
    context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a figure’s link to its passage and highlights it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/cases/fengtai-hrss-zhibu-keshi/`);
    const link = page.locator('#metrics a', { hasText: '6→40个' });
    const target = await link.getAttribute('href');
    expect(target).toMatch(/^#metric-source-\d+$/);
    await link.click();
    await page.waitForURL(`**/cases/fengtai-hrss-zhibu-keshi/${target}`);
    const passage = page.locator(`mark${target}`);
    await expect.poll(() => passage.evaluate((mark) => mark.matches(':target'))).toBe(true);
    expect(await passage.textContent()).toContain('党支部由6个增加到40个');
    await expect.poll(() => passage.isVisible()).toBe(true);
    const box = await passage.boundingBox();
    expect(box && box.y >= 0 && box.y < PHONE.height).toBe(true);
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(await background(`mark${target}`)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background(`mark.metric-source:not(${target})`)).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it.each([
    '/cases/fengtai-hrss-zhibu-keshi/',
    '/cases/suxian-sida-tixi/',
    '/cases/yichun-jiguan-sanhua/',
    '/compare/',
    '/compare/branches/',
    '/compare/side-by-side/',
  ])('fits %s into a 360 px screen without scrolling sideways', async (path) => {
    const page = await context.newPage();
    await page.goto(server.origin + path);
    const [scrollWidth, viewport] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(viewport ?? 0);
    await page.close();
  });

  it('re-sorts a comparison through its order links', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/compare/branches/`);
    const units = () => page.locator('.figures .who > a').allTextContents();
    expect(await units()).toEqual(['丰台区人力社保局', '徐州市民政局', '甘南州住房公积金管理中心']);
    await page.getByRole('link', { name: '数值从低到高' }).click();
    await page.waitForURL('**/compare/branches/ascending/');
    expect(await units()).toEqual(['甘南州住房公积金管理中心', '徐州市民政局', '丰台区人力社保局']);
    await page.close();
  });

  it('hides a case’s column in the side-by-side view when it is unticked', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/compare/side-by-side/`);
    const column = page.locator('thead th[data-column="0"]');
    const header = await column.textContent();
    await expect.poll(() => column.isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: header?.trim() ?? '' }).uncheck();
    await expect.poll(() => column.isVisible()).toBe(false);
    await expect.poll(() => page.locator('td[data-column="0"]').first().isVisible()).toBe(false);
    await expect.poll(() => page.locator('thead th[data-column="1"]').isVisible()).toBe(true);
    await page.close();
  });
});
