import type { CaseLang } from '../../schemas/case';
import type { Metric } from '../../schemas/metric';

const INTL_LOCALE: Record<CaseLang, string> = { 'zh-Hans': 'zh-Hans-CN', 'zh-Hant': 'zh-Hant-TW' };

type Style = 'compact' | 'standard' | 'percent';

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: CaseLang, style: Style, signed: boolean): Intl.NumberFormat {
  const id = `${lang}:${style}:${signed}`;
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], {
      notation: style === 'compact' ? 'compact' : 'standard',
      style: style === 'percent' ? 'percent' : 'decimal',
      maximumFractionDigits: style === 'standard' ? 4 : style === 'compact' ? 2 : 1,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: false,
    });
    formatters.set(id, format);
  }
  return format;
}

/**
 * A number written the Chinese way: 16000 → 1.6万, 1000000 → 100万, 7685 → 7685; `signed` adds
 * + or - (+34). 万/亿 are used only where they stay exact to two decimals, so no figure is rounded.
 */
export function formatNumber(value: number, lang: CaseLang = 'zh-Hans', signed = false): string {
  const magnitude = Math.abs(value);
  const compact =
    (magnitude >= 1e4 && magnitude < 1e8 && value % 100 === 0) || (magnitude >= 1e8 && value % 1e6 === 0);
  return formatter(lang, compact ? 'compact' : 'standard', signed).format(value);
}

/** A figure with its unit and approximation mark, placed as Chinese writes it: 约30人, 30余场, 500多名, 95%以上. */
export function formatFigure(
  value: number,
  unit: string,
  approx: Metric['approx'],
  lang: CaseLang = 'zh-Hans',
): string {
  const number = formatNumber(value, lang);
  switch (approx) {
    case '约':
      return `${lang === 'zh-Hant' ? '約' : '约'}${number}${unit}`;
    case '余':
      return `${number}${lang === 'zh-Hant' ? '餘' : '余'}${unit}`;
    case '多':
      return `${number}多${unit}`;
    case '以上':
      return `${number}${unit}以上`;
    default:
      return `${number}${unit}`;
  }
}

/** A metric's figure with its unit: 30余场, 1.6万人次, 6→40个. */
export function formatMetric(metric: Metric, lang: CaseLang = 'zh-Hans'): string {
  if (metric.value !== undefined) return formatFigure(metric.value, metric.unit, metric.approx, lang);
  const before = formatNumber(metric.before ?? 0, lang);
  return `${before}→${formatFigure(metric.after ?? 0, metric.unit, metric.approx, lang)}`;
}

export interface MetricChange {
  direction: 'up' | 'down' | 'none';
  /** The difference with its sign and unit: +34个, -21人. */
  absolute: string;
  /** The difference relative to the first figure: +566.7%; absent when that figure is 0. */
  relative?: string;
}

/** How a before→after metric changed: 6→40个 is +34个, +566.7%. */
export function formatChange(
  before: number,
  after: number,
  unit: string,
  lang: CaseLang = 'zh-Hans',
): MetricChange {
  // Round away binary noise such as 39.7 - 42.7 = -3.0000000000000036.
  const difference = Number((after - before).toPrecision(12));
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'none';
  const absolute = `${formatNumber(difference, lang, true)}${unit}`;
  if (before === 0) return { direction, absolute };
  return { direction, absolute, relative: formatter(lang, 'percent', true).format(difference / before) };
}

/** The figures a case's card shows: those marked `headline`, else the first three. */
export function headlineMetrics(metrics: readonly Metric[], count = 3): Metric[] {
  const marked = metrics.filter((metric) => metric.headline);
  return (marked.length > 0 ? marked : metrics).slice(0, count);
}
