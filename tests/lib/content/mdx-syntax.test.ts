import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkNoIndentedCode, usesMdxSyntax } from '../../../src/lib/content/mdx-syntax';

describe('usesMdxSyntax', () => {
  it.each([
    '<Callout type="tip">提示</Callout>',
    '第一行<br />第二行',
    '<!-- 注释 -->',
    '3 < 5 这样的比较',
    '共有 {count} 个',
    '花括号写成 \\{ 和 \\}',
    'import Chart from "./chart.astro"',
    '  export const x = 1',
    '![党员活动室](./room.jpg)',
  ])('finds MDX in %s', (body) => {
    expect(usesMdxSyntax(body)).toBe(true);
  });

  it.each([
    '## 背景\n\n党支部由6个增至40个，3~5人，大于号 > 也无妨。',
    '| 方面 | 成效 |\n| --- | --- |\n| 组织 | 好 |',
    '> 引文\n\n- 列表，“引号”与（括号）',
    '重要的是 important 与 exports 这样的词',
  ])('finds none in plain Markdown: %s', (body) => {
    expect(usesMdxSyntax(body)).toBe(false);
  });
});

describe('remarkNoIndentedCode', () => {
  it('keeps a paragraph indented by four spaces a paragraph, as MDX does', () => {
    const parse = (plugins: boolean) => {
      const processor = plugins ? unified().use(remarkParse).use(remarkNoIndentedCode) : unified().use(remarkParse);
      return processor.parse('    缩进了四个空格的段落').children[0]?.type;
    };
    expect(parse(false)).toBe('code');
    expect(parse(true)).toBe('paragraph');
  });
});
