import { describe, expect, it } from 'vitest';
import { checkBudgets, type BudgetFigures } from '../../../scripts/bench/lib/budgets';

const WITHIN: BudgetFigures = {
  coldMs: 20_000,
  coldCpuMs: 15_000,
  baselineMs: 30_000,
  baselineCpuMs: 20_000,
  editRebuildMs: 4_000,
  editRebuildCpuMs: 3_000,
  msPerDiagram: 25,
  peakMemoryBytes: 1.5 * 1024 ** 3,
  caseJsGzBytes: 1024,
  caseHtmlCssGzBytes: 20 * 1024,
};

const missed = (figures: BudgetFigures) =>
  checkBudgets(figures)
    .filter((check) => !check.met)
    .map((check) => check.name);

describe('checkBudgets', () => {
  it('passes figures within every budget', () => {
    expect(missed(WITHIN)).toEqual([]);
  });

  it('misses a time budget when either wall or CPU time is over it', () => {
    expect(missed({ ...WITHIN, coldMs: 61_000 })).toEqual(['cold build / bare baseline']);
    expect(missed({ ...WITHIN, coldCpuMs: 41_000 })).toEqual(['cold build / bare baseline']);
    expect(missed({ ...WITHIN, editRebuildCpuMs: 3_800 })).toEqual(['rebuild after one edit / cold build']);
  });

  it('misses size and memory budgets just over their limit', () => {
    expect(missed({ ...WITHIN, peakMemoryBytes: 2 * 1024 ** 3 + 1 })).toEqual(['peak memory of a build']);
    expect(missed({ ...WITHIN, caseJsGzBytes: 20 * 1024 + 1 })).toEqual([
      'case page JS before search (gzip)',
    ]);
    expect(missed({ ...WITHIN, caseHtmlCssGzBytes: 60 * 1024 + 1 })).toEqual(['case page HTML + CSS (gzip)']);
  });

  it('reports the diagram aim only when diagrams were drawn, and as an aim', () => {
    const aim = checkBudgets({ ...WITHIN, msPerDiagram: 45 }).find((check) =>
      check.name.startsWith('diagram'),
    );
    expect(aim).toMatchObject({ met: false, aim: true, measured: '45 ms' });
    expect(checkBudgets({ ...WITHIN, msPerDiagram: undefined }).some((check) => check.aim)).toBe(false);
  });
});
