// The benchmark at a small size, so it keeps working: every figure is measured, none is judged
// (timings on a shared CI machine mean nothing; budgets are checked by `npm run bench` at 1,000 cases).
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../../scripts/bench/bench';
import type { BenchResult, BuildFigures } from '../../scripts/bench/lib/report';
import { benchMarkdown } from '../../scripts/bench/lib/report';

const CASES = 100;

describe(`npm run bench -- --cases ${CASES}`, () => {
  let result: BenchResult;
  beforeAll(async () => {
    result = await runBench({ cases: CASES, log: () => {} });
  }, 600_000);

  const measured = (figures: BuildFigures) => {
    expect(figures.astro.wallMs).toBeGreaterThan(0);
    expect(figures.astro.cpuMs).toBeGreaterThan(0);
    expect(figures.astro.peakMemoryBytes).toBeGreaterThan(0);
    expect(figures.phases.contentSyncMs + figures.phases.bundleMs + figures.phases.pagesMs).toBeGreaterThan(
      0,
    );
    expect(figures.search?.wallMs).toBeGreaterThan(0);
  };

  it('builds the site four ways and the baseline once, timing every phase', () => {
    const { first, cold, noChange, oneEdit } = result.ours;
    for (const figures of [first, cold, noChange, oneEdit, result.baseline]) measured(figures);
    expect(first.phases.diagrams?.rendered).toBeGreaterThan(CASES);
    expect(cold.phases.diagrams).toMatchObject({ rendered: 0, fromCache: first.phases.diagrams?.requested });
    expect(cold.phases.pagesRendered).toBeGreaterThan(CASES);
    expect(result.baseline.phases.pagesRendered).toBe(CASES + 1);
  });

  it("rebuilds only what changed: nothing without changes, the edited case's pages after one edit", () => {
    const { changedWithoutChanges, changedAfterOneEdit, editedPage } = result.rebuilds;
    expect(changedWithoutChanges).toEqual([]);
    expect(changedAfterOneEdit).toContain(editedPage);
    for (const path of changedAfterOneEdit) expect(path.startsWith(`${dirname(editedPage)}/`)).toBe(true);
    expect(result.ours.oneEdit.phases.pagesReused).toBeGreaterThanOrEqual(CASES - 1);
  });

  it('measures the output: sizes, a case page and a first search query', () => {
    const { output } = result;
    expect(output.casePages).toBe(CASES);
    expect(output.pagefindBytes).toBeGreaterThan(0);
    expect(output.bytes).toBeGreaterThan(output.pagefindBytes);
    for (const page of [output.medianCasePage, output.heaviestCasePage]) {
      expect(page.htmlGzBytes).toBeGreaterThan(1000);
      expect(page.cssGzBytes).toBeGreaterThan(0);
    }
    expect(output.firstQuery.results).toBeGreaterThan(0);
    expect(output.firstQuery.files.some((file) => file.endsWith('pagefind.js'))).toBe(true);
    expect(output.firstQuery.bytes).toBeGreaterThan(10_000);
  });

  it('checks every budget and reports it all', () => {
    expect(result.budgets.map((budget) => budget.name)).toHaveLength(6);
    const markdown = benchMarkdown(result);
    for (const row of ['baseline', 'cold build', 'one case edited', 'Pagefind index', 'first search query'])
      expect(markdown).toContain(row);
    expect(markdown).not.toMatch(/NaN|Infinity|undefined/);
  });
});
