// The site as readers get it, in Debian's headless Chromium against one build served on localhost:
// end-to-end flows, every page on a phone, axe on every page type in light and dark, the W3C Nu
// checker on every page, and Lighthouse on a phone. Writes reports/ and full-page screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/lib/i18n/ui';
import { launchChromium } from '../helpers/browser';
import { describeInBrowser } from '../helpers/browser-suite';
import { buildSite } from '../helpers/build';
import { freePort, runLighthouse } from '../helpers/lighthouse';
import { checkHtmlFiles } from '../helpers/nu-checker';
import { PAGE_TYPES } from '../helpers/page-types';
import { emptyReport, writeReport, type AxeRun } from '../helpers/quality-report';
import { htmlFiles } from '../helpers/site-crawl';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CASE = 'cases/fengtai-hrss-zhibu-keshi/';
/** The heaviest case page: most text, metrics and diagram nodes. */
const HEAVIEST_CASE = 'cases/xuzhou-minzheng-sanjia/';
const REPORTS = resolve('reports');
const SCREENSHOTS = resolve('screenshots');

const report = emptyReport();
let outDir: string;
let server: StaticServer;
let browser: Browser;
let lighthousePort: number;

/** Times a part of the gate into the report. */
function timed(part: string) {
  let started = 0;
  beforeAll(() => {
    started = performance.now();
  });
  afterAll(() => {
    report.seconds[part] = (performance.now() - started) / 1000;
  });
}

interface Opened {
  page: Page;
  response: Response | null;
  /** Console errors, script errors, failed, refused or external requests seen so far. */
  problems: string[];
}

/** Records what a reader should never meet on `page`; a `notFound` address may answer 404. */
function watch(page: Page, notFound?: string): string[] {
  const problems: string[] = [];
  const local = (url: string) => !/^https?:/.test(url) || url.startsWith(`${server.origin}/`);
  const expected404 = (url: string) => notFound !== undefined && url === server.origin + notFound;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 status of the page itself as a console error.
    if (expected404(message.location().url) && message.text().includes('404')) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('request', (request) => {
    if (!local(request.url())) problems.push(`external request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Dropped by the browser because the test moved on to the next page (the icon, a search index
    // still loading); a missing or refused file fails otherwise, and a blocked one logs a console error.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !(response.status() === 404 && expected404(response.url()))) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

async function open(
  path: string,
  options: { viewport?: typeof PHONE; notFound?: boolean } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: options.viewport ?? PHONE, colorScheme: 'light' });
  const page = await context.newPage();
  const problems = watch(page, options.notFound ? `/${path}` : undefined);
  const response = await page.goto(`${server.origin}/${path}`);
  return { page, response, problems };
}

describeInBrowser('quality gate', () => {
  beforeAll(async () => {
    lighthousePort = await freePort();
    // Launched first: a machine without Chromium fails here, with the install hint, before the build.
    browser = await launchChromium(undefined, [`--remote-debugging-port=${lighthousePort}`]);
    const started = performance.now();
    const build = await buildSite();
    if (build.code !== 0) throw new Error(build.output);
    report.seconds.build = (performance.now() - started) / 1000;
    outDir = build.outDir;
    server = await serveStatic(outDir);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    writeReport(REPORTS, report);
    await browser?.close();
    await server?.close();
  });

  describe('reading, searching and browsing', () => {
    timed('end-to-end flows');

    it('home → case → its diagram → a figure’s link to its highlighted passage', async () => {
      const { page, problems } = await open('');
      await page.locator(`a[href="/${CASE}"]`).first().click();
      await page.waitForURL(`**/${CASE}`);
      const diagram = page.locator('.org-diagram svg').first();
      await diagram.scrollIntoViewIfNeeded();
      expect(await diagram.isVisible()).toBe(true);
      expect((await diagram.boundingBox())?.height).toBeGreaterThan(100);
      const link = page.locator('#metrics a[href^="#metric-source-"]').first();
      const target = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.waitForURL(`**/${CASE}${target}`);
      const passage = page.locator(`mark${target}`);
      await expect.poll(() => passage.evaluate((mark) => mark.matches(':target'))).toBe(true);
      expect(await passage.evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe(
        'rgba(0, 0, 0, 0)',
      );
      const box = await passage.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('a Chinese query in the header → a result → the case with the terms highlighted', async () => {
      const { page, problems } = await open('');
      await page.locator('#site-search-input').click();
      await page.keyboard.type('机关党建');
      const hit = page.locator('[data-search-panel] .hit-title').first();
      await hit.waitFor();
      await hit.click();
      await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
      await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
      const marked = await page.locator('mark.search-hit').allTextContents();
      expect(marked.every((text) => /^[机機关關党黨建]+$/.test(text))).toBe(true);
      await expect.poll(() => page.locator('mark.search-hit').first().isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('a filter on the home page narrows the cases and stays in the address', async () => {
      const { page, problems } = await open('');
      const cards = page.locator('[data-facets]:visible');
      const all = await cards.count();
      await page.locator('[data-filter-facet="sector"][data-filter-value="民政"]').click();
      await expect.poll(() => cards.count()).toBe(1);
      expect(all).toBeGreaterThan(1);
      expect(new URL(page.url()).searchParams.get('sector')).toBe('民政');
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('the theme chosen on one page is the theme of the next from its first frame', async () => {
      const context = await browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
      // Before any page script: the theme when <body> is parsed, and at the first frame painted.
      await context.addInitScript(() => {
        const state = () => ({
          theme: document.documentElement.dataset.theme ?? null,
          background: getComputedStyle(document.body ?? document.documentElement).backgroundColor,
        });
        const probe = window as unknown as Record<string, unknown>;
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          probe.themeAtBody = document.documentElement.dataset.theme ?? null;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        requestAnimationFrame(() => (probe.firstFrame = state()));
      });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${server.origin}/`);
      const probes = () =>
        page
          .waitForFunction(() => 'firstFrame' in window)
          .then(() =>
            page.evaluate(() => {
              const probe = window as unknown as Record<string, unknown>;
              return { themeAtBody: probe.themeAtBody, firstFrame: probe.firstFrame };
            }),
          );
      expect((await probes()).firstFrame).toEqual({ theme: null, background: 'rgb(251, 250, 248)' });
      await page.getByRole('button', { name: ui.themeToggle }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      await page.locator('a[href="/compare/"]').first().click();
      await page.waitForURL('**/compare/');
      expect(await probes()).toEqual({
        themeAtBody: 'dark',
        firstFrame: { theme: 'dark', background: 'rgb(20, 19, 18)' },
      });
      // And back to light, over a system that prefers dark.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.getByRole('button', { name: ui.themeToggle }).click();
      await page.goto(`${server.origin}/${CASE}`);
      expect(await probes()).toEqual({
        themeAtBody: 'light',
        firstFrame: { theme: 'light', background: 'rgb(251, 250, 248)' },
      });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('an unknown address answers 404 with the not-found page and a way home', async () => {
      const { page, response, problems } = await open('no-such-page/', { notFound: true });
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe(ui.notFoundTitle);
      await page.getByRole('link', { name: ui.notFoundAction }).click();
      await page.waitForURL(`${server.origin}/`);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it.each(['', CASE])(
      'Tab alone reaches the search box and every link of /%s, each with a visible focus ring',
      async (path) => {
        const { page, problems } = await open(path, { viewport: DESKTOP });
        // Number every link a reader can see, then Tab until focus leaves the page.
        const links = await page.evaluate(() => {
          // Heading anchors are left out of the tab order and hidden from screen readers on purpose:
          // the table of contents links to the same headings.
          const visible = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
            (link) =>
              link.checkVisibility({ visibilityProperty: true }) &&
              !(link.tabIndex < 0 && link.ariaHidden === 'true'),
          );
          visible.forEach((link, index) => (link.dataset.linkProbe = String(index)));
          return visible.map((link) => link.getAttribute('href'));
        });
        const reached = new Set<string>();
        const noRing: string[] = [];
        let searchBox = false;
        for (let stop = 0; stop < 1000; stop += 1) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return undefined;
            const box = element.getBoundingClientRect();
            const outlined = (node: Element) => {
              const style = getComputedStyle(node);
              return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            };
            // The ring is on the element, or on the box it stands for (a card outlined by :focus-within).
            let ringed = false;
            for (
              let node: Element | null = element;
              node && node !== document.body;
              node = node.parentElement
            ) {
              if (outlined(node)) ringed = true;
            }
            return {
              probe: element.dataset.linkProbe,
              id: element.id,
              describe: element.outerHTML.slice(0, 120),
              ring: element.matches(':focus-visible') && box.width > 0 && box.height > 0 && ringed,
            };
          });
          if (!focused) break;
          if (focused.probe !== undefined) {
            if (reached.has(focused.probe)) break;
            reached.add(focused.probe);
          }
          if (focused.id === 'site-search-input') searchBox = true;
          if (!focused.ring) noRing.push(focused.describe);
        }
        expect(searchBox).toBe(true);
        expect(links.filter((_, index) => !reached.has(String(index)))).toEqual([]);
        expect(noRing).toEqual([]);
        expect(links.length).toBeGreaterThan(10);
        expect(problems).toEqual([]);
        await page.context().close();
      },
    );
  });

  describe('every built page on a 390 × 844 phone', () => {
    timed('every page on a phone');
    let context: BrowserContext;
    let page: Page;
    let problems: string[];
    beforeAll(async () => {
      context = await browser.newContext({ viewport: PHONE });
      page = await context.newPage();
      problems = watch(page);
    });
    afterAll(() => context.close());

    it('loads with no console error, no failed or external request, and no sideways scroll', async () => {
      const files = htmlFiles(outDir);
      const found: string[] = [];
      for (const file of files) {
        const path = file
          .replace(/(^|\/)index\.html$/, '$1')
          .split('/')
          .map(encodeURIComponent)
          .join('/');
        problems.length = 0;
        await page.goto(`${server.origin}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (overflow > 0) found.push(`${file}: scrolls sideways by ${overflow}px`);
        found.push(...problems.map((problem) => `${file}: ${problem}`));
      }
      report.pages = { loaded: files.length, problems: found };
      expect(found).toEqual([]);
      expect(files.length).toBeGreaterThan(50);
    }, 180_000);
  });

  describe('accessibility', () => {
    timed('axe-core, 4 viewport and theme pairs');

    // Two pages at a time (maxConcurrency): on two cores a third faster than one at a time; more is slower.
    describe.concurrent.each([
      { viewport: PHONE, scheme: 'light' },
      { viewport: PHONE, scheme: 'dark' },
      { viewport: DESKTOP, scheme: 'light' },
      { viewport: DESKTOP, scheme: 'dark' },
    ] as const)('axe, WCAG 2.2 AA, at $viewport.width px, $scheme', ({ viewport, scheme }) => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ viewport, colorScheme: scheme });
      });
      afterAll(() => context.close());

      it.for(PAGE_TYPES)('$name has no violation', async ({ name, path, prepare, status }, { expect }) => {
        const page = await context.newPage();
        const problems = watch(page, status === 404 ? `/${path}` : undefined);
        const response = await page.goto(`${server.origin}/${path}`);
        expect(response?.status()).toBe(status ?? 200);
        await prepare?.(page);
        expect(await page.locator('iframe').count()).toBe(0);
        const { violations } = await new AxeBuilder({ page })
          .withTags(WCAG_22_AA)
          // Details of passing and inapplicable rules are not needed and cost time.
          .options({ resultTypes: ['violations'] })
          // One run in the page: it has no frames (checked above), and the default mode opens a blank
          // page per run to merge frame results, which doubles the time.
          .setLegacyMode(true)
          .analyze();
        const run: AxeRun = {
          page: name,
          width: viewport.width,
          scheme,
          violations: violations.map((violation) => ({
            rule: violation.id,
            impact: violation.impact ?? '',
            help: violation.help,
            targets: violation.nodes.map((node) => node.target.join(' ')),
          })),
        };
        report.axe.push(run);
        await page.screenshot({
          path: join(SCREENSHOTS, `${name}-${viewport.width}-${scheme}.png`),
          fullPage: true,
        });
        expect(run.violations).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });
    });
  });

  describe('HTML validity', () => {
    timed('Nu HTML checker');

    it('every built page passes the W3C Nu HTML checker with no error or warning', async () => {
      const result = await checkHtmlFiles(outDir);
      const pages = htmlFiles(outDir).length;
      report.nu = { ...result, pages };
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(pages).toBeGreaterThan(50);
    });
  });

  describe('Lighthouse on a phone', () => {
    timed('Lighthouse');

    it.each([
      ['home', ''],
      ['case', HEAVIEST_CASE],
    ])(
      '%s page (/%s): performance ≥ 95, accessibility, best practices and SEO 100, nothing fetched from outside',
      async (name, path) => {
        const url = `${server.origin}/${path}`;
        const run = await runLighthouse(url, lighthousePort);
        report.lighthouse[name] = {
          url: `/${path}`,
          scores: run.scores,
          metrics: run.metrics,
          failing: run.failing,
        };
        mkdirSync(REPORTS, { recursive: true });
        writeFileSync(join(REPORTS, `lighthouse-${name}.html`), run.html);
        expect(run.requests.filter((request) => !request.startsWith(`${server.origin}/`))).toEqual([]);
        expect(run.scores.performance, JSON.stringify(run.failing)).toBeGreaterThanOrEqual(95);
        expect(
          {
            accessibility: run.scores.accessibility,
            bestPractices: run.scores['best-practices'],
            seo: run.scores.seo,
          },
          JSON.stringify(run.failing),
        ).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
      },
      120_000,
    );
  });
});
