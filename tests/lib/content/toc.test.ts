import { describe, expect, it } from 'vitest';
import { tableOfContents, tocIds } from '../../../src/lib/content/toc';

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it and leaves other depths out', () => {
    const toc = tableOfContents([
      { depth: 2, slug: '背景', text: '背景' },
      { depth: 2, slug: '主要做法', text: '主要做法' },
      { depth: 3, slug: '一支部', text: '一、支部 ' },
      { depth: 4, slug: 'deep', text: 'deep' },
      { depth: 3, slug: '二书记', text: '二、书记' },
      { depth: 2, slug: '成效', text: '成效' },
    ]);
    expect(toc).toEqual([
      { id: '背景', text: '背景', children: [] },
      {
        id: '主要做法',
        text: '主要做法',
        children: [
          { id: '一支部', text: '一、支部', children: [] },
          { id: '二书记', text: '二、书记', children: [] },
        ],
      },
      { id: '成效', text: '成效', children: [] },
    ]);
    expect(tocIds(toc)).toEqual(['背景', '主要做法', '一支部', '二书记', '成效']);
  });

  it('keeps an h3 that comes before any h2', () => {
    expect(tableOfContents([{ depth: 3, slug: 'a', text: 'A' }])).toEqual([{ id: 'a', text: 'A', children: [] }]);
  });
});
