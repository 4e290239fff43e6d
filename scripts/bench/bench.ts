// The benchmark: N synthetic cases built by this site and by a bare Astro baseline, with budgets.
// Usage: npm run bench -- --cases 1000 [--out DIR] [--render-cache DIR] [--keep] [--report-only]
// Budgets are set for 1,000 cases: from 1,000 cases up a missed budget fails the run (unless --report-only).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets } from './lib/budgets.ts';
import { buildPhases } from './lib/build-log.ts';
import { pageWeight } from './lib/page-weight.ts';
import { changedPages, pageHashes } from './lib/output-diff.ts';
import { copySite, writeBaseline } from './lib/projects.ts';
import {
  benchMarkdown,
  totalCpuMs,
  totalWallMs,
  type BenchResult,
  type BuildFigures,
  type Step,
} from './lib/report.ts';
import { outputText, runMeasured, type RunResult } from './lib/run.ts';
import { firstQuery, folderBytes, pagefindBundles } from './lib/search-weight.ts';
import { EDIT_MARK, editedCase, syntheticCase } from './lib/synthetic-cases.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(REPO_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
/** The query a reader is most likely to type first on this site. */
const FIRST_QUERY = '党建';

export interface BenchOptions {
  cases: number;
  /** Keep the temporary projects for inspection. */
  keep?: boolean;
  /** A render cache (diagrams, share images) kept between runs (the cases are the same on every run); by default a fresh one. */
  renderCache?: string | undefined;
  /** Progress lines go here. */
  log?: (line: string) => void;
}

function step(run: RunResult): Step {
  const { wallMs, cpuMs, peakMemoryBytes, peakRootMemoryBytes } = run;
  return { wallMs, cpuMs, peakMemoryBytes, peakRootMemoryBytes };
}

async function checked(label: string, run: Promise<RunResult>): Promise<RunResult> {
  const result = await run;
  if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code}):\n${outputText(result)}`);
  return result;
}

/** One `astro build`, and a Pagefind run over its output when the site did not index itself. */
async function build(projectDir: string, env: Record<string, string>, label: string): Promise<BuildFigures> {
  const astro = await checked(
    label,
    runMeasured(process.execPath, [ASTRO, 'build'], { cwd: projectDir, env }),
  );
  const outDir = join(projectDir, 'dist');
  const figures: BuildFigures = { astro: step(astro), phases: buildPhases(astro.lines, astro.wallMs) };
  if (pagefindBundles(outDir).length > 0) {
    // The site's own index: built by an integration after the last page.
    figures.search = { by: 'site', wallMs: figures.phases.afterPagesMs };
    return figures;
  }
  const pagefind = await checked(
    `${label}: pagefind`,
    runMeasured(process.execPath, [PAGEFIND, '--site', outDir], { cwd: projectDir }),
  );
  figures.search = { by: 'bench', ...step(pagefind) };
  return figures;
}

function removeBuildState(projectDir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(projectDir, path), { recursive: true, force: true });
  }
}

/** The page of each case (`cases/<slug>/index.html`) of a built site, relative to it. */
function casePages(outDir: string): string[] {
  return readdirSync(join(outDir, 'cases'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('cases', entry.name, 'index.html'))
    .filter((path) => existsSync(join(outDir, path)));
}

export async function runBench({
  cases,
  keep = false,
  renderCache,
  log = console.log,
}: BenchOptions): Promise<BenchResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  const loadBefore = loadavg();
  try {
    const casesDir = join(workDir, 'cases');
    const siteDir = join(workDir, 'site');
    const baselineDir = join(workDir, 'baseline');
    const env = {
      CASEBOOK_CASES_DIR: casesDir,
      CASEBOOK_RENDER_CACHE: renderCache ? resolve(renderCache) : join(workDir, 'render-cache'),
    };

    log(`[bench] ${cases} synthetic cases → ${casesDir}`);
    const generationStarted = performance.now();
    mkdirSync(casesDir, { recursive: true });
    const files: string[] = [];
    for (let index = 0; index < cases; index++) {
      const synthetic = syntheticCase(index);
      const file = join(casesDir, `${synthetic.slug}.mdx`);
      writeFileSync(file, synthetic.text);
      files.push(file);
    }
    const generationMs = performance.now() - generationStarted;
    copySite(REPO_ROOT, siteDir);
    writeBaseline(REPO_ROOT, baselineDir, casesDir);

    log(
      `[bench] first build: no Astro caches${renderCache ? `, render cache ${renderCache}` : ', every diagram and share image drawn'}`,
    );
    const first = await build(siteDir, env, 'first build');
    log('[bench] cold build: Astro caches removed, render cache (diagrams, share images) kept');
    removeBuildState(siteDir);
    const cold = await build(siteDir, env, 'cold build');
    const coldPages = pageHashes(join(siteDir, 'dist'));
    log('[bench] baseline: bare Astro, the same MDX and Markdown processor, Pagefind');
    const baseline = await build(baselineDir, {}, 'baseline build');
    log('[bench] rebuild without changes');
    const noChange = await build(siteDir, env, 'rebuild without changes');
    const noChangePages = pageHashes(join(siteDir, 'dist'));
    log('[bench] rebuild after editing one case');
    const edited = files[Math.floor(files.length / 2)] ?? '';
    writeFileSync(edited, editedCase(readFileSync(edited, 'utf-8'), 1));
    const oneEdit = await build(siteDir, env, 'rebuild after one edit');
    const editedPage = join('cases', basename(edited, '.mdx'), 'index.html');
    if (!readFileSync(join(siteDir, 'dist', editedPage), 'utf-8').includes(EDIT_MARK)) {
      throw new Error(`the rebuild after one edit left ${editedPage} as it was`);
    }

    log('[bench] measuring the output');
    const outDir = join(siteDir, 'dist');
    const weights = casePages(outDir)
      .map((path) => ({ path, ...pageWeight(outDir, path) }))
      .sort((a, b) => a.htmlGzBytes - b.htmlGzBytes);
    const medianPage = weights[Math.floor(weights.length / 2)];
    const heaviestPage = weights.at(-1);
    if (!medianPage || !heaviestPage) throw new Error('the build has no case pages');
    const [bundle] = pagefindBundles(outDir);
    if (!bundle) throw new Error('the build has no Pagefind index');
    const query = await firstQuery(outDir, bundle, medianPage.path, FIRST_QUERY);

    const drawn = first.phases.diagrams;
    const msPerDiagram = drawn && drawn.rendered > 0 ? drawn.ms / drawn.rendered : undefined;
    const ourBuilds = [first, cold, noChange, oneEdit];
    const result: BenchResult = {
      cases,
      date: new Date().toISOString(),
      machine: {
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryBytes: totalmem(),
        node: process.version,
        loadBefore,
        loadAfter: loadavg(),
      },
      generation: { ms: generationMs, bytes: folderBytes(casesDir) },
      ours: { first, cold, noChange, oneEdit },
      rebuilds: {
        changedWithoutChanges: changedPages(coldPages, noChangePages),
        changedAfterOneEdit: changedPages(noChangePages, pageHashes(outDir)),
        editedPage,
      },
      baseline,
      output: {
        bytes: folderBytes(outDir),
        pagefindBytes: pagefindBundles(outDir).reduce((sum, dir) => sum + folderBytes(dir), 0),
        casePages: weights.length,
        medianCasePage: medianPage,
        heaviestCasePage: heaviestPage,
        firstQuery: query,
      },
      budgets: checkBudgets({
        coldMs: totalWallMs(cold),
        coldCpuMs: totalCpuMs(cold),
        baselineMs: totalWallMs(baseline),
        baselineCpuMs: totalCpuMs(baseline),
        editRebuildMs: totalWallMs(oneEdit),
        editRebuildCpuMs: totalCpuMs(oneEdit),
        msPerDiagram,
        peakMemoryBytes: Math.max(...ourBuilds.map((figures) => figures.astro.peakMemoryBytes)),
        caseJsGzBytes: heaviestPage.jsGzBytes,
        caseHtmlCssGzBytes: heaviestPage.htmlGzBytes + heaviestPage.cssGzBytes,
      }),
    };
    return result;
  } finally {
    if (keep) log(`[bench] projects kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '1000' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'render-cache': { type: 'string' },
      'report-only': { type: 'boolean', default: false },
    },
  });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1)
    throw new Error(`--cases must be a positive integer, not ${values.cases}`);
  const result = await runBench({ cases, keep: values.keep, renderCache: values['render-cache'] });
  const markdown = benchMarkdown(result);
  console.log(`\n${markdown}`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `bench-${cases}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(values.out, `bench-${cases}.md`), markdown);
  }
  const missed = result.budgets.filter((budget) => !budget.met && !budget.aim);
  if (cases >= 1000 && missed.length > 0 && !values['report-only']) {
    console.error(`[bench] budgets missed: ${missed.map((budget) => budget.name).join('; ')}`);
    process.exitCode = 1;
  }
}
