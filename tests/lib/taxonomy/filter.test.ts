import { describe, expect, it } from 'vitest';
import {
  caseFacets,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
  toggleSelection,
} from '../../../src/lib/taxonomy/filter';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

const facets = caseFacets(caseSchema.parse(validCase()));

describe('caseFacets', () => {
  it('offers the province, level, sector and every tag', () => {
    expect(facets).toEqual({
      region: ['北京市'],
      level: ['县区级'],
      sector: ['人力社保'],
      tag: ['支部建设', '书记一肩挑'],
    });
  });
});

describe('matchesSelection', () => {
  it('matches everything when nothing is selected', () => {
    expect(matchesSelection(facets, {})).toBe(true);
  });

  it('requires every selected facet to match', () => {
    expect(matchesSelection(facets, { tag: '支部建设', level: '县区级' })).toBe(true);
    expect(matchesSelection(facets, { tag: '支部建设', level: '地市级' })).toBe(false);
    expect(matchesSelection(facets, { region: '江西省' })).toBe(false);
  });
});

describe('toggleSelection', () => {
  it('selects a value, replaces another of the same facet, and clears it when chosen again', () => {
    const one = toggleSelection({}, 'tag', '支部建设');
    expect(one).toEqual({ tag: '支部建设' });
    expect(toggleSelection(one, 'tag', '机关党建')).toEqual({ tag: '机关党建' });
    expect(toggleSelection(one, 'tag', '支部建设')).toEqual({});
    expect(toggleSelection(one, 'level', '县区级')).toEqual({ tag: '支部建设', level: '县区级' });
  });
});

describe('query strings', () => {
  it('round-trip a selection in facet order', () => {
    const query = selectionToQuery({ tag: '党建+业务', region: '北京市' });
    expect(query).toBe(`?region=${encodeURIComponent('北京市')}&tag=${encodeURIComponent('党建+业务')}`);
    expect(selectionFromQuery(query)).toEqual({ region: '北京市', tag: '党建+业务' });
  });

  it('ignore unknown and empty parameters', () => {
    expect(selectionFromQuery('?foo=1&tag=&sector=民政')).toEqual({ sector: '民政' });
    expect(selectionToQuery({})).toBe('');
  });
});
