import type { CaseEntryLike } from '../content/cases';
import type { Taxonomy } from './paths';

/**
 * The home page's filters. Each filter is a link to its term page, so without JavaScript it simply
 * navigates there; with JavaScript it narrows the list in place and records the choice in the query
 * string (`?tag=机关党建&level=地市级`) so the filtered view can be shared.
 */
export const FILTER_FACETS = ['region', 'level', 'sector', 'tag'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** At most one value per facet; facets combine with AND. */
export type FilterSelection = Partial<Record<FilterFacet, string>>;

/** What a case card carries for filtering: every value it can be selected by, per facet. */
export type CaseFacets = Record<FilterFacet, string[]>;

export const FACET_TAXONOMY: Record<FilterFacet, Taxonomy> = {
  region: 'regions',
  level: 'levels',
  sector: 'sectors',
  tag: 'tags',
};

export function caseFacets(data: CaseEntryLike['data']): CaseFacets {
  return {
    region: [data.unit.region[0] ?? ''],
    level: [data.unit.level],
    sector: [data.unit.sector],
    tag: [...data.tags],
  };
}

export function matchesSelection(facets: CaseFacets, selection: FilterSelection): boolean {
  return FILTER_FACETS.every((facet) => {
    const wanted = selection[facet];
    return wanted === undefined || facets[facet].includes(wanted);
  });
}

/** Selects a value, or clears the facet when that value was already selected. */
export function toggleSelection(
  selection: FilterSelection,
  facet: FilterFacet,
  value: string,
): FilterSelection {
  const next: FilterSelection = {};
  for (const key of FILTER_FACETS) {
    const kept = key === facet ? (selection[key] === value ? undefined : value) : selection[key];
    if (kept !== undefined) next[key] = kept;
  }
  return next;
}

export function selectionFromQuery(search: string): FilterSelection {
  const params = new URLSearchParams(search);
  const selection: FilterSelection = {};
  for (const facet of FILTER_FACETS) {
    const value = params.get(facet)?.trim();
    if (value) selection[facet] = value;
  }
  return selection;
}

/** The query string of a selection, in facet order, with a leading "?" (empty when nothing is selected). */
export function selectionToQuery(selection: FilterSelection): string {
  const params = new URLSearchParams();
  for (const facet of FILTER_FACETS) {
    const value = selection[facet];
    if (value !== undefined) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
