import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';

const drawn: unknown[][] = [];
vi.mock('../../src/build/diagrams', () => ({
  drawOrgCharts: async (charts: unknown[]) => void drawn.push(charts),
}));
vi.mock('../../src/build/chromium', () => ({ findChromium: () => '/usr/bin/chromium' }));
const { drawingOrgCharts } = await import('../../src/loaders/drawing-org-charts');
const { caseSchema } = await import('../../src/schemas/case');
const { validCase } = await import('../fixtures/cases');

const chart = (title: string) => ({ title, direction: 'TB', root: { name: title } });
const caseData = (lang: string, title: string) =>
  caseSchema.parse({ ...validCase(), lang, orgCharts: [chart(title)] }) as unknown as Record<string, unknown>;
const context = (entries: Record<string, unknown>[], watcher?: object) =>
  ({ store: { values: () => entries.map((data) => ({ data })) }, watcher }) as unknown as LoaderContext;

describe('drawingOrgCharts', () => {
  it('draws, once loading is done, the charts of every case and of simplified readings', async () => {
    drawn.length = 0;
    const order: string[] = [];
    const inner = { name: 'inner', load: async () => void order.push('loaded') };
    await drawingOrgCharts(inner).load(context([caseData('zh-Hans', '党组'), caseData('zh-Hant', '黨組')]));
    order.push(`drawn ${drawn.length}`);
    expect(order).toEqual(['loaded', 'drawn 1']);
    expect((drawn[0] as { title: string }[]).map(({ title }) => title)).toEqual(['党组', '黨組', '党组']);
  });

  it('draws nothing while `astro dev` watches the files', async () => {
    drawn.length = 0;
    await drawingOrgCharts({ name: 'inner', load: async () => {} }).load(
      context([{ lang: 'zh-Hans', orgCharts: [chart('党组')] }], {}),
    );
    expect(drawn).toEqual([]);
  });
});
