import { stringify } from 'csv-stringify/sync';
import { caseHref, type CaseEntryLike } from '../content/cases';
import { formatMetric } from '../metrics/format';
import { sourcePassages } from '../metrics/provenance';
import { METRIC_VOCABULARY } from '../metrics/vocabulary';
import { absoluteUrl, site } from '../site';

/** Paths of the open data files inside the site. */
export const OPEN_DATA_PATHS = { json: 'data/cases.json', csv: 'data/metrics.csv' } as const;

/** The metrics of a case with their formatted figure and the address of their source passage. */
function publishedMetrics({ id, data }: CaseEntryLike) {
  const { ids } = sourcePassages(data.metrics);
  return data.metrics.map((metric, index) => ({
    ...metric,
    formatted: formatMetric(metric, data.lang),
    sourceUrl: `${absoluteUrl(caseHref(id))}#${ids[index] ?? ''}`,
  }));
}

/** `/data/cases.json`: every published case's frontmatter, address and metrics, and the vocabulary. */
export function casesDocument(cases: readonly CaseEntryLike[]) {
  return {
    site: { name: site.name, url: absoluteUrl() },
    metricKeys: METRIC_VOCABULARY,
    cases: cases.map((entry) => ({
      slug: entry.id,
      url: absoluteUrl(caseHref(entry.id)),
      ...entry.data,
      metrics: publishedMetrics(entry),
    })),
  };
}

export const METRICS_CSV_COLUMNS = [
  'case_slug',
  'unit_name',
  'key',
  'label',
  'group',
  'year',
  'value',
  'before',
  'after',
  'unit',
  'approx',
  'formatted',
  'source',
  'source_url',
] as const;

/**
 * `/data/metrics.csv`: one row per metric of every published case. UTF-8 with a byte order mark and
 * CRLF line ends, so that Excel opens the Chinese text correctly.
 */
export function metricsCsv(cases: readonly CaseEntryLike[]): string {
  const rows = cases.flatMap((entry) =>
    publishedMetrics(entry).map((metric) => ({
      case_slug: entry.id,
      unit_name: entry.data.unit.name,
      key: metric.key,
      label: metric.label,
      group: metric.group,
      year: metric.year,
      value: metric.value,
      before: metric.before,
      after: metric.after,
      unit: metric.unit,
      approx: metric.approx,
      formatted: metric.formatted,
      source: metric.source,
      source_url: metric.sourceUrl,
    })),
  );
  return stringify(rows, {
    header: true,
    columns: [...METRICS_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
  });
}
