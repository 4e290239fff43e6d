// A benchmark run as data, and as the Markdown BENCHMARKS.md holds.
import type { BudgetCheck } from './budgets.ts';
import type { BuildPhases } from './build-log.ts';
import type { PageWeight } from './page-weight.ts';
import type { FirstQuery } from './search-weight.ts';

export interface Step {
  wallMs: number;
  cpuMs: number;
  peakMemoryBytes: number;
  /** The build's own Node process. */
  peakRootMemoryBytes: number;
}

export interface BuildFigures {
  astro: Step;
  phases: BuildPhases;
  /** The Pagefind index: built by the site itself (its time read from the log), or run by the benchmark. */
  search?: { by: 'site'; wallMs: number } | ({ by: 'bench' } & Step);
}

export interface BenchResult {
  cases: number;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  generation: { ms: number; bytes: number };
  ours: { first: BuildFigures; cold: BuildFigures; noChange: BuildFigures; oneEdit: BuildFigures };
  /** Pages each rebuild changed: none without changes, only the edited case's after one edit. */
  rebuilds: { changedWithoutChanges: string[]; changedAfterOneEdit: string[]; editedPage: string };
  baseline: BuildFigures;
  output: {
    bytes: number;
    pagefindBytes: number;
    casePages: number;
    medianCasePage: PageWeight & { path: string };
    heaviestCasePage: PageWeight & { path: string };
    firstQuery: FirstQuery;
  };
  budgets: BudgetCheck[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** Wall time of a build with its search index, when the benchmark had to run Pagefind itself. */
export function totalWallMs(figures: BuildFigures): number {
  return figures.astro.wallMs + (figures.search?.by === 'bench' ? figures.search.wallMs : 0);
}

export function totalCpuMs(figures: BuildFigures): number {
  return figures.astro.cpuMs + (figures.search?.by === 'bench' ? figures.search.cpuMs : 0);
}

function buildRow(name: string, figures: BuildFigures, base?: BuildFigures): string[] {
  const ratio = (value: number, of: number) => (of > 0 ? `${(value / of).toFixed(2)}×` : '—');
  return [
    name,
    seconds(totalWallMs(figures)),
    seconds(totalCpuMs(figures)),
    `${megabytes(figures.astro.peakMemoryBytes)} (${megabytes(figures.astro.peakRootMemoryBytes)})`,
    base ? ratio(totalWallMs(figures), totalWallMs(base)) : '',
    base ? ratio(totalCpuMs(figures), totalCpuMs(base)) : '',
  ];
}

function phaseCells(figures: BuildFigures): string[] {
  const { phases, search } = figures;
  const diagrams = phases.diagrams;
  return [
    seconds(phases.startupMs),
    seconds(phases.contentSyncMs),
    seconds(phases.setupMs),
    seconds(phases.bundleMs),
    seconds(phases.pagesMs),
    diagrams ? `${seconds(diagrams.ms)} (${diagrams.rendered} drawn, ${diagrams.fromCache} cached)` : '—',
    `${phases.pagesRendered} / ${phases.pagesReused}`,
    search
      ? `${seconds(search.wallMs)} (${search.by === 'site' ? 'site, after pages' : 'run by bench'})`
      : '—',
  ];
}

export function benchMarkdown(result: BenchResult): string {
  const { machine, ours, baseline, output } = result;
  const drawn = ours.first.phases.diagrams;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const sections = [
    `### ${result.cases.toLocaleString('en')} cases`,
    `Run ${result.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.cpuModel}, ` +
      `${(machine.memoryBytes / 1024 ** 3).toFixed(0)} GB, Node ${machine.node}; ` +
      `load average ${load(machine.loadBefore)} before, ${load(machine.loadAfter)} after. ` +
      `Synthetic cases: ${megabytes(result.generation.bytes)} written in ${seconds(result.generation.ms)}.`,
    table(
      ['build', 'wall', 'CPU', 'peak memory (Node alone)', 'wall / baseline', 'CPU / baseline'],
      [
        buildRow('baseline (bare Astro + Pagefind)', baseline),
        buildRow('first build (no caches)', ours.first, baseline),
        buildRow('cold build (render cache warm)', ours.cold, baseline),
        buildRow('rebuild, no change', ours.noChange, baseline),
        buildRow('rebuild, one case edited', ours.oneEdit, baseline),
      ],
    ),
    'Phases (wall time; diagrams are drawn at the end of content sync and looked up again by the pages; pages rendered / reused from the incremental cache):',
    table(
      [
        'build',
        'start-up',
        'content sync',
        'types & setup',
        'bundle',
        'pages',
        'diagrams',
        'pages',
        'search index',
      ],
      [
        ['baseline', ...phaseCells(baseline)],
        ['first', ...phaseCells(ours.first)],
        ['cold', ...phaseCells(ours.cold)],
        ['no change', ...phaseCells(ours.noChange)],
        ['one edit', ...phaseCells(ours.oneEdit)],
      ],
    ),
    table(
      ['output', 'value'],
      [
        ['whole site', `${megabytes(output.bytes)}, ${output.casePages} case pages`],
        ['Pagefind index', megabytes(output.pagefindBytes)],
        [
          'median case page (gzip)',
          `HTML ${kilobytes(output.medianCasePage.htmlGzBytes)}, CSS ${kilobytes(output.medianCasePage.cssGzBytes)}, ` +
            `JS ${kilobytes(output.medianCasePage.jsGzBytes)}`,
        ],
        [
          'heaviest case page (gzip)',
          `HTML ${kilobytes(output.heaviestCasePage.htmlGzBytes)}, CSS ${kilobytes(output.heaviestCasePage.cssGzBytes)}, ` +
            `JS ${kilobytes(output.heaviestCasePage.jsGzBytes)}`,
        ],
        [
          `first search query “${output.firstQuery.query}”`,
          `${kilobytes(output.firstQuery.bytes)} in ${output.firstQuery.files.length} files ` +
            `(${output.firstQuery.results} results, first 5 loaded)`,
        ],
        [
          'pages a rebuild changed',
          `${result.rebuilds.changedWithoutChanges.length} without changes; ` +
            `${result.rebuilds.changedAfterOneEdit.length} after one edit ` +
            `(${result.rebuilds.changedAfterOneEdit.join(', ') || 'none'})`,
        ],
        [
          'diagrams drawn from scratch',
          drawn && drawn.rendered > 0
            ? `${drawn.rendered} in ${seconds(drawn.ms)}: ${(drawn.ms / drawn.rendered).toFixed(0)} ms each, browser start included`
            : '—',
        ],
      ],
    ),
    table(
      ['budget (set for 1,000 cases)', 'limit', 'measured', 'met'],
      result.budgets.map((budget) => [
        budget.name + (budget.aim ? ' (aim)' : ''),
        budget.limit,
        budget.measured,
        budget.met ? 'yes' : '**no**',
      ]),
    ),
  ];
  return `${sections.join('\n\n')}\n`;
}
