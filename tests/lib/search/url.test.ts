import { describe, expect, it } from 'vitest';
import { readState, toggleFilter, writeState } from '../../../src/lib/search/url';

describe('the search address', () => {
  it('reads the query and the facet values, ignoring unknown and empty parameters', () => {
    const params = new URLSearchParams(
      'q=%20机关%20&province=江西省&tag=机关党建&tag=双报到&tag=机关党建&tag=&utm=x',
    );
    expect(readState(params)).toEqual({
      query: '机关',
      filters: { province: ['江西省'], tag: ['机关党建', '双报到'] },
    });
  });

  it('writes the same address back, query first, facets in their order', () => {
    const state = { query: '机关', filters: { year: ['2022'], province: ['江西省'] } };
    expect(writeState(state).toString()).toBe(
      new URLSearchParams('q=机关&province=江西省&year=2022').toString(),
    );
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ query: ' ', filters: {} }).toString()).toBe('');
  });

  it('adds and removes a facet value', () => {
    const one = toggleFilter({ query: '', filters: {} }, 'tag', '双报到');
    expect(one.filters).toEqual({ tag: ['双报到'] });
    expect(toggleFilter(one, 'tag', '双报到').filters).toEqual({});
  });
});
