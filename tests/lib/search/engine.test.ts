import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  facetPages,
  searchCases,
  type PagefindApi,
  type PagefindResult,
} from '../../../src/lib/search/engine';

/** A stand-in for Pagefind that records the queries it is asked and answers from a table. */
function fakePagefind(
  answers: Record<string, string[]>,
  filterValues: Record<string, Record<string, string[]>> = {},
) {
  const asked: (string | null)[] = [];
  const result = (id: string): PagefindResult => ({
    id,
    score: 1,
    data: async () => ({ url: `/${id}/`, meta: {}, plain_excerpt: '' }),
  });
  const api: PagefindApi = {
    async search(term, options = {}) {
      asked.push(term);
      if (term === null) {
        const [facet, [value] = []] = Object.entries(options.filters ?? {})[0] ?? [];
        return { results: (filterValues[facet ?? '']?.[value ?? ''] ?? []).map(result) };
      }
      return { results: (answers[term] ?? []).map(result) };
    },
    async filters() {
      return Object.fromEntries(
        Object.entries(filterValues).map(([facet, values]) => [
          facet,
          Object.fromEntries(Object.keys(values).map((value) => [value, 0])),
        ]),
      );
    },
  };
  return { api, asked };
}

const words = (text: string) => text.split('|');

describe('searchCases', () => {
  it('keeps the ranked pages that contain every word as a run, and puts whole runs first', async () => {
    const { api, asked } = fakePagefind({
      '宜 春 机 关': ['a', 'b', 'c', 'd'],
      '"宜 春"': ['a', 'b', 'c'],
      '"机 关"': ['a', 'b', 'd'],
      '"宜 春 机 关"': ['b'],
    });
    const outcome = await searchCases(api, '宜春|机关', {}, new Map(), words);
    expect(asked).toEqual(['宜 春 机 关', '"宜 春"', '"机 关"', '"宜 春 机 关"']);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['b', 'a']);
  });

  it('browses by filters alone, and finds nothing for nothing', async () => {
    const { api } = fakePagefind({}, { province: { 江西省: ['e'] } });
    expect(
      (await searchCases(api, ' ', { province: ['江西省'] }, new Map(), words)).hits.map((hit) => hit.id),
    ).toEqual(['e']);
    expect((await searchCases(api, ' ', {}, new Map(), words)).hits).toEqual([]);
  });
});

describe('facet counts', () => {
  it('counts each value among the results', async () => {
    const { api } = fakePagefind({}, { level: { 地市级: ['a', 'b'], 县区级: ['c'] } });
    const counts = facetCounts(await facetPages(api), ['a', 'c', 'x']);
    expect(counts.get('level')).toEqual(
      new Map([
        ['地市级', 1],
        ['县区级', 1],
      ]),
    );
  });
});
