import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkMdxBody } from '../../../src/lib/content/mdx-body';

const check = (body: string, options = {}) =>
  checkMdxBody('x.mdx', body, 10, options).map((d) => `${d.line}:${d.column} ${d.message}`);

describe('checkMdxBody', () => {
  it('accepts Markdown, GFM-style text and the allowed components', () => {
    const body = [
      '## 背景',
      '',
      '党支部由6个增加到40个，见[原文](https://example.org/a)与[另一案例](/cases/other/)。',
      '',
      '<Callout type="tip" title="经验">要点。</Callout>',
      '',
      '<Figure caption="活动现场">',
      '![党员在服务站办事](./photo.jpg)',
      '</Figure>',
      '',
      '<PullQuote cite="居民">办事不用跑远路。</PullQuote>',
      '',
      '数学写法 3 \\< 5，花括号 \\{ \\}。',
    ].join('\n');
    expect(check(body, { fileExists: () => true, caseSlugs: new Set(['other']) })).toEqual([]);
  });

  it('offsets lines by where the body starts in the file', () => {
    expect(check('\n\n<script>x</script>')).toEqual([
      '12:1 不允许的组件或 HTML 标签 <script>：正文只能使用 Callout、Figure、PullQuote',
    ]);
  });

  it('lists the allowed components in the messages', () => {
    expect(Object.keys(ALLOWED_COMPONENTS)).toEqual(['Callout', 'Figure', 'PullQuote']);
  });
});
