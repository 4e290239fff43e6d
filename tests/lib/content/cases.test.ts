import { describe, expect, it } from 'vitest';
import { adjacentCases, publishedCases, regionName, type CaseEntryLike } from '../../../src/lib/content/cases';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

function entry(id: string, region: string[], draft = false) {
  const data = caseSchema.parse({ ...validCase(), draft, unit: { ...validCase().unit, region } });
  return { id, data };
}

describe('publishedCases', () => {
  it('leaves drafts out and orders by region in pinyin order, whatever the input order', () => {
    const entries = [
      entry('xuzhou', ['江苏省', '徐州市']),
      entry('draft', ['北京市'], true),
      entry('fengtai', ['北京市', '丰台区']),
      entry('gannan', ['甘肃省', '甘南藏族自治州']),
    ];
    const ids = publishedCases(entries).map((e) => e.id);
    expect(ids).toEqual(['fengtai', 'gannan', 'xuzhou']);
    expect(publishedCases(entries.toReversed()).map((e) => e.id)).toEqual(ids);
  });
});

describe('regionName', () => {
  it('writes a region as one place name', () => {
    expect(regionName(['江西省', '宜春市'])).toBe('江西省宜春市');
  });
});

describe('adjacentCases', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as unknown as CaseEntryLike[];

  it('gives the neighbours in list order, none past either end', () => {
    expect(adjacentCases(list[1] as CaseEntryLike, list)).toEqual({ previous: list[0], next: list[2] });
    expect(adjacentCases(list[0] as CaseEntryLike, list)).toEqual({ previous: undefined, next: list[1] });
    expect(adjacentCases(list[2] as CaseEntryLike, list)).toEqual({ previous: list[1], next: undefined });
  });
});
