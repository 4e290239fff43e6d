import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

const unescape = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('the built site', () => {
  let build: BuildResult;
  const page = (path: string) => unescape(readFileSync(join(build.outDir, path), 'utf-8'));

  beforeAll(async () => {
    build = await buildSite();
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
