import type { CaseData } from '../../schemas/case';
import { fieldDiagnostic, type Diagnostic, type FieldLocator } from '../content/diagnostics';
import { toSimplified } from '../i18n/script';

export interface MetricKeyDefinition {
  /** The name of the measure, in simplified Chinese. */
  label: string;
  /** The unit every case must write for this key (a traditional case may write it in traditional). */
  unit: string;
  /** What counts, so that editors pick the key only for figures that really compare. */
  note: string;
}

/**
 * The metric vocabulary: the figures that compare across cases. A case's `metrics[].key` must be
 * one of these keys, with the key's unit.
 */
export const METRIC_VOCABULARY = {
  party_members: { label: '党员人数', unit: '名', note: '单位或辖区党员总数' },
  branches: { label: '党支部数量', unit: '个', note: '单位下设党支部的总数' },
  general_branches: { label: '党总支数量', unit: '个', note: '单位下设党总支的总数' },
  members_per_branch: { label: '支部平均党员数', unit: '人', note: '每个党支部平均的党员人数' },
  staff: { label: '工作人员', unit: '名', note: '单位工作人员总数' },
  office_sites: { label: '办公场所', unit: '个', note: '单位分布的办公区或办公场所数量' },
  community_service_members: {
    label: '进社区服务的在职党员',
    unit: '名',
    note: '到居住地或共建社区报到、服务的机关在职党员人数',
  },
} as const satisfies Record<string, MetricKeyDefinition>;

export type MetricKey = keyof typeof METRIC_VOCABULARY;

export const METRIC_KEYS = Object.keys(METRIC_VOCABULARY) as MetricKey[];

export function isMetricKey(key: string): key is MetricKey {
  return Object.hasOwn(METRIC_VOCABULARY, key);
}

/** Checks every `metrics[].key` of a case: a known key, its unit, once per case. */
export function checkMetricKeys(
  file: string,
  { metrics, lang }: Pick<CaseData, 'metrics' | 'lang'>,
  locate: FieldLocator,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstUse = new Map<string, number>();
  metrics.forEach(({ key, unit, label }, index) => {
    if (key === undefined) return;
    const at = (field: string, message: string) =>
      diagnostics.push(fieldDiagnostic(file, locate, ['metrics', index, field], message));
    if (!isMetricKey(key)) {
      at(
        'key',
        `“${label}”的 key “${key}” 不在指标词表中，可用：${METRIC_KEYS.join('、')}（词表见 src/lib/metrics/vocabulary.ts）`,
      );
      return;
    }
    const definition = METRIC_VOCABULARY[key];
    const written = lang === 'zh-Hant' ? toSimplified(unit) : unit;
    if (written !== definition.unit) {
      at(
        'unit',
        `“${label}”用了指标 ${key}（${definition.label}），单位应为 “${definition.unit}”，实际为 “${unit}”`,
      );
    }
    const first = firstUse.get(key);
    if (first !== undefined) {
      at('key', `指标 ${key} 在本案例中已用于 metrics[${first}]，每个指标只能对应一项数据`);
    } else {
      firstUse.set(key, index);
    }
  });
  return diagnostics;
}
