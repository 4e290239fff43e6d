import { describe, expect, it } from 'vitest';
import {
  barScale,
  caseMatrix,
  compareByKey,
  comparePath,
  sortFigures,
} from '../../../src/lib/metrics/compare';
import { METRIC_KEYS } from '../../../src/lib/metrics/vocabulary';
import { caseEntry } from '../../fixtures/cases';

const cases = [
  caseEntry('fengtai', {
    unitName: '丰台区人力社保局',
    metrics: [
      { label: '全局党员', key: 'party_members', value: 320, unit: '名', source: '全局320名党员' },
      {
        label: '党支部数量',
        key: 'branches',
        before: 6,
        after: 40,
        unit: '个',
        source: '党支部由6个增加到40个',
      },
    ],
  }),
  caseEntry('gannan', {
    unitName: '甘南州住房公积金管理中心',
    metrics: [
      { label: '办公场所', value: 9, unit: '个', source: '有9个办公场所' },
      { label: '党支部', key: 'branches', value: 8, unit: '个', source: '下辖8个党支部' },
    ],
  }),
  caseEntry('yichun', {
    unitName: '宜春市直機關工委',
    lang: 'zh-Hant',
    metrics: [{ label: '黨支部', key: 'branches', value: 24000, unit: '個', source: '2.4萬個黨支部' }],
  }),
];

describe('compareByKey', () => {
  const comparisons = compareByKey(cases);

  it('lists every vocabulary key, with the cases reporting it, largest first', () => {
    expect(comparisons.map(({ key }) => key)).toEqual(METRIC_KEYS);
    const branches = comparisons.find(({ key }) => key === 'branches');
    expect(branches?.definition.label).toBe('党支部数量');
    expect(branches?.figures.map(({ slug, figure, value }) => [slug, figure, value])).toEqual([
      ['yichun', '2.4萬個', 24000],
      ['fengtai', '6→40个', 40],
      ['gannan', '8个', 8],
    ]);
    expect(comparisons.find(({ key }) => key === 'staff')?.figures).toEqual([]);
  });

  it('links each figure to its passage on the case page', () => {
    const party = comparisons.find(({ key }) => key === 'party_members');
    expect(party?.figures).toEqual([
      {
        slug: 'fengtai',
        unitName: '丰台区人力社保局',
        lang: 'zh-Hans',
        label: '全局党员',
        figure: '320名',
        value: 320,
        passagePath: 'cases/fengtai/#metric-source-1',
      },
    ]);
    const branches = comparisons.find(({ key }) => key === 'branches');
    expect(branches?.figures.find(({ slug }) => slug === 'fengtai')).toMatchObject({
      before: 6,
      passagePath: 'cases/fengtai/#metric-source-2',
    });
  });

  it('sorts a comparison by value either way or by unit name in pinyin order', () => {
    const figures = comparisons.find(({ key }) => key === 'branches')?.figures ?? [];
    expect(sortFigures(figures, 'ascending').map(({ slug }) => slug)).toEqual([
      'gannan',
      'fengtai',
      'yichun',
    ]);
    // 丰 feng, 甘 gan, 宜 yi
    expect(sortFigures(figures, 'by-unit').map(({ slug }) => slug)).toEqual(['fengtai', 'gannan', 'yichun']);
  });
});

describe('barScale', () => {
  it('measures bars against the largest figure, before figures included', () => {
    const scale = barScale([{ value: 40, before: 60 }, { value: 30 }]);
    expect([scale(60), scale(30), scale(0)]).toEqual([1, 0.5, 0]);
    expect(barScale([])(5)).toBe(0);
  });
});

describe('comparePath', () => {
  it('gives the default order the key’s own page', () => {
    expect(comparePath('branches')).toBe('compare/branches/');
    expect(comparePath('branches', 'ascending')).toBe('compare/branches/ascending/');
  });
});

describe('caseMatrix', () => {
  it('puts the cases reporting any key side by side, one row per reported key', () => {
    const { columns, rows } = caseMatrix(cases);
    expect(columns.map(({ slug }) => slug)).toEqual(['fengtai', 'gannan', 'yichun']);
    expect(rows.map(({ key, cells }) => [key, cells.map((cell) => cell?.figure)])).toEqual([
      ['party_members', ['320名', undefined, undefined]],
      ['branches', ['6→40个', '8个', '2.4萬個']],
    ]);
  });

  it('leaves out cases that report no key', () => {
    const unkeyed = caseEntry('plain', {
      unitName: '某单位',
      metrics: [{ label: '讲座', value: 3, unit: '场', source: '讲座3场' }],
    });
    expect(caseMatrix([...cases, unkeyed]).columns.map(({ slug }) => slug)).not.toContain('plain');
  });
});
