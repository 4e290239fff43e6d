import type { CaseLang } from '../../schemas/case';
import { caseHref, type CaseEntryLike } from '../content/cases';
import { formatMetric } from './format';
import { sourcePassages } from './provenance';
import {
  isMetricKey,
  METRIC_KEYS,
  METRIC_VOCABULARY,
  type MetricKey,
  type MetricKeyDefinition,
} from './vocabulary';

/** One case's figure for a vocabulary key. */
export interface CaseFigure {
  slug: string;
  unitName: string;
  lang: CaseLang;
  /** The case's own label for the figure. */
  label: string;
  /** The figure with its unit, in the case's script: 8900多名, 6→40个. */
  figure: string;
  /** The number compared: the value, or the later figure of a before→after metric. */
  value: number;
  before?: number;
  year?: number;
  /** Site path of the passage stating the figure: cases/x/#metric-source-3. */
  passagePath: string;
}

export interface KeyComparison {
  key: MetricKey;
  definition: MetricKeyDefinition;
  /** The cases reporting the key, largest value first. */
  figures: CaseFigure[];
}

/** The figures each case reports for vocabulary keys, by key. */
function figuresByKey(cases: readonly CaseEntryLike[]): Map<MetricKey, CaseFigure[]> {
  const byKey = new Map<MetricKey, CaseFigure[]>(METRIC_KEYS.map((key) => [key, []]));
  for (const { id, data } of cases) {
    const { ids } = sourcePassages(data.metrics);
    data.metrics.forEach((metric, index) => {
      if (metric.key === undefined || !isMetricKey(metric.key)) return;
      const figure: CaseFigure = {
        slug: id,
        unitName: data.unit.name,
        lang: data.lang,
        label: metric.label,
        figure: formatMetric(metric, data.lang),
        value: metric.value ?? metric.after ?? 0,
        passagePath: `${caseHref(id)}#${ids[index] ?? ''}`,
      };
      if (metric.before !== undefined) figure.before = metric.before;
      if (metric.year !== undefined) figure.year = metric.year;
      byKey.get(metric.key)?.push(figure);
    });
  }
  return byKey;
}

const collator = new Intl.Collator('zh-Hans-CN');
const byUnit = (a: CaseFigure, b: CaseFigure) =>
  collator.compare(a.unitName, b.unitName) || a.slug.localeCompare(b.slug);

/** The orders a key's comparison can be read in; the first is the default page. */
export const COMPARE_ORDERS = {
  descending: (a: CaseFigure, b: CaseFigure) => b.value - a.value || byUnit(a, b),
  ascending: (a: CaseFigure, b: CaseFigure) => a.value - b.value || byUnit(a, b),
  'by-unit': byUnit,
} as const;

export type CompareOrder = keyof typeof COMPARE_ORDERS;
export const DEFAULT_ORDER: CompareOrder = 'descending';

/** Every vocabulary key with the cases that report it, in the vocabulary's order. */
export function compareByKey(cases: readonly CaseEntryLike[]): KeyComparison[] {
  return [...figuresByKey(cases)].map(([key, figures]) => ({
    key,
    definition: METRIC_VOCABULARY[key],
    figures: figures.toSorted(COMPARE_ORDERS[DEFAULT_ORDER]),
  }));
}

export function sortFigures(figures: readonly CaseFigure[], order: CompareOrder): CaseFigure[] {
  return figures.toSorted(COMPARE_ORDERS[order]);
}

/** Bar lengths of a comparison, as fractions of its largest figure (before or after). */
export function barScale(
  figures: readonly Pick<CaseFigure, 'value' | 'before'>[],
): (value: number) => number {
  const largest = Math.max(
    0,
    ...figures.flatMap(({ value, before }) => [Math.abs(value), Math.abs(before ?? 0)]),
  );
  return (value) => (largest === 0 ? 0 : Math.abs(value) / largest);
}

/** Site path of a key's comparison page in one order. */
export function comparePath(key: MetricKey, order: CompareOrder = DEFAULT_ORDER): string {
  return order === DEFAULT_ORDER ? `compare/${key}/` : `compare/${key}/${order}/`;
}

export interface CaseMatrix {
  /** The cases reporting at least one key. */
  columns: { slug: string; unitName: string; lang: CaseLang }[];
  /** Every key reported by at least one case, with each column's figure or nothing. */
  rows: { key: MetricKey; definition: MetricKeyDefinition; cells: (CaseFigure | undefined)[] }[];
}

/** Cases side by side: one row per key, one column per case. */
export function caseMatrix(cases: readonly CaseEntryLike[]): CaseMatrix {
  const comparisons = compareByKey(cases).filter(({ figures }) => figures.length > 0);
  const reporting = new Set(comparisons.flatMap(({ figures }) => figures.map(({ slug }) => slug)));
  const columns = cases
    .filter(({ id }) => reporting.has(id))
    .map(({ id, data }) => ({ slug: id, unitName: data.unit.name, lang: data.lang }));
  return {
    columns,
    rows: comparisons.map(({ key, definition, figures }) => ({
      key,
      definition,
      cells: columns.map(({ slug }) => figures.find((figure) => figure.slug === slug)),
    })),
  };
}
