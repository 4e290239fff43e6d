import { describe, expect, it } from 'vitest';
import { inventoryProblems, type Inventory } from '../../../src/lib/content/inventory';

const complete: Inventory = {
  sources: [
    { file: 'content/cases/a.mdx', slug: 'a', draft: false },
    { file: 'content/cases/b.mdx', slug: 'b', draft: false },
    { file: 'content/cases/c.mdx', slug: 'c', draft: true },
  ],
  pages: ['a', 'b'],
  indexed: ['b', 'a'],
  data: ['a', 'b'],
};

describe('inventoryProblems', () => {
  it('accepts one page, one search record and one data entry per published case, and leaves drafts out', () => {
    expect(inventoryProblems(complete)).toEqual([]);
  });

  it('names a case that lost its page, its record or its data entry', () => {
    expect(inventoryProblems({ ...complete, pages: ['a'], indexed: ['a'], data: ['a'] })).toEqual([
      'content/cases/b.mdx：应有 1 个案例页面，实际为 0 个',
      'content/cases/b.mdx：应有 1 个检索记录，实际为 0 个',
      'content/cases/b.mdx：应有 1 个开放数据条目，实际为 0 个',
    ]);
  });

  it('names a case found twice and output with no case behind it', () => {
    expect(inventoryProblems({ ...complete, indexed: ['a', 'a', 'b', 'c'] })).toEqual([
      'content/cases/a.mdx：应有 1 个检索记录，实际为 2 个',
      '检索记录“c”没有对应的已发布案例文件',
    ]);
  });
});
