import { describe, expect, it } from 'vitest';
import { buildPhases, parseDiagramLine } from '../../../scripts/bench/lib/build-log';

const at = (atMs: number, text: string) => ({ atMs, text });

describe('buildPhases', () => {
  it("splits a build into phases at Astro's log markers, summing the diagram batches", () => {
    const lines = [
      at(1800, '09:02:26 [content] Syncing content'),
      at(2300, '09:02:26 [content] Synced content'),
      at(2400, '09:02:26 [types] Generated 2.43s'),
      at(2600, '09:02:27 [build] Building static entrypoints...'),
      at(9600, '09:02:34 [vite] ✓ built in 6.9s'),
      at(9700, ' generating static routes '),
      at(9900, '[diagrams] 20 张组织架构图：新绘制 4 张，缓存命中 16 张（绘制用时 150 ms，含启动浏览器）'),
      at(9950, '[diagrams] 6 张组织架构图：新绘制 0 张，缓存命中 6 张'),
      at(10100, '09:02:35   ├─ /cases/a/index.html (+8ms) '),
      at(10200, '09:02:35   ├─ /cases/b/index.html (cached)'),
      at(10300, '09:02:35   ├─ /index.html (+8ms) '),
      at(10400, '09:02:35 ✓ Completed in 0.7s.'),
      at(10500, '09:02:35 [build] ✓ Completed in 8.1s.'),
      at(11900, '09:02:36 [build] Complete!'),
    ];
    expect(buildPhases(lines, 12000)).toEqual({
      startupMs: 1800,
      contentSyncMs: 500,
      setupMs: 300,
      bundleMs: 7100,
      pagesMs: 700,
      afterPagesMs: 1600,
      diagrams: { requested: 26, rendered: 4, fromCache: 22, ms: 150 },
      pagesRendered: 2,
      pagesReused: 1,
    });
  });

  it('leaves a phase at 0 when its marker is missing', () => {
    const phases = buildPhases([at(500, 'something else')], 1000);
    expect(phases).toMatchObject({
      startupMs: 0,
      contentSyncMs: 0,
      bundleMs: 0,
      pagesMs: 0,
      afterPagesMs: 1000,
    });
    expect(phases.diagrams).toBeUndefined();
  });
});

describe('parseDiagramLine', () => {
  it('reads drawn diagrams with the browser start', () => {
    expect(
      parseDiagramLine(
        '[diagrams] 11 张组织架构图：新绘制 11 张，缓存命中 0 张（绘制用时 3673 ms，含启动浏览器）',
      ),
    ).toEqual({ requested: 11, rendered: 11, fromCache: 0, ms: 3673 });
  });

  it('reads a batch served from the cache, which takes no drawing time', () => {
    expect(parseDiagramLine('[diagrams] 5 张组织架构图：新绘制 0 张，缓存命中 5 张')).toEqual({
      requested: 5,
      rendered: 0,
      fromCache: 5,
      ms: 0,
    });
  });
});
