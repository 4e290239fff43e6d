import { FACETS, type Facet } from './record';

/** A search as it stands in the address bar: /search/?q=…&province=…&tag=…&tag=… */
export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length > 0) filters[facet] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  return params;
}

/** Adds or removes one facet value. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const filters: SearchState['filters'] = {};
  for (const key of FACETS) {
    const values = key === facet ? next : (state.filters[key] ?? []);
    if (values.length > 0) filters[key] = values;
  }
  return { query: state.query, filters };
}
