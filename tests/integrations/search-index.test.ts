import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/bundle';
import { searchCases, type PagefindApi } from '../../src/lib/search/engine';
import { parseTable } from '../../src/lib/search/fold';
import { intlWordSplitter } from '../../src/lib/search/query';
import { simplifiedFoldTable } from '../../src/lib/search/simplified-table';
import { buildSite } from '../helpers/build';
import { loadPagefind } from '../helpers/pagefind';

interface JudgedQuery {
  query: string;
  kind: string;
  expect: string[];
}
const { queries } = JSON.parse(readFileSync('tests/integrations/search-queries.json', 'utf-8')) as {
  queries: JudgedQuery[];
};

const slugOf = (url: string) => /\/cases\/([^/]+)\//.exec(url)?.[1] ?? url;

interface Scores {
  recallAt5: number;
  mrr: number;
  misses: string[];
}

/** recall@5 (share of expected cases among the first five results) and MRR (first expected case), averaged. */
async function score(rank: (query: string) => Promise<string[]>): Promise<Scores> {
  let recall = 0;
  let reciprocalRanks = 0;
  const misses: string[] = [];
  for (const judged of queries) {
    const ranking = await rank(judged.query);
    const top5 = ranking.slice(0, 5);
    const found = judged.expect.filter((slug) => top5.includes(slug));
    recall += found.length / judged.expect.length;
    const first = ranking.findIndex((slug) => judged.expect.includes(slug));
    reciprocalRanks += first === -1 ? 0 : 1 / (first + 1);
    if (found.length < judged.expect.length)
      misses.push(`${judged.query} → ${ranking.join(', ') || '（无结果）'}`);
  }
  return { recallAt5: recall / queries.length, mrr: reciprocalRanks / queries.length, misses };
}

async function slugs(results: { data(): Promise<{ url: string }> }[]): Promise<string[]> {
  return Promise.all(results.slice(0, 10).map(async (result) => slugOf((await result.data()).url)));
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('the judged query set against the built index', () => {
  let outDir: string;
  let ours: PagefindApi & { destroy(): Promise<void> };

  beforeAll(async () => {
    const build = await buildSite();
    if (build.code !== 0) throw new Error(build.output);
    outDir = build.outDir;
    ours = await loadPagefind(join(outDir, 'pagefind'), { options: PAGEFIND_OPTIONS });
  });
  afterAll(async () => {
    await ours?.destroy();
  });

  it('indexes every case and documentation page exactly once, in one index whatever its script, and nothing else', async () => {
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf-8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['und']);
    const all = (await ours.search(null))?.results ?? [];
    const urls = await Promise.all(all.map(async (result) => (await result.data()).url));
    const pages = (dir: string, prefix: string) =>
      readdirSync(dir).map((file) => `/${prefix}/${file.replace('.mdx', '')}/`);
    expect(urls.sort()).toEqual(
      [...pages('content/cases', 'cases'), ...pages('content/docs', 'docs')].sort(),
    );
  });

  it('ships the browser only the fold table entries the index can use', async () => {
    const table = parseTable(
      JSON.parse(await readFile(join(outDir, 'pagefind', 'fold-table.json'), 'utf-8')),
    );
    expect(table.get('機')).toBe('机');
    expect(table.size).toBeLessThan(simplifiedFoldTable().size / 2);
  });

  it('has at least 30 queries of every kind the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries.map((query) => query.kind))).toEqual(
      new Set([
        'term',
        'slogan',
        'unit',
        'place',
        'brand',
        'traditional',
        'cross-script',
        'phrase',
        'two-term',
      ]),
    );
  });

  it('finds every expected case in the first five results (recall@5 = 100%)', async () => {
    const table = parseTable(
      JSON.parse(await readFile(join(outDir, 'pagefind', 'fold-table.json'), 'utf-8')),
    );
    const splitWords = intlWordSplitter();
    const result = await score(async (query) =>
      slugs((await searchCases(ours, query, {}, table, splitWords)).hits),
    );
    console.log(
      `Casebook search: recall@5 ${percent(result.recallAt5)}, MRR ${result.mrr.toFixed(3)} (${queries.length} queries)`,
    );
    expect(result.misses).toEqual([]);
    expect(result.recallAt5).toBe(1);
  });

  it('reports stock Pagefind on the same queries (default settings, no conversion)', async () => {
    const stockDir = await mkdtemp(join(tmpdir(), 'casebook-stock-pagefind-'));
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addDirectory({ path: outDir });
    await index.writeFiles({ outputPath: stockDir });
    await pagefind.close();
    // Searched from the search page, whose language is zh-CN.
    const stock = await loadPagefind(stockDir, { lang: 'zh-CN' });
    const result = await score(async (query) => slugs((await stock.search(query))?.results ?? []));
    await stock.destroy();
    console.log(
      `Stock Pagefind: recall@5 ${percent(result.recallAt5)}, MRR ${result.mrr.toFixed(3)}; missed:\n  ${result.misses.join('\n  ')}`,
    );
    expect(result.recallAt5).toBeLessThan(1);
  });
});
