import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../../../src/lib/content/check-case';
import { caseTemplate, parseRegion, scaffoldCase } from '../../../src/lib/content/scaffold';

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

describe('caseTemplate', () => {
  it('is the scaffold with placeholders for the answers, and passes every check as a draft', () => {
    const text = caseTemplate();
    const { data, diagnostics } = checkCaseFile('content/cases/x.mdx', text);
    expect(diagnostics).toEqual([]);
    expect(data).toMatchObject({ draft: true, brand: '（待填写：品牌名称）', unit: { name: '（待填写：单位名称）' } });
    // Every answer npm run new asks for is a placeholder the editor cannot miss.
    expect(data?.title).toBe('（待填写：单位名称）：（待填写：品牌名称）');
    expect(data?.unit).toMatchObject({ region: ['（待填写：省）', '（待填写：市）'], sector: '（待填写：领域）' });
  });
});

describe('parseRegion', () => {
  it.each([['江苏省 徐州市'], ['江苏省、徐州市'], ['江苏省,徐州市'], ['江苏省，徐州市'], [' 江苏省 / 徐州市 ']])('splits %j', (text) => {
    expect(parseRegion(text)).toEqual(['江苏省', '徐州市']);
  });
});
