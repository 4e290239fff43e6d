// Phase times of one `astro build`, read from when its log lines arrived.
import type { LogLine } from './run.ts';

export interface BuildPhases {
  /** Node and Astro start-up, config and integrations, until content sync starts. */
  startupMs: number;
  /** Content layer: files read, frontmatter checked, data store written. */
  contentSyncMs: number;
  /** Types and build info, until bundling starts. */
  setupMs: number;
  /** Vite/Rolldown bundles every page and every MDX module. */
  bundleMs: number;
  /** Static routes generated: getStaticPaths (diagrams included) and rendering. */
  pagesMs: number;
  /** After the last page: `astro:build:done` hooks (a search index, sitemaps …) until the process exits. */
  afterPagesMs: number;
  /** The org-chart step inside `pagesMs`, as the site logs it. */
  diagrams?: DiagramLog;
  /** Pages re-rendered, and pages reused from the incremental build cache. */
  pagesRendered: number;
  pagesReused: number;
}

export interface DiagramLog {
  requested: number;
  rendered: number;
  fromCache: number;
  ms: number;
}

const DIAGRAM_LINE =
  /\[diagrams\] (\d+) 张组织架构图：新绘制 (\d+) 张，缓存命中 (\d+) 张(?:（绘制用时 (\d+) ms)?/;

export function parseDiagramLine(text: string): DiagramLog | undefined {
  const match = DIAGRAM_LINE.exec(text);
  if (!match) return undefined;
  const [requested, rendered, fromCache, ms] = match.slice(1).map((value) => Number(value ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return { requested, rendered, fromCache, ms };
}

/** The markers Astro prints between phases; a missing marker leaves its phase at 0 rather than failing. */
export function buildPhases(lines: readonly LogLine[], wallMs: number): BuildPhases {
  const at = (pattern: RegExp, after = 0) =>
    lines.find((line) => line.atMs >= after && pattern.test(line.text))?.atMs;
  const syncStart = at(/\[content\] Syncing content/) ?? 0;
  const syncEnd = at(/\[content\] Synced content/, syncStart) ?? syncStart;
  const bundleStart = at(/Building static entrypoints/, syncEnd) ?? syncEnd;
  const pagesStart = at(/(generating|prerendering) static routes/, bundleStart) ?? bundleStart;
  const pagesEnd = at(/✓ Completed in/, pagesStart) ?? pagesStart;
  // One line per route that draws (case pages, their simplified readings): the build's total is their sum.
  const diagrams = lines
    .map((line) => parseDiagramLine(line.text))
    .filter((log) => log !== undefined)
    .reduce<DiagramLog | undefined>(
      (sum, log) =>
        sum
          ? {
              requested: sum.requested + log.requested,
              rendered: sum.rendered + log.rendered,
              fromCache: sum.fromCache + log.fromCache,
              ms: sum.ms + log.ms,
            }
          : log,
      undefined,
    );
  const pageLines = lines.filter((line) => /^\S*\s+├─ \//.test(line.text));
  const pagesReused = pageLines.filter((line) => /\((cached|restored)\)/.test(line.text)).length;
  return {
    startupMs: syncStart,
    contentSyncMs: syncEnd - syncStart,
    setupMs: bundleStart - syncEnd,
    bundleMs: pagesStart - bundleStart,
    pagesMs: pagesEnd - pagesStart,
    afterPagesMs: wallMs - pagesEnd,
    ...(diagrams ? { diagrams } : {}),
    pagesRendered: pageLines.length - pagesReused,
    pagesReused,
  };
}
