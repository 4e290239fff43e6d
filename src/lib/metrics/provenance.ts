import type { Metric } from '../../schemas/metric';
import { fieldDiagnostic, type Diagnostic, type FieldLocator } from '../content/diagnostics';
import { blockTexts, comparable, comparablePassage } from '../content/markdown';
import { formatNumber } from './format';

export interface Passage {
  /** The id of the element that wraps the passage on the case page. */
  id: string;
  /** The passage as it compares with page text (see `comparable`). */
  text: string;
}

export interface SourcePassages {
  /** The distinct passages, in the order of the first metric citing each. */
  passages: Passage[];
  /** The passage id of each metric, by the metric's index. */
  ids: string[];
}

/** Numbers a case's source passages: metrics citing the same passage share one anchor. */
export function sourcePassages(metrics: readonly Pick<Metric, 'source'>[]): SourcePassages {
  const passages: Passage[] = [];
  const byText = new Map<string, string>();
  const ids = metrics.map(({ source }) => {
    const text = comparablePassage(source);
    let id = byText.get(text);
    if (id === undefined) {
      id = `metric-source-${passages.length + 1}`;
      byText.set(text, id);
      passages.push({ id, text });
    }
    return id;
  });
  return { passages, ids };
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
// 1200, 1,200, 1.6, and 1.6万 / 2萬多 / 100余万 with the multiplier that follows.
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:[余餘多]?([万萬亿億]))?/g;

/** Every figure a passage states: 1.6万 states 16000 and 1.6; 100万元 states 100 and 1000000. */
export function statedFigures(passage: string): Set<number> {
  const figures = new Set<number>();
  for (const [, digits = '', multiplier] of passage.matchAll(NUMBER)) {
    const number = Number(digits.replaceAll(',', ''));
    figures.add(number);
    if (multiplier) figures.add(Number((number * (MULTIPLIERS[multiplier] ?? 1)).toPrecision(12)));
  }
  return figures;
}

const FIGURE_FIELDS = ['value', 'before', 'after'] as const;

/**
 * Checks that each metric's source passage occurs in the body (whitespace and Markdown markup
 * aside, within one paragraph, heading or table cell) and states each of the metric's figures.
 */
export function checkMetricSources(
  file: string,
  metrics: readonly Metric[],
  body: string,
  locate: FieldLocator,
): Diagnostic[] {
  const blocks = blockTexts(body).map(comparable);
  const diagnostics: Diagnostic[] = [];
  metrics.forEach((metric, index) => {
    const at = (field: string, message: string) =>
      diagnostics.push(fieldDiagnostic(file, locate, ['metrics', index, field], message));
    const passage = comparablePassage(metric.source);
    if (!blocks.some((block) => block.includes(passage))) {
      at('source', `“${metric.label}”的出处在正文中找不到：“${metric.source}”（应从正文同一段中原样复制）`);
      return;
    }
    const stated = statedFigures(passage);
    for (const field of FIGURE_FIELDS) {
      const figure = metric[field];
      if (figure === undefined || stated.has(figure)) continue;
      const compact = formatNumber(figure);
      const spelling = compact === String(figure) ? String(figure) : `${figure} 或 ${compact}`;
      at(field, `“${metric.label}”的数值 ${figure} 没有写在出处中：“${metric.source}”（应写作 ${spelling}）`);
    }
  });
  return diagnostics;
}
