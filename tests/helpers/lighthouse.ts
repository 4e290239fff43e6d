import { createServer } from 'node:net';
import lighthouse, { generateReport, type Result } from 'lighthouse';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** A TCP port nobody listens on now, for Chromium's DevTools endpoint that Lighthouse connects to. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface LighthouseRun {
  /** Category scores, 0–100. */
  scores: Record<LighthouseCategory, number>;
  /** Lab metrics in milliseconds (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** Every URL the page requested while Lighthouse loaded it. */
  requests: string[];
  /** Audits of the four categories that did not pass, with what Lighthouse says of them. */
  failing: { id: string; title: string; score: number; displayValue?: string | undefined }[];
  /** The HTML report, for a person to read. */
  html: string;
  lhr: Result;
}

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/**
 * Lighthouse's default (mobile) configuration — an emulated mid-range phone on a throttled connection —
 * run on `url` in the Chromium listening on `port`.
 */
export async function runLighthouse(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<LighthouseCategory, number>;
  const auditIds = new Set(
    LIGHTHOUSE_CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs.map((ref) => ref.id) ?? []),
  );
  const failing = Object.values(lhr.audits)
    .filter((audit) => auditIds.has(audit.id) && audit.score !== null && audit.score < 1)
    .filter((audit) => audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
    .map(({ id, title, score, displayValue }) => ({ id, title, score: score ?? 0, displayValue }));
  const requestItems = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)
    ?.items;
  return {
    scores,
    metrics: {
      fcp: numeric(lhr, 'first-contentful-paint'),
      lcp: numeric(lhr, 'largest-contentful-paint'),
      tbt: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      speedIndex: numeric(lhr, 'speed-index'),
    },
    requests: (requestItems ?? []).map((item) => item.url),
    failing,
    html: generateReport(lhr, 'html'),
    lhr,
  };
}
