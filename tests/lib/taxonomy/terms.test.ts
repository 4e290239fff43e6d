import { describe, expect, it } from 'vitest';
import type { CaseEntryLike } from '../../../src/lib/content/cases';
import { childRegions, collectTerms } from '../../../src/lib/taxonomy/terms';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

function entry(id: string, change: (data: ReturnType<typeof validCase>) => void): CaseEntryLike {
  const data = validCase();
  change(data);
  return { id, data: caseSchema.parse(data) };
}

const a = entry('a', (d) => {
  d.tags = ['机关党建', '支部建设'];
  d.unit = { name: '甲', region: ['江西省', '宜春市'], level: '地市级', sector: '机关党建' };
});
const b = entry('b', (d) => {
  d.tags = ['机关党建'];
  d.unit = { name: '乙', region: ['江西省', '赣州市'], level: '县区级', sector: '民政' };
});
const c = entry('c', (d) => {
  d.tags = ['党建+业务'];
  d.unit = { name: '丙', region: ['北京市', '丰台区'], level: '县区级', sector: '民政' };
});

describe('collectTerms', () => {
  const terms = collectTerms([a, b, c]);

  it('files each case under its tags, sector and level, most used tags first', () => {
    expect(terms.tags.map((term) => [term.name, term.cases.map((x) => x.id)])).toEqual([
      ['机关党建', ['a', 'b']],
      ['党建+业务', ['c']],
      ['支部建设', ['a']],
    ]);
    expect(terms.sectors.map((term) => term.name)).toEqual(['民政', '机关党建']);
    expect(terms.levels.map((term) => term.name)).toEqual(['地市级', '县区级']);
  });

  it('files a case under its province and its city', () => {
    expect(terms.regions.map((term) => term.values.join('/'))).toEqual([
      '北京市',
      '北京市/丰台区',
      '江西省',
      '江西省/赣州市',
      '江西省/宜春市',
    ]);
    const jiangxi = terms.regions.find((term) => term.name === '江西省');
    expect(jiangxi?.cases.map((x) => x.id)).toEqual(['a', 'b']);
    expect(jiangxi?.param).toBe('江西省');
    expect(terms.regions.find((term) => term.name === '宜春市')?.param).toBe('江西省/宜春市');
  });

  it('lists provinces, and the regions under one', () => {
    expect(childRegions(terms.regions).map((term) => term.name)).toEqual(['北京市', '江西省']);
    const jiangxi = terms.regions.find((term) => term.name === '江西省');
    expect(childRegions(terms.regions, jiangxi).map((term) => term.name)).toEqual(['赣州市', '宜春市']);
  });

  it('refuses two spellings that would share one address', () => {
    const d = entry('d', (data) => {
      data.tags = ['党建 业务'];
    });
    expect(() => collectTerms([c, d])).toThrow('标签“党建+业务”与“党建 业务”写法不同但网址相同（党建-业务）');
  });
});
