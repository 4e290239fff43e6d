import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';

const SEED_CASES = {
  'fengtai-hrss-zhibu-keshi': { unit: '丰台区人力社保局', lang: 'zh-CN' },
  'yichun-jiguan-sanhua': { unit: '宜春市直機關工委', lang: 'zh-Hant' },
  'xuzhou-minzheng-sanjia': { unit: '徐州市民政局', lang: 'zh-CN' },
  'suxian-sida-tixi': { unit: '中共郴州市苏仙区委', lang: 'zh-CN' },
  'gannan-gjj-sanzhua': { unit: '甘南州住房公积金管理中心', lang: 'zh-CN' },
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

const unescape = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('the built site', () => {
  let build: BuildResult;
  const diagramCache = mkdtempSync(join(tmpdir(), 'casebook-diagrams-'));
  const page = (path: string) => unescape(readFileSync(join(build.outDir, path), 'utf-8'));

  beforeAll(async () => {
    build = await buildSite({ env: { CASEBOOK_DIAGRAM_CACHE: diagramCache } });
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
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
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
    expect(build.output).toContain(`[diagrams] ${charts} 张组织架构图：新绘制 ${charts} 张，缓存命中 0 张（`);
    const again = await buildSite({ env: { CASEBOOK_DIAGRAM_CACHE: diagramCache } });
    expect(again.output).toContain(`[diagrams] ${charts} 张组织架构图：新绘制 0 张，缓存命中 ${charts} 张`);
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

  it('shows a card linking to every case on the home page', () => {
    const html = page('index.html');
    for (const slug of Object.keys(SEED_CASES)) expect(html).toContain(`href="/cases/${slug}/"`);
  });

  it('makes no external requests: no off-site scripts, styles, fonts or images', () => {
    for (const path of ['index.html', '404.html', 'cases/suxian-sida-tixi/index.html']) {
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
    const hrefs = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^\/anli\//);
  });
});
