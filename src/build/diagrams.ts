import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { contentKey } from '../lib/content-key';
import { orgChartToMermaid } from '../lib/org-chart/mermaid';
import { MERMAID_CONFIG } from '../lib/org-chart/mermaid-config';
import { cleanMermaidSvg } from '../lib/org-chart/svg';
import type { OrgChart } from '../schemas/org-chart';
import { CHROMIUM_INSTALL_HINT, findChromium, launchChromium } from './chromium';
import { renderCache } from './render-cache';

const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION = (
  JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf-8')) as { version: string }
).version;

const cache = renderCache('diagrams');

/** Cache key and element id of a diagram: the same source, config and Mermaid version give the same SVG. */
export function diagramKey(source: string): string {
  return contentKey([source, MERMAID_CONFIG, MERMAID_VERSION]);
}

export interface DiagramRenderStats {
  requested: number;
  fromCache: number;
  rendered: number;
  /** True when no browser was found and diagrams are left to the reader's browser. */
  deferred: boolean;
  /** Time spent rendering, browser start included. */
  renderMs: number;
}

/** Below this many diagrams a second page costs more to start than it saves. */
const MIN_PER_PAGE = 20;

interface DiagramJob {
  id: string;
  key: string;
  source: string;
}

/**
 * A page's memory grows with every diagram it draws (Mermaid keeps what it measured): past this many, the
 * page is closed and a fresh one goes on, so that a first build of 1,000 cases does not hold gigabytes in
 * Chromium while the build itself is at its largest.
 */
const DIAGRAMS_PER_PAGE = 200;

/** Draws `jobs` in fresh pages of `browser` with the real Mermaid bundle, one page after another. */
async function drawInPages(
  browser: Browser,
  jobs: readonly DiagramJob[],
): Promise<{ results: { key: string; svg: string }[]; cjkFont: boolean }> {
  const results: { key: string; svg: string }[] = [];
  let cjkFont = true;
  for (let start = 0; start < jobs.length; start += DIAGRAMS_PER_PAGE) {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
      await page.addScriptTag({ path: MERMAID_BUNDLE });
      const drawn = await page.evaluate(
        async ({ config, jobs }) => {
          const { mermaid } = window as unknown as { mermaid: typeof import('mermaid').default };
          mermaid.initialize(config);
          await document.fonts.ready;
          const out: { key: string; svg: string }[] = [];
          for (const job of jobs)
            out.push({ key: job.key, svg: (await mermaid.render(job.id, job.source)).svg });
          return { results: out, cjkFont: document.fonts.check(`15px ${config.fontFamily}`, '党建') };
        },
        { config: MERMAID_CONFIG, jobs: jobs.slice(start, start + DIAGRAMS_PER_PAGE) },
      );
      results.push(...drawn.results);
      cjkFont &&= drawn.cjkFont;
    } finally {
      await page.close();
    }
  }
  return { results, cjkFont };
}

/**
 * With `read: false` only the drawing happens: hits are not read and no SVG comes back (the loader's
 * drawing, which must not hold thousands of SVGs while the content store is loaded).
 *
 * Renders Mermaid sources to SVG with the real `mermaid` package in one headless Chromium, all at once.
 * Returns SVGs by key; a key is missing when no browser could be found (the page then renders in the reader's browser).
 */
export async function renderDiagrams(
  sources: readonly string[],
  { read = true }: { read?: boolean } = {},
): Promise<{ svgs: Map<string, string>; stats: DiagramRenderStats }> {
  const svgs = new Map<string, string>();
  const cached = new Set<string>();
  const missing = new Map<string, string>();
  for (const source of sources) {
    const key = diagramKey(source);
    if (cached.has(key) || missing.has(key)) continue;
    const svg = read ? cache.read(`${key}.svg`)?.toString('utf-8') : undefined;
    if (svg) svgs.set(key, cleanMermaidSvg(svg));
    if (svg || (!read && cache.has(`${key}.svg`))) cached.add(key);
    else missing.set(key, source);
  }
  const stats: DiagramRenderStats = {
    requested: cached.size + missing.size,
    fromCache: cached.size,
    rendered: 0,
    deferred: false,
    renderMs: 0,
  };
  if (missing.size === 0) return { svgs, stats };

  const executablePath = findChromium();
  if (!executablePath) {
    console.warn(`[diagrams] ${CHROMIUM_INSTALL_HINT}。${missing.size} 张组织架构图改由读者浏览器绘制。`);
    return { svgs, stats: { ...stats, deferred: true } };
  }
  const started = performance.now();
  const browser = await launchChromium(executablePath);
  try {
    const jobs = [...missing].map(([key, source]) => ({ id: `org-${key}`, key, source }));
    // One page per core, each with its share of the diagrams: Mermaid's layout keeps one core busy.
    const pageCount = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / MIN_PER_PAGE)));
    const shares = Array.from({ length: pageCount }, (_, page) =>
      jobs.filter((_job, index) => index % pageCount === page),
    );
    const drawn = await Promise.all(shares.map((share) => drawInPages(browser, share)));
    if (!drawn.every(({ cjkFont }) => cjkFont)) {
      console.warn('[diagrams] 未找到中文字体，图中标签宽度可能量得不准而被截断：请安装 fonts-noto-cjk');
    }
    for (const { key, svg } of drawn.flatMap(({ results }) => results)) {
      // The cache keeps Mermaid's output as it came, so changing how pages embed it needs no re-render.
      cache.write(`${key}.svg`, svg);
      if (read) svgs.set(key, cleanMermaidSvg(svg));
      stats.rendered += 1;
    }
  } finally {
    await browser.close();
  }
  stats.renderMs = Math.round(performance.now() - started);
  return { svgs, stats };
}

export interface RenderedOrgChart {
  chart: OrgChart;
  /** Mermaid source generated from the chart. */
  source: string;
  /** Build-time SVG; undefined when no browser was found. */
  svg: string | undefined;
}

/**
 * Every org chart of every case drawn in one batch: the Mermaid source of each and its SVG. Groups come
 * back in the order they were given (one group per case).
 */
function logDiagramStats(stats: DiagramRenderStats): void {
  console.info(
    `[diagrams] ${stats.requested} 张组织架构图：新绘制 ${stats.rendered} 张，缓存命中 ${stats.fromCache} 张` +
      (stats.rendered > 0 ? `（绘制用时 ${stats.renderMs} ms，含启动浏览器）` : '') +
      (stats.deferred ? `，${stats.requested - stats.fromCache} 张由读者浏览器绘制` : ''),
  );
}

/** Draws into the render cache every org chart not yet there, and nothing else. */
export async function drawOrgCharts(charts: readonly OrgChart[]): Promise<void> {
  const { stats } = await renderDiagrams(charts.map(orgChartToMermaid), { read: false });
  logDiagramStats(stats);
}

/**
 * Every org chart of every case drawn in one batch: the Mermaid source of each and its SVG. Groups come
 * back in the order they were given (one group per case).
 */
export async function renderOrgCharts(
  groups: readonly (readonly OrgChart[])[],
): Promise<RenderedOrgChart[][]> {
  const sourced = groups.map((charts) =>
    charts.map((chart) => ({ chart, source: orgChartToMermaid(chart) })),
  );
  const { svgs, stats } = await renderDiagrams(sourced.flat().map(({ source }) => source));
  logDiagramStats(stats);
  return sourced.map((charts) => charts.map((item) => ({ ...item, svg: svgs.get(diagramKey(item.source)) })));
}
