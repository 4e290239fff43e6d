import { Converter } from 'opencc-js/t2cn';
import type { CaseData } from '../../schemas/case';

/** OpenCC's traditional → mainland simplified conversion, phrase-aware (e.g. 乾隆 stays, 乾淨 → 干净). */
export const toSimplified: (text: string) => string = Converter({ from: 't', to: 'cn' });

function convertStrings<T>(value: T): T {
  if (typeof value === 'string') return toSimplified(value) as T;
  if (Array.isArray(value)) return value.map(convertStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convertStrings(item)])) as T;
  }
  return value;
}

/**
 * A traditional case's data in simplified script. Every text is converted except what is not prose:
 * the taxonomy (already simplified by contract) and the source's URL.
 */
export function simplifiedCase(data: CaseData): CaseData {
  const converted = convertStrings(data);
  return {
    ...converted,
    lang: 'zh-Hans',
    tags: data.tags,
    unit: { ...converted.unit, region: data.unit.region, level: data.unit.level, sector: data.unit.sector },
    source: { ...converted.source, url: data.source.url },
  };
}
