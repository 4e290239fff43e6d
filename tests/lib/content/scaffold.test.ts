import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../../../src/lib/content/check-case';
import { parseRegion, scaffoldCase } from '../../../src/lib/content/scaffold';

describe('scaffoldCase', () => {
  it('writes a draft that passes every check, with each field explained', () => {
    const text = scaffoldCase({
      slug: 'x',
      brand: '支部"+"科室',
      unitName: '丰台区人力社保局',
      region: ['北京市', '丰台区'],
      level: '县区级',
      sector: '人力社保',
    });
    const { data, diagnostics } = checkCaseFile('content/cases/x.mdx', text);
    expect(diagnostics).toEqual([]);
    expect(data).toMatchObject({ brand: '支部"+"科室', draft: true, unit: { region: ['北京市', '丰台区'] } });
    for (const field of ['title', 'brand', 'summary', 'unit', 'tags', 'lang', 'draft', 'source', 'orgCharts', 'metrics']) {
      expect(text).toMatch(new RegExp(`^${field}:.*#`, 'm'));
    }
  });
});

describe('parseRegion', () => {
  it.each([['江苏省 徐州市'], ['江苏省、徐州市'], ['江苏省,徐州市'], ['江苏省，徐州市'], [' 江苏省 / 徐州市 ']])('splits %j', (text) => {
    expect(parseRegion(text)).toEqual(['江苏省', '徐州市']);
  });
});
