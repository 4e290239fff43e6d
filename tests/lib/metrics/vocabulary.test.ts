import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type FieldLocator } from '../../../src/lib/content/diagnostics';
import { checkMetricKeys, METRIC_KEYS, METRIC_VOCABULARY } from '../../../src/lib/metrics/vocabulary';
import { metricSchema, type Metric } from '../../../src/schemas/metric';
import { metric } from '../../fixtures/cases';

const FILE = 'content/cases/x.mdx';
// Each metric written on 5 lines from line 14: enough to tell which field a problem points at.
const FIELD_LINE: Record<string, number> = { label: 0, key: 1, value: 2, unit: 3, source: 4 };
const locate: FieldLocator = (path) => ({
  line: 14 + Number(path[1]) * 5 + (FIELD_LINE[String(path[2])] ?? 0),
  column: 5,
});

const check = (metrics: Metric[], lang: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') =>
  checkMetricKeys(FILE, { metrics, lang }, locate).map(formatDiagnostic);

describe('the metric vocabulary', () => {
  it('has keys the frontmatter contract accepts, each with a label, unit and note', () => {
    for (const key of METRIC_KEYS) {
      expect(metricSchema.safeParse(metric({ key, value: 1 })).success, key).toBe(true);
      const { label, unit, note } = METRIC_VOCABULARY[key];
      expect(label.length * unit.length * note.length, key).toBeGreaterThan(0);
    }
  });

  it('uses no key that a comparison page path could mistake for another page', () => {
    // Paths under compare/ that are not keys use hyphens, which keys cannot contain.
    for (const key of METRIC_KEYS) expect(key).not.toContain('-');
  });
});

describe('checkMetricKeys', () => {
  it('accepts known keys with their unit, and metrics without a key', () => {
    expect(
      check([
        metric({ key: 'branches' }),
        metric({ label: '其他' }),
        metric({ key: 'party_members', unit: '名' }),
      ]),
    ).toEqual([]);
  });

  it('accepts a traditional case writing the unit in traditional characters', () => {
    expect(check([metric({ key: 'branches', unit: '個' })], 'zh-Hant')).toEqual([]);
  });

  it('names the file and the unknown key, with the keys there are', () => {
    expect(check([metric({ label: '党员', key: 'party_member', unit: '名' })])).toEqual([
      `${FILE}:15:5 metrics[0].key：“党员”的 key “party_member” 不在指标词表中，可用：${METRIC_KEYS.join('、')}（词表见 src/lib/metrics/vocabulary.ts）`,
    ]);
  });

  it('names a unit that differs from the key’s', () => {
    expect(check([metric({ label: '党总支', key: 'general_branches', unit: '家' })], 'zh-Hant')).toEqual([
      `${FILE}:17:5 metrics[0].unit：“党总支”用了指标 general_branches（党总支数量），单位应为 “个”，实际为 “家”`,
    ]);
  });

  it('allows a key once per case', () => {
    expect(check([metric({ key: 'branches' }), metric({ key: 'branches' })])).toEqual([
      `${FILE}:20:5 metrics[1].key：指标 branches 在本案例中已用于 metrics[0]，每个指标只能对应一项数据`,
    ]);
  });
});
