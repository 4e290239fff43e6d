import { describe, expect, it } from 'vitest';
import { taxonomyIndexPath, termParam, termPath, termSegment } from '../../../src/lib/taxonomy/paths';

describe('termSegment', () => {
  it('keeps Chinese words as they are', () => {
    expect(termSegment('机关党建')).toBe('机关党建');
    expect(termSegment('甘南藏族自治州')).toBe('甘南藏族自治州');
  });

  it('turns symbols and spaces into single hyphens, never at the ends', () => {
    expect(termSegment('党建+业务')).toBe('党建-业务');
    expect(termSegment('  “三家”工作法 ')).toBe('三家-工作法');
    expect(termSegment('5G+党建')).toBe('5g-党建');
  });

  it('refuses a value with no letter or digit', () => {
    expect(() => termSegment('++')).toThrow('无法生成网址');
  });
});

describe('termPath', () => {
  it('percent-encodes each segment so the link is plain ASCII', () => {
    expect(termPath('tags', ['党建+业务'])).toBe('tags/%E5%85%9A%E5%BB%BA-%E4%B8%9A%E5%8A%A1/');
    expect(termPath('regions', ['江西省', '宜春市'])).toBe(
      `regions/${encodeURIComponent('江西省')}/${encodeURIComponent('宜春市')}/`,
    );
    expect(termPath('levels', ['地市级'])).toMatch(/^levels\/[%0-9A-F]+\/$/);
  });

  it('decodes back to the route param the page is built at', () => {
    const path = termPath('regions', ['湖南省', '郴州市', '苏仙区']);
    expect(decodeURIComponent(path)).toBe(`regions/${termParam(['湖南省', '郴州市', '苏仙区'])}/`);
  });
});

describe('taxonomyIndexPath', () => {
  it('is the folder of the taxonomy', () => {
    expect(taxonomyIndexPath('tags')).toBe('tags/');
  });
});
