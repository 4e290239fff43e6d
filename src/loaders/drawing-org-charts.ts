import type { Loader } from 'astro/loaders';
import { findChromium } from '../build/chromium';
import { drawOrgCharts } from '../build/diagrams';
import { simplifiedCase } from '../lib/i18n/simplify';
import type { CaseData } from '../schemas/case';

/**
 * The cases' loader, followed by drawing: once the files are loaded and checked, the org charts of every
 * case (and of the simplified reading of a traditional one) are drawn into the render cache. Drawing
 * right after content sync keeps Chromium's memory apart from the build's own peak during page
 * generation, where the pages then find every drawing in the cache. Without a browser, and in
 * `astro dev`, nothing is drawn here: the pages draw, or warn and fall back, as before.
 */
export function drawingOrgCharts(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (context.watcher || !findChromium()) return;
      const charts = context.store.values().flatMap(({ data }) => {
        const caseData = data as CaseData;
        return caseData.lang === 'zh-Hant'
          ? [...caseData.orgCharts, ...simplifiedCase(caseData).orgCharts]
          : caseData.orgCharts;
      });
      await drawOrgCharts(charts);
    },
  };
}
