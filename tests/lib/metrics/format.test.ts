import { describe, expect, it } from 'vitest';
import { formatMetric, formatNumber, headlineMetrics } from '../../../src/lib/metrics/format';
import type { Metric } from '../../../src/schemas/metric';

const metric = (fields: Partial<Metric>): Metric => ({
  label: '指标',
  unit: '个',
  source: '某段原文',
  ...fields,
});

describe('formatNumber', () => {
  it.each([
    [16000, '1.6万'],
    [1000000, '100万'],
    [7685, '7685'],
    [98.4, '98.4'],
    [39.7, '39.7'],
    [12345, '12345'],
    [250000000, '2.5亿'],
  ])('writes %d as %s in simplified Chinese', (value, expected) => {
    expect(formatNumber(value, 'zh-Hans')).toBe(expected);
  });

  it('uses traditional characters for zh-Hant', () => {
    expect(formatNumber(16000, 'zh-Hant')).toBe('1.6萬');
    expect(formatNumber(250000000, 'zh-Hant')).toBe('2.5億');
  });
});

describe('formatMetric', () => {
  it.each([
    [metric({ value: 16000, unit: '人次' }), 'zh-Hans', '1.6万人次'],
    [metric({ value: 30, unit: '场', approx: '余' }), 'zh-Hans', '30余场'],
    [metric({ value: 30, unit: '場', approx: '余' }), 'zh-Hant', '30餘場'],
    [metric({ value: 500, unit: '名', approx: '多' }), 'zh-Hans', '500多名'],
    [metric({ value: 30, unit: '人', approx: '约' }), 'zh-Hans', '约30人'],
    [metric({ value: 95, unit: '%', approx: '以上' }), 'zh-Hans', '95%以上'],
    [metric({ value: 100, unit: '万元' }), 'zh-Hans', '100万元'],
    [metric({ before: 6, after: 40 }), 'zh-Hans', '6→40个'],
  ] as const)('writes %o in %s as %s', (input, lang, expected) => {
    expect(formatMetric(input, lang)).toBe(expected);
  });
});

describe('headlineMetrics', () => {
  it('prefers figures marked headline, else takes the first three', () => {
    const plain = [1, 2, 3, 4].map((value) => metric({ value }));
    expect(headlineMetrics(plain).map((m) => m.value)).toEqual([1, 2, 3]);
    const marked = [...plain, metric({ value: 9, headline: true })];
    expect(headlineMetrics(marked).map((m) => m.value)).toEqual([9]);
  });
});
