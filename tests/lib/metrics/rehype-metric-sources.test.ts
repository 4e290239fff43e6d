import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../../../src/lib/content/markdown';
import { rehypeMetricSources } from '../../../src/lib/metrics/rehype-metric-sources';

const pipeline = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypeMetricSources);

/** Renders a body as Astro does for a file whose frontmatter holds `metrics`. */
function render(body: string, metrics?: unknown) {
  const file = { path: 'content/cases/x.mdx', data: { astro: { frontmatter: { metrics } } } };
  return toHtml(pipeline.runSync(pipeline.parse(body), file) as Root);
}

describe('rehypeMetricSources', () => {
  it('marks the passages of the metrics in the file’s frontmatter', () => {
    const metrics = [
      { source: '党支部由6个增加到40个' },
      { source: '党支部由6个增加到40个' },
      { label: '无出处' },
    ];
    expect(render('调整后，党支部由6个增加到40个。', metrics)).toBe(
      '<p>调整后，<mark id="metric-source-1" class="metric-source">党支部由6个增加到40个</mark>。</p>',
    );
  });

  it('leaves a file without metrics alone', () => {
    expect(render('正文。')).toBe('<p>正文。</p>');
  });

  it('fails naming the file and the passage when the page lacks it', () => {
    expect(() => render('正文。', [{ source: '党支部由6个增加到40个' }])).toThrow(
      'content/cases/x.mdx：页面正文中找不到这些出处，无法标注：“党支部由6个增加到40个”',
    );
  });
});
