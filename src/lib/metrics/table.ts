import type { CaseLang } from '../../schemas/case';
import type { Metric } from '../../schemas/metric';
import { formatChange, formatFigure, formatMetric, formatNumber, type MetricChange } from './format';
import { sourcePassages } from './provenance';
import { isMetricKey, type MetricKey } from './vocabulary';

export interface MetricRow {
  label: string;
  /** The figure with its unit: 30余场, 1.6万人次, 6→40个. */
  figure: string;
  year?: number;
  /** The id of the body passage that states the figure. */
  passageId: string;
  source: string;
  /** The vocabulary key, when the figure compares across cases. */
  key?: MetricKey;
  change?: MetricChange & {
    before: string;
    after: string;
    /** Lengths of the before and after bars, as fractions of the longer one. */
    beforeRatio: number;
    afterRatio: number;
  };
}

export interface MetricGroup {
  /** The group's name; absent for metrics written without one. */
  name?: string;
  rows: MetricRow[];
}

function changeOf(metric: Metric, lang: CaseLang): MetricRow['change'] {
  const { before, after } = metric;
  if (before === undefined || after === undefined) return undefined;
  const longest = Math.max(Math.abs(before), Math.abs(after)) || 1;
  return {
    ...formatChange(before, after, metric.unit, lang),
    before: `${formatNumber(before, lang)}${metric.unit}`,
    after: formatFigure(after, metric.unit, metric.approx, lang),
    beforeRatio: Math.abs(before) / longest,
    afterRatio: Math.abs(after) / longest,
  };
}

/** A case's metric table: rows grouped by `group` in the order groups first appear. */
export function metricTable(metrics: readonly Metric[], lang: CaseLang): MetricGroup[] {
  const { ids } = sourcePassages(metrics);
  const groups = new Map<string | undefined, MetricGroup>();
  metrics.forEach((metric, index) => {
    let group = groups.get(metric.group);
    if (!group) {
      group = metric.group === undefined ? { rows: [] } : { name: metric.group, rows: [] };
      groups.set(metric.group, group);
    }
    const row: MetricRow = {
      label: metric.label,
      figure: formatMetric(metric, lang),
      passageId: ids[index] ?? '',
      source: metric.source,
    };
    if (metric.year !== undefined) row.year = metric.year;
    if (metric.key !== undefined && isMetricKey(metric.key)) row.key = metric.key;
    const change = changeOf(metric, lang);
    if (change) row.change = change;
    group.rows.push(row);
  });
  return [...groups.values()];
}
