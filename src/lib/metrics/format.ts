import type { CaseLang } from '../../schemas/case';
import type { Metric } from '../../schemas/metric';

const INTL_LOCALE: Record<CaseLang, string> = { 'zh-Hans': 'zh-Hans-CN', 'zh-Hant': 'zh-Hant-TW' };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: CaseLang, compact: boolean): Intl.NumberFormat {
  const id = `${lang}:${compact}`;
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], {
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 2 : 4,
      useGrouping: false,
    });
    formatters.set(id, format);
  }
  return format;
}

/**
 * A number written the Chinese way: 16000 → 1.6万, 1000000 → 100万, 7685 → 7685.
 * 万/亿 are used only where they stay exact to two decimals, so no figure is rounded.
 */
export function formatNumber(value: number, lang: CaseLang = 'zh-Hans'): string {
  const magnitude = Math.abs(value);
  const compact =
    (magnitude >= 1e4 && magnitude < 1e8 && value % 100 === 0) || (magnitude >= 1e8 && value % 1e6 === 0);
  return formatter(lang, compact).format(value);
}

/** A figure with its unit and approximation mark, placed as Chinese writes it: 约30人, 30余场, 500多名, 95%以上. */
function withApprox(value: number, unit: string, approx: Metric['approx'], lang: CaseLang): string {
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
  if (metric.value !== undefined) return withApprox(metric.value, metric.unit, metric.approx, lang);
  const before = formatNumber(metric.before ?? 0, lang);
  return `${before}→${withApprox(metric.after ?? 0, metric.unit, metric.approx, lang)}`;
}

/** The figures a case's card shows: those marked `headline`, else the first three. */
export function headlineMetrics(metrics: readonly Metric[], count = 3): Metric[] {
  const marked = metrics.filter((metric) => metric.headline);
  return (marked.length > 0 ? marked : metrics).slice(0, count);
}
