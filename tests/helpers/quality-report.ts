import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LighthouseCategory, LighthouseRun } from './lighthouse';
import type { NuReport } from './nu-checker';

export interface AxeRun {
  page: string;
  width: number;
  scheme: 'light' | 'dark';
  violations: { rule: string; impact: string; help: string; targets: string[] }[];
}

/** What the quality gate measured, written to reports/ after every run. */
export interface QualityReport {
  /** Seconds per part of the gate. */
  seconds: Record<string, number>;
  /** Every page loaded on a phone: console errors, failed or external requests, sideways scroll. */
  pages: { loaded: number; problems: string[] };
  axe: AxeRun[];
  nu?: NuReport & { pages: number };
  lighthouse: Record<string, Pick<LighthouseRun, 'scores' | 'metrics' | 'failing'> & { url: string }>;
}

export function emptyReport(): QualityReport {
  return { seconds: {}, pages: { loaded: 0, problems: [] }, axe: [], lighthouse: {} };
}

const CATEGORY_NAMES: Record<LighthouseCategory, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

function markdown(report: QualityReport): string {
  const lines = [
    '# Quality gate',
    '',
    'Measured by `npx vitest run tests/browser/quality-gate.test.ts`.',
    '',
  ];
  lines.push('## Lighthouse (mobile: default configuration, simulated throttling)', '');
  const categories = Object.keys(CATEGORY_NAMES) as LighthouseCategory[];
  lines.push(
    `| page | ${categories.map((id) => CATEGORY_NAMES[id]).join(' | ')} | FCP | LCP | TBT | CLS |`,
    `| --- | ${categories.map(() => '---').join(' | ')} | --- | --- | --- | --- |`,
  );
  for (const [name, run] of Object.entries(report.lighthouse)) {
    const { fcp, lcp, tbt, cls } = run.metrics;
    lines.push(
      `| ${name} (${run.url}) | ${categories.map((id) => run.scores[id]).join(' | ')} | ` +
        `${Math.round(fcp)} ms | ${Math.round(lcp)} ms | ${Math.round(tbt)} ms | ${cls.toFixed(3)} |`,
    );
  }
  const violations = report.axe.flatMap((run) =>
    run.violations.map(
      (violation) =>
        `- ${run.page} ${run.width}px ${run.scheme}: ${violation.rule} — ${violation.help} (${violation.targets.join(', ')})`,
    ),
  );
  const pageTypes = new Set(report.axe.map((run) => run.page));
  lines.push(
    '',
    '## axe-core (WCAG 2.0/2.1/2.2 A and AA rules)',
    '',
    `${report.axe.length} runs: ${pageTypes.size} page types × 390 and 1280 px × light and dark; ${violations.length} violations.`,
    ...violations,
    '',
    '## W3C Nu HTML checker',
    '',
  );
  if (report.nu) {
    lines.push(
      `${report.nu.pages} pages; ${report.nu.errors.length} errors, ${report.nu.warnings.length} warnings, ${report.nu.infos} informational notes.`,
      ...[...report.nu.errors, ...report.nu.warnings].map(
        (finding) => `- ${finding.file}:${finding.line ?? '?'}:${finding.column ?? '?'} ${finding.message}`,
      ),
    );
  }
  lines.push(
    '',
    '## Every page on a 390 × 844 phone',
    '',
    `${report.pages.loaded} pages loaded; ${report.pages.problems.length} problems (console errors, failed or external requests, sideways scroll).`,
    ...report.pages.problems.map((problem) => `- ${problem}`),
    '',
    '## Time (seconds, 2 cores)',
    '',
    ...Object.entries(report.seconds).map(([part, seconds]) => `- ${part}: ${seconds.toFixed(1)}`),
    '',
  );
  return lines.join('\n');
}

/** reports/quality-gate.md (for people), reports/quality-gate.json and reports/lighthouse.json. */
export function writeReport(dir: string, report: QualityReport): void {
  mkdirSync(dir, { recursive: true });
  // Runs finish in any order when two run at once.
  report.axe.sort((a, b) =>
    `${a.width} ${a.scheme} ${a.page}`.localeCompare(`${b.width} ${b.scheme} ${b.page}`),
  );
  writeFileSync(join(dir, 'quality-gate.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'lighthouse.json'), `${JSON.stringify(report.lighthouse, null, 2)}\n`);
  writeFileSync(join(dir, 'quality-gate.md'), markdown(report));
}
