import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/lib/content/diagnostics';
import { caseTemplate } from '../../src/lib/content/scaffold';
import { comparable } from '../../src/lib/content/markdown';
import { formatMetric } from '../../src/lib/metrics/format';
import { sourcePassages } from '../../src/lib/metrics/provenance';
import { METRIC_KEYS } from '../../src/lib/metrics/vocabulary';
import { caseSchema, type CaseData } from '../../src/schemas/case';
import { buildSite, type BuildResult } from '../helpers/build';

const SEED_CASES = {
  'fengtai-hrss-zhibu-keshi': { unit: '丰台区人力社保局', lang: 'zh-Hans' },
  'yichun-jiguan-sanhua': { unit: '宜春市直機關工委', lang: 'zh-Hant' },
  'xuzhou-minzheng-sanjia': { unit: '徐州市民政局', lang: 'zh-Hans' },
  'suxian-sida-tixi': { unit: '中共郴州市苏仙区委', lang: 'zh-Hans' },
  'gannan-gjj-sanzhua': { unit: '甘南州住房公积金管理中心', lang: 'zh-Hans' },
} as const;

function frontmatterTitle(slug: string): string {
  const file = readFileSync(`content/cases/${slug}.mdx`, 'utf-8');
  const title = /^title: "(.*)"$/m.exec(file)?.[1];
  if (!title) throw new Error(`no title in ${slug}`);
  return title;
}

function orgChartCount(slug: string): number {
  return readFileSync(`content/cases/${slug}.mdx`, 'utf-8').match(/^ {2}- title: /gm)?.length ?? 0;
}

function frontmatter(slug: string): CaseData {
  const file = `content/cases/${slug}.mdx`;
  const checked = checkFrontmatter(file, readFileSync(file, 'utf-8'), caseSchema);
  if (!checked.data) throw new Error(`invalid ${file}`);
  return checked.data;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

const unescape = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('the built site', () => {
  let build: BuildResult;
  const diagramCache = mkdtempSync(join(tmpdir(), 'casebook-diagrams-'));
  const page = (path: string) => unescape(readFileSync(join(build.outDir, path), 'utf-8'));

  beforeAll(async () => {
    build = await buildSite({ env: { CASEBOOK_RENDER_CACHE: diagramCache } });
    if (build.code !== 0) throw new Error(build.output);
  });

  it('has exactly the five seed case pages, a home page and a 404 page', () => {
    expect(readdirSync(join(build.outDir, 'cases')).sort()).toEqual(Object.keys(SEED_CASES).sort());
    expect(page('index.html')).toMatch(/<h1[^>]*>党建品牌案例<\/h1>/);
    expect(page('404.html')).toContain('页面不存在');
  });

  it.each(Object.entries(SEED_CASES))('renders %s with its title, unit and language', (slug, expected) => {
    const html = page(`cases/${slug}/index.html`);
    const title = frontmatterTitle(slug);
    expect(html).toContain(`<html lang="${expected.lang}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(title)}</h1>`));
    expect(html).toContain(`<title>${title} | 党建品牌案例馆</title>`);
    expect(html).toContain(expected.unit);
  });

  it.each(Object.keys(SEED_CASES))('shows the org charts of %s as inline SVG drawn at build time', (slug) => {
    const html = page(`cases/${slug}/index.html`);
    const diagrams = html.match(/<svg id="org-[0-9a-f]{16}"/g) ?? [];
    expect(orgChartCount(slug)).toBeGreaterThan(0);
    expect(diagrams).toHaveLength(orgChartCount(slug));
    expect(new Set(diagrams).size).toBe(diagrams.length);
    expect(html).not.toContain('data-diagram-pending');
    expect(html).not.toMatch(/<script[^>]+src="[^"]*OrgDiagram/);
  });

  it('draws every diagram once, then takes them all from the cache on the next build', async () => {
    const charts = Object.keys(SEED_CASES).reduce((sum, slug) => sum + orgChartCount(slug), 0);
    // Drawn right after content sync (the simplified readings' charts too); the pages find them all.
    const [drawnAtSync] =
      build.output.match(/\[diagrams\] (\d+) 张组织架构图：新绘制 \1 张，缓存命中 0 张（/) ?? [];
    expect(drawnAtSync).toBeDefined();
    expect(build.output.indexOf(drawnAtSync ?? '')).toBeLessThan(build.output.indexOf('Synced content'));
    expect(build.output).toContain(`[diagrams] ${charts} 张组织架构图：新绘制 0 张，缓存命中 ${charts} 张`);
    const again = await buildSite({ env: { CASEBOOK_RENDER_CACHE: diagramCache } });
    expect(again.output).toContain(`[diagrams] ${charts} 张组织架构图：新绘制 0 张，缓存命中 ${charts} 张`);
    expect(again.output).not.toMatch(/新绘制 [1-9]/);
    const same = (path: string) =>
      readFileSync(join(again.outDir, path), 'utf-8') === readFileSync(join(build.outDir, path), 'utf-8');
    expect(Object.keys(SEED_CASES).every((slug) => same(`cases/${slug}/index.html`))).toBe(true);
  });

  it('links each case page to its file on GitHub and shows when it last changed', () => {
    const html = page('cases/suxian-sida-tixi/index.html');
    expect(html).toContain(
      'href="https://github.com/casebook-cn/casebook/edit/main/content/cases/suxian-sida-tixi.mdx"',
    );
    expect(html).toMatch(/最后更新：<time datetime="\d{4}-\d{2}-\d{2}"/);
  });

  it('offers the template of npm run new as a text file linked from the editors’ guide', () => {
    expect(page('docs/guide/index.html')).toContain('href="../case-template.txt"');
    // A byte order mark, so a host that serves .txt without a charset still shows UTF-8.
    expect(readFileSync(join(build.outDir, 'docs/case-template.txt'), 'utf-8')).toBe(
      `\uFEFF${caseTemplate()}`,
    );
  });

  it('shows a card linking to every case on the home page', () => {
    const html = page('index.html');
    for (const slug of Object.keys(SEED_CASES)) expect(html).toContain(`href="/cases/${slug}/"`);
  });

  it.each(Object.keys(SEED_CASES))('links every metric of %s to its marked passage in the body', (slug) => {
    const html = page(`cases/${slug}/index.html`);
    const { metrics, lang } = frontmatter(slug);
    const { ids, passages } = sourcePassages(metrics);
    expect(metrics.length).toBeGreaterThan(0);
    metrics.forEach((metric, index) => {
      const id = ids[index] ?? '';
      expect(html, metric.label).toMatch(
        new RegExp(`<a[^>]*href="#${id}"[^>]*>\\s*${escapeRegExp(formatMetric(metric, lang))}\\s*</a>`),
      );
    });
    for (const { id, text } of passages) {
      const marks = [...html.matchAll(new RegExp(`<mark id="${id}"[^>]*>(.*?)</mark>`, 'gs'))];
      expect(marks, id).toHaveLength(1);
      expect(comparable(stripTags(marks[0]?.[1] ?? ''))).toContain(text);
    }
  });

  it('links the comparison pages from every page and the open data from the metric section', () => {
    for (const path of [
      'index.html',
      '404.html',
      'compare/index.html',
      'cases/gannan-gjj-sanzhua/index.html',
    ]) {
      expect(page(path), path).toMatch(/<a[^>]*href="\/compare\/"[^>]*>数据对比<\/a>/);
      expect(page(path), path).toContain('href="/compare/#open-data"');
    }
    const section = /<section id="metrics".*?<\/section>/s.exec(
      page('cases/gannan-gjj-sanzhua/index.html'),
    )?.[0];
    expect(section).toContain('href="/data/cases.json"');
    expect(section).toContain('href="/data/metrics.csv"');
    expect(section).toContain('href="/compare/branches/"');
  });

  it('compares every vocabulary key on its own page, in three orders, listed on /compare/', () => {
    const index = page('compare/index.html');
    expect(index).toContain('href="/compare/side-by-side/"');
    for (const key of METRIC_KEYS) {
      expect(index).toContain(`href="/compare/${key}/"`);
      for (const order of ['', 'ascending/', 'by-unit/']) {
        expect(page(`compare/${key}/${order}index.html`)).toContain('href="/compare/"');
      }
    }
    // 党支部数量 is reported by three cases; each figure links to its passage on the case page.
    const branches = page('compare/branches/index.html');
    const figures = [
      ...branches.matchAll(/<a[^>]*href="\/cases\/([a-z-]+)\/#metric-source-\d+"[^>]*>([^<]*)</g),
    ];
    expect(figures.map(([, slug, figure]) => [slug, figure?.trim()])).toEqual([
      ['fengtai-hrss-zhibu-keshi', '6→40个'],
      ['xuzhou-minzheng-sanjia', '24个'],
      ['gannan-gjj-sanzhua', '8个'],
    ]);
    expect(index).toContain('甘南州住房公积金管理中心');
  });

  it('sets cases side by side, one column per case reporting a comparable figure', () => {
    const html = page('compare/side-by-side/index.html');
    for (const slug of Object.keys(SEED_CASES)) expect(html).toContain(`href="/cases/${slug}/"`);
    expect(html).toContain('8900多名');
  });

  it('publishes every case and metric as JSON', () => {
    const document = JSON.parse(readFileSync(join(build.outDir, 'data/cases.json'), 'utf-8'));
    expect(document.cases.map((entry: { slug: string }) => entry.slug).sort()).toEqual(
      Object.keys(SEED_CASES).sort(),
    );
    for (const entry of document.cases) {
      const data = frontmatter(entry.slug);
      expect(entry.url).toBe(`https://casebook.example.org/cases/${entry.slug}/`);
      expect(entry.title).toBe(data.title);
      expect(entry.metrics.map((metric: { formatted: string }) => metric.formatted)).toEqual(
        data.metrics.map((metric) => formatMetric(metric, data.lang)),
      );
      for (const metric of entry.metrics) {
        const id = String(metric.sourceUrl).split('#')[1];
        expect(page(`cases/${entry.slug}/index.html`)).toContain(`<mark id="${id}"`);
      }
    }
  });

  it('publishes every metric as a CSV with a byte order mark', () => {
    const bytes = readFileSync(join(build.outDir, 'data/metrics.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const total = Object.keys(SEED_CASES).reduce((sum, slug) => sum + frontmatter(slug).metrics.length, 0);
    expect(rows).toHaveLength(total);
    expect(rows).toContainEqual(
      expect.objectContaining({
        case_slug: 'yichun-jiguan-sanhua',
        label: '疫情期間捐款捐物',
        value: '16000',
        formatted: '1.6萬人次',
        source: '捐款捐物累計1.6萬人次',
      }),
    );
  });

  it('makes no external requests: no off-site scripts, styles, fonts or images', () => {
    for (const path of [
      'index.html',
      '404.html',
      'cases/suxian-sida-tixi/index.html',
      'compare/index.html',
      'compare/branches/index.html',
      'compare/side-by-side/index.html',
    ]) {
      const html = page(path);
      expect(html).not.toMatch(/<(script|img|iframe)[^>]+src="(https?:)?\/\//);
      expect(html).not.toMatch(
        /<link[^>]+href="(https?:)?\/\/[^"]*"[^>]*rel="(stylesheet|preload|modulepreload)"/,
      );
      expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|preload|modulepreload)"[^>]+href="(https?:)?\/\//);
      expect(html).not.toMatch(/@import|url\((https?:)?\/\//);
    }
  });
});

describe('a site under a sub-path', () => {
  it('prefixes every internal link with the base path', async () => {
    const build = await buildSite({ env: { CASEBOOK_BASE: '/anli/' } });
    expect(build.code, build.output).toBe(0);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf-8');
    expect(home).toContain('href="/anli/cases/fengtai-hrss-zhibu-keshi/"');
    for (const path of [
      'index.html',
      'compare/index.html',
      'compare/branches/index.html',
      'cases/gannan-gjj-sanzhua/index.html',
    ]) {
      const html = readFileSync(join(build.outDir, path), 'utf-8');
      const hrefs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
      expect(hrefs.length).toBeGreaterThan(5);
      for (const href of hrefs) expect(href, path).toMatch(/^\/anli\//);
    }
    const document = JSON.parse(readFileSync(join(build.outDir, 'data/cases.json'), 'utf-8'));
    expect(document.cases[0].url).toMatch(/^https:\/\/casebook\.example\.org\/anli\/cases\//);
  });
});
