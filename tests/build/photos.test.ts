import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { ALLOWED_COMPONENTS } from '../../src/lib/content/mdx-body';
import { buildSite } from '../helpers/build';

describe('a case with a photo and the allowed components', () => {
  it('renders the photo through the image pipeline, in modern formats and several sizes', async () => {
    const build = await buildSite({ env: { CASEBOOK_CASES_DIR: 'tests/fixtures/photo-cases' }, force: true });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('草稿 1 个，未发布：tests/fixtures/photo-cases/draft-case.mdx');
    expect(build.output).toContain('1 个已发布案例：各有 1 个页面、1 条检索记录、1 条开放数据');
    const html = readFileSync(join(build.outDir, 'cases/with-photo/index.html'), 'utf-8');
    const img = /<img[^>]*alt="党员在社区服务站为居民办理业务"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/activity\.[\w-]+\.webp"/);
    expect(img).toMatch(/srcset="[^"]+\d+w,/);
    expect(img).toContain('loading="lazy"');
    expect(html).toContain('<figcaption');
    expect(html).toContain('党员志愿服务活动现场');
    expect(html).toMatch(/<aside class="callout tip"/);
    expect(html).toContain('—— 一位社区居民');
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer">原文报道</a>');
    expect(html).toContain('<a href="/docs/guide/">本站说明</a>');
  });

  it('offers exactly the components the content check allows', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(ALLOWED_COMPONENTS).sort());
  });
});
