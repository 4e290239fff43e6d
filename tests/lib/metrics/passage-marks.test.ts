import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../../../src/lib/content/markdown';
import { markPassages } from '../../../src/lib/metrics/passage-marks';
import { sourcePassages } from '../../../src/lib/metrics/provenance';

const toHast = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype);

/** Renders Markdown as the pages do, marks the passages, and returns the HTML and what was not found. */
function mark(markdown: string, ...sources: string[]) {
  const tree = toHast.runSync(toHast.parse(markdown)) as Root;
  const missing = markPassages(tree, sourcePassages(sources.map((source) => ({ source }))).passages);
  return { html: toHtml(tree), missing: missing.map(({ id }) => id) };
}

const open = (n: number) => `<mark id="metric-source-${n}" class="metric-source">`;

describe('markPassages', () => {
  it('wraps a passage inside a paragraph', () => {
    expect(mark('调整后，党支部由6个增加到40个，支部小了。', '党支部由6个增加到40个')).toEqual({
      html: `<p>调整后，${open(1)}党支部由6个增加到40个</mark>，支部小了。</p>`,
      missing: [],
    });
  });

  it('finds a passage across a line wrap', () => {
    expect(mark('党支部由6个\n增加到40个。', '党支部由6个增加到40个').html).toBe(
      `<p>${open(1)}党支部由6个增加到40个</mark>。</p>`,
    );
  });

  it('marks inside inline markup when the passage lies within it', () => {
    expect(mark('见**党支部由6个增加到40个**。', '由6个增加').html).toBe(
      `<p>见<strong>党支部${open(1)}由6个增加</mark>到40个</strong>。</p>`,
    );
  });

  it('widens a passage that starts or ends inside inline markup to the whole element', () => {
    expect(mark('前文。**横向覆盖。** 建起党组织77个，后文。', '覆盖。建起党组织77个').html).toBe(
      `<p>前文。${open(1)}<strong>横向覆盖。</strong> 建起党组织77个</mark>，后文。</p>`,
    );
  });

  it('marks a list item’s own text beside a nested list', () => {
    expect(mark('- 建起党组织77个\n  - 楼宇308个', '楼宇308个', '建起党组织77个').html).toBe(
      `<ul>\n<li>${open(2)}建起党组织77个</mark>\n<ul>\n<li>${open(1)}楼宇308个</mark></li>\n</ul>\n</li>\n</ul>`,
    );
  });

  it('marks two passages of one paragraph, and one passage inside another', () => {
    expect(
      mark('下辖14个镇（街道）、179个村（社区）。', '下辖14个镇（街道）、179个村（社区）', '179个村').html,
    ).toBe(`<p>${open(1)}下辖14个镇（街道）、${open(2)}179个村</mark>（社区）</mark>。</p>`);
  });

  it('matches quotes whichever way they curl', () => {
    expect(mark('首批"战斗堡垒科室"有15个', '首批“战斗堡垒科室”有15个').missing).toEqual([]);
  });

  it('returns the passages it cannot find, including one split across paragraphs', () => {
    expect(mark('党支部由6个\n\n增加到40个。', '党支部由6个增加到40个', '增加到40个').missing).toEqual([
      'metric-source-1',
    ]);
  });
});
