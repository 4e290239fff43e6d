// The performance budgets of the site, set for 1,000 cases, checked against one benchmark run.

export interface BudgetFigures {
  /** Cold build of the site with a warm render cache (diagrams, share images), search index included. */
  coldMs: number;
  coldCpuMs: number;
  /** Cold build of the bare baseline, search index included. */
  baselineMs: number;
  baselineCpuMs: number;
  /** Rebuild after one case changed. */
  editRebuildMs: number;
  editRebuildCpuMs: number;
  /** Rendering time per diagram drawn, browser start included; undefined when nothing was drawn. */
  msPerDiagram: number | undefined;
  /** Highest memory of any of the site's builds. */
  peakMemoryBytes: number;
  /** The heaviest case page. */
  caseJsGzBytes: number;
  caseHtmlCssGzBytes: number;
}

export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
  /** An aim is reported, not enforced. */
  aim?: boolean;
}

const KB = 1024;
const GB = 1024 ** 3;

const ratio = (value: number, base: number) => (base > 0 ? value / base : Number.POSITIVE_INFINITY);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/**
 * Time budgets hold on wall-clock time and on CPU time (wall time alone swings with whatever else the
 * machine runs); sizes and memory are exact.
 */
export function checkBudgets(figures: BudgetFigures): BudgetCheck[] {
  const coldRatio = ratio(figures.coldMs, figures.baselineMs);
  const coldCpuRatio = ratio(figures.coldCpuMs, figures.baselineCpuMs);
  const editShare = ratio(figures.editRebuildMs, figures.coldMs);
  const editCpuShare = ratio(figures.editRebuildCpuMs, figures.coldCpuMs);
  const checks: BudgetCheck[] = [
    {
      name: 'cold build / bare baseline',
      limit: '≤ 2.0×',
      measured: `${fixed(coldRatio)}× (CPU ${fixed(coldCpuRatio)}×)`,
      met: coldRatio <= 2 && coldCpuRatio <= 2,
    },
    {
      name: 'rebuild after one edit / cold build',
      limit: '≤ 25%',
      measured: `${fixed(editShare * 100, 0)}% (CPU ${fixed(editCpuShare * 100, 0)}%)`,
      met: editShare <= 0.25 && editCpuShare <= 0.25,
    },
    {
      name: 'peak memory of a build',
      limit: '≤ 2 GB',
      measured: `${fixed(figures.peakMemoryBytes / GB)} GB`,
      met: figures.peakMemoryBytes <= 2 * GB,
    },
    {
      name: 'case page JS before search (gzip)',
      limit: '≤ 20 KB',
      measured: `${fixed(figures.caseJsGzBytes / KB, 1)} KB`,
      met: figures.caseJsGzBytes <= 20 * KB,
    },
    {
      name: 'case page HTML + CSS (gzip)',
      limit: '≤ 60 KB',
      measured: `${fixed(figures.caseHtmlCssGzBytes / KB, 1)} KB`,
      met: figures.caseHtmlCssGzBytes <= 60 * KB,
    },
  ];
  if (figures.msPerDiagram !== undefined) {
    checks.push({
      name: 'diagram drawing, per diagram (batched)',
      limit: '≤ 30 ms',
      measured: `${fixed(figures.msPerDiagram, 0)} ms`,
      met: figures.msPerDiagram <= 30,
      aim: true,
    });
  }
  return checks;
}
