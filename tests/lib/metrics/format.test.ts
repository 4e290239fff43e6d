import { describe, expect, it } from 'vitest';
import { formatChange, formatMetric, formatNumber, headlineMetrics } from '../../../src/lib/metrics/format';
import { metric } from '../../fixtures/cases';

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
    expect(formatNumber(1000000, 'zh-Hant')).toBe('100萬');
    expect(formatNumber(250000000, 'zh-Hant')).toBe('2.5億');
    expect(formatNumber(7685, 'zh-Hant')).toBe('7685');
    expect(formatNumber(98.4, 'zh-Hant')).toBe('98.4');
  });

  it('never rounds a figure to fit 万', () => {
    expect(formatNumber(16001)).toBe('16001');
    expect(formatNumber(123456789)).toBe('123456789');
  });

  it('writes a sign when asked', () => {
    expect(formatNumber(34, 'zh-Hans', true)).toBe('+34');
    expect(formatNumber(-21, 'zh-Hans', true)).toBe('-21');
    expect(formatNumber(0, 'zh-Hans', true)).toBe('0');
    expect(formatNumber(20000, 'zh-Hant', true)).toBe('+2萬');
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
    [metric({ value: 1000000, unit: '元' }), 'zh-Hans', '100万元'],
    [metric({ value: 98.4, unit: '%' }), 'zh-Hans', '98.4%'],
    [metric({ value: 39.7, unit: '岁' }), 'zh-Hans', '39.7岁'],
    [metric({ value: 7685, unit: '名' }), 'zh-Hans', '7685名'],
    [metric({ before: 6, after: 40 }), 'zh-Hans', '6→40个'],
    [metric({ value: 16000, unit: '人次' }), 'zh-Hant', '1.6萬人次'],
    [metric({ value: 1000000, unit: '元' }), 'zh-Hant', '100萬元'],
    [metric({ value: 100, unit: '萬元', approx: '多' }), 'zh-Hant', '100多萬元'],
    [metric({ value: 98.4, unit: '%' }), 'zh-Hant', '98.4%'],
    [metric({ value: 39.7, unit: '歲' }), 'zh-Hant', '39.7歲'],
    [metric({ value: 30, unit: '人', approx: '约' }), 'zh-Hant', '約30人'],
    [metric({ value: 13000, unit: '名', approx: '多' }), 'zh-Hant', '1.3萬多名'],
    [metric({ before: 30, after: 9, unit: '人' }), 'zh-Hant', '30→9人'],
  ] as const)('writes %o in %s as %s', (input, lang, expected) => {
    expect(formatMetric(input, lang)).toBe(expected);
  });
});

describe('formatChange', () => {
  it('gives the direction, the difference with its unit and the relative change', () => {
    expect(formatChange(6, 40, '个')).toEqual({ direction: 'up', absolute: '+34个', relative: '+566.7%' });
    expect(formatChange(30, 9, '人', 'zh-Hant')).toEqual({
      direction: 'down',
      absolute: '-21人',
      relative: '-70%',
    });
    expect(formatChange(5, 5, '个')).toEqual({ direction: 'none', absolute: '0个', relative: '0%' });
  });

  it('rounds away binary noise and leaves out the relative change from zero', () => {
    expect(formatChange(42.7, 39.7, '岁')).toEqual({ direction: 'down', absolute: '-3岁', relative: '-7%' });
    expect(formatChange(0, 16000, '人次')).toEqual({ direction: 'up', absolute: '+1.6万人次' });
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
