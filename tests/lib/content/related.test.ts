import { describe, expect, it } from 'vitest';
import type { CaseEntryLike } from '../../../src/lib/content/cases';
import { relatedCases, relatedness } from '../../../src/lib/content/related';
import { caseSchema } from '../../../src/schemas/case';
import { syntheticCase } from '../../../scripts/bench/lib/synthetic-cases';
import { validCase } from '../../fixtures/cases';

function entry(id: string, tags: string[], region: string[], sector: string, level = '县区级'): CaseEntryLike {
  const data = { ...validCase(), tags, unit: { name: id, region, sector, level } };
  return { id, data: caseSchema.parse(data) };
}

const current = entry('current', ['机关党建', '支部建设'], ['江西省', '宜春市'], '机关党建');
const sameCity = entry('same-city', [], ['江西省', '宜春市'], '民政', '地市级');
const twoTags = entry('two-tags', ['机关党建', '支部建设'], ['北京市'], '民政', '地市级');
const sameSector = entry('same-sector', [], ['北京市'], '机关党建', '地市级');
const nothing = entry('nothing', ['社区党建'], ['湖南省'], '民政', '地市级');

describe('relatedness', () => {
  it('weighs shared tags, sector, place and level', () => {
    expect(relatedness(current.data, twoTags.data)).toBe(4);
    expect(relatedness(current.data, sameSector.data)).toBe(3);
    expect(relatedness(current.data, sameCity.data)).toBe(3);
    expect(relatedness(current.data, nothing.data)).toBe(0);
    expect(relatedness(current.data, current.data)).toBe(2 * 2 + 3 + 2 + 1 + 1);
  });
});

describe('relatedCases', () => {
  const all = [current, nothing, sameCity, sameSector, twoTags];

  it('ranks by relatedness, ties in list order, and never returns the case itself', () => {
    expect(relatedCases(current, all).map((x) => x.id)).toEqual(['two-tags', 'same-city', 'same-sector']);
  });

  it('leaves out cases with nothing in common, even when fewer are found', () => {
    expect(relatedCases(current, all, 10).map((x) => x.id)).not.toContain('nothing');
    expect(relatedCases(nothing, [nothing, current]).map((x) => x.id)).toEqual([]);
  });

  it('gives the same answer for the same input', () => {
    expect(relatedCases(current, all)).toEqual(relatedCases(current, [...all]));
  });

  it('keeps the best in one pass exactly as a full ranking would', () => {
    const cases = Array.from({ length: 150 }, (_, index) => {
      const synthetic = syntheticCase(index);
      return { id: synthetic.slug, data: caseSchema.parse(synthetic.data) };
    });
    const ranked = (of: CaseEntryLike, count: number) =>
      cases
        .map((other, index) => ({ other, index, score: relatedness(of.data, other.data) }))
        .filter(({ other, score }) => other.id !== of.id && score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, count)
        .map(({ other }) => other.id);
    for (const of of cases) {
      for (const count of [0, 1, 3, 8]) expect(relatedCases(of, cases, count).map((x) => x.id)).toEqual(ranked(of, count));
    }
  });
});
