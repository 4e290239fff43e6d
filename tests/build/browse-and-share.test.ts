import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { crawl, decodeEntities, htmlFiles } from '../helpers/site-crawl';

// One build under a sub-path and another origin: every link, feed entry and meta URL must carry both.
const ORIGIN = 'https://dangjian.example.gov.cn';
const BASE = '/anli/';
const SITE = `${ORIGIN}${BASE}`;
const CASES = [
  'fengtai-hrss-zhibu-keshi',
  'gannan-gjj-sanzhua',
  'suxian-sida-tixi',
  'xuzhou-minzheng-sanjia',
  'yichun-jiguan-sanhua',
];
const SIMPLIFIED = 'cases/yichun-jiguan-sanhua/zh-hans/index.html';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap'].includes(name),
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function meta(html: string, property: string): string | undefined {
  const found = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
  return found === undefined ? undefined : decodeEntities(found);
}

function canonical(html: string): string | undefined {
  const found = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  return found === undefined ? undefined : decodeEntities(found);
}

describe('the site built under a sub-path', () => {
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf-8');

  beforeAll(async () => {
    build = await buildSite({ env: { CASEBOOK_URL: ORIGIN, CASEBOOK_BASE: BASE } });
    if (build.code !== 0) throw new Error(build.output);
  });

  it('prefixes every root-relative link and asset with the base path', () => {
    for (const page of ['index.html', 'cases/suxian-sida-tixi/index.html', 'docs/guide/index.html']) {
      const paths = [...read(page).matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) expect(path).toMatch(/^\/anli\//);
    }
  });

  it('reaches every page from the home page by links, and no link or anchor is broken', () => {
    const { reached, broken } = crawl(build.outDir, BASE);
    expect(broken).toEqual([]);
    const pages = htmlFiles(build.outDir).filter((file) => file !== '404.html');
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter((page) => !reached.has(page))).toEqual([]);
  });

  it('builds a page for every tag, sector, level and region level, at its Chinese name', () => {
    for (const page of [
      'tags/机关党建/index.html',
      'tags/党建-业务/index.html',
      'sectors/机关党建/index.html',
      'levels/地市级/index.html',
      'regions/湖南省/index.html',
      'regions/湖南省/郴州市/苏仙区/index.html',
    ]) {
      expect(existsSync(join(build.outDir, page)), page).toBe(true);
    }
    const tag = read('tags/机关党建/index.html');
    expect(tag).toMatch(/<h1[^>]*>标签：机关党建<\/h1>/);
    expect(tag).toContain(`href="${BASE}cases/yichun-jiguan-sanhua/"`);
    // Percent-encoded links, so a copied link stays whole in chat apps.
    expect(read('cases/fengtai-hrss-zhibu-keshi/index.html')).toContain(
      `href="${BASE}tags/${encodeURIComponent('党建-业务')}/"`,
    );
  });

  it('links each case to related cases and its neighbours, never to itself', () => {
    for (const slug of CASES) {
      const html = read(`cases/${slug}/index.html`);
      const related = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(related, slug).toContain('相关案例');
      expect(related).not.toContain(`href="${BASE}cases/${slug}/"`);
      expect(html).toMatch(/rel="(prev|next)"/);
    }
  });

  it('publishes an RSS feed listing every case with absolute links', () => {
    const feed = xml.parse(read('rss.xml'));
    const items = feed.rss.channel.item as { link: string; title: string; description: string }[];
    expect(items.map((item) => item.link).sort()).toEqual(CASES.map((slug) => `${SITE}cases/${slug}/`));
    for (const item of items) expect(item.description.length).toBeGreaterThan(20);
    expect(read('index.html')).toContain(
      `type="application/rss+xml" title="党建品牌案例馆" href="${SITE}rss.xml"`,
    );
  });

  it('publishes a sitemap of every page except the 404 page and the simplified reading', () => {
    const index = xml.parse(read('sitemap-index.xml'));
    const sitemaps = index.sitemapindex.sitemap as { loc: string }[];
    const urls = sitemaps.flatMap(({ loc }) => {
      expect(loc.startsWith(SITE)).toBe(true);
      const sitemap = xml.parse(read(loc.slice(SITE.length)));
      return (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
    });
    for (const url of urls) expect(url).toMatch(/^[\x21-\x7e]+$/);
    const expected = htmlFiles(build.outDir)
      .filter((file) => file !== '404.html' && file !== SIMPLIFIED)
      .map(
        (file) =>
          `${SITE}${file
            .replace(/index\.html$/, '')
            .split('/')
            .map(encodeURIComponent)
            .join('/')}`,
      );
    expect(urls.sort()).toEqual(expected.sort());
    for (const slug of CASES) expect(urls).toContain(`${SITE}cases/${slug}/`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('gives every page its canonical URL and Open Graph and Twitter meta', () => {
    for (const file of htmlFiles(build.outDir).filter((page) => page !== '404.html' && page !== SIMPLIFIED)) {
      const html = read(file);
      const url = canonical(html);
      expect(url && decodeURIComponent(url), file).toBe(`${SITE}${file.replace(/index\.html$/, '')}`);
      expect(meta(html, 'og:url')).toBe(url);
      expect(meta(html, 'og:title')).toBeTruthy();
      expect(meta(html, 'og:image')).toMatch(new RegExp(`^${SITE}og/`));
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    }
  });

  it('draws a 1200×630 share image for every case and names it in the case page', () => {
    for (const slug of CASES) {
      const file = join(build.outDir, 'og/cases', `${slug}.png`);
      expect(pngSize(file), slug).toEqual({ width: 1200, height: 630 });
      const html = read(`cases/${slug}/index.html`);
      expect(meta(html, 'og:image')).toBe(`${SITE}og/cases/${slug}.png`);
      expect(meta(html, 'twitter:image')).toBe(`${SITE}og/cases/${slug}.png`);
    }
    expect(pngSize(join(build.outDir, 'og/site.png'))).toEqual({ width: 1200, height: 630 });
  });

  it('describes each case as a schema.org Article with the site as publisher and the unit', () => {
    const html = read('cases/fengtai-hrss-zhibu-keshi/index.html');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Article',
      url: `${SITE}cases/fengtai-hrss-zhibu-keshi/`,
      image: [`${SITE}og/cases/fengtai-hrss-zhibu-keshi.png`],
      publisher: { '@type': 'Organization', name: '党建品牌案例馆', url: SITE },
      about: { '@type': 'Organization', name: '丰台区人力社保局' },
    });
  });

  it('offers the traditional case in simplified at its own URL, pointing search engines to the original', () => {
    const original = read('cases/yichun-jiguan-sanhua/index.html');
    const simplified = read(SIMPLIFIED);
    expect(original).toContain('<html lang="zh-Hant"');
    expect(original).toContain(`href="${BASE}cases/yichun-jiguan-sanhua/zh-hans/"`);
    expect(simplified).toContain('<html lang="zh-Hans"');
    expect(canonical(simplified)).toBe(`${SITE}cases/yichun-jiguan-sanhua/`);
    expect(simplified).toContain('data-pagefind-ignore="all"');
    expect(simplified).not.toContain('application/ld+json');
    expect(simplified).toMatch(/<h1[^>]*>宜春市直机关：以「三化」建设激发机关党建新活力<\/h1>/);
    // Outside the 简体 / 繁體 switch, no traditional character is left.
    const text = simplified.replace(/<nav class="script-switch"[\s\S]*?<\/nav>/, '');
    expect(text).not.toMatch(/[機關黨區與為這個處們時從體]/);
  });

  it('keeps the simplified interface language identical on every simplified page', () => {
    for (const page of [
      'index.html',
      'cases/fengtai-hrss-zhibu-keshi/index.html',
      'tags/index.html',
      SIMPLIFIED,
    ]) {
      expect(read(page)).toContain('<html lang="zh-Hans"');
    }
  });
});
