import { regionName } from '../content/cases';
import type { CaseData } from '../../schemas/case';

/** The facets a reader can narrow a search by, in the order they are shown. */
export const FACETS = ['province', 'level', 'sector', 'tag', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** What the index keeps about a case besides its text: shown with a result, or filtered on. */
export interface SearchRecord {
  meta: { title: string; brand: string; unit: string; region: string; lang: string };
  filters: [Facet, string][];
}

export function searchRecord(data: CaseData): SearchRecord {
  const year = data.source.date?.slice(0, 4);
  return {
    meta: {
      title: data.title,
      brand: data.brand,
      unit: data.unit.name,
      region: regionName(data.unit.region),
      lang: data.lang,
    },
    filters: [
      ['province', data.unit.region[0] ?? ''],
      ['level', data.unit.level],
      ['sector', data.unit.sector],
      ...data.tags.map((tag): [Facet, string] => ['tag', tag]),
      ...(year ? [['year', year] as [Facet, string]] : []),
    ],
  };
}
