import { describe, expect, it } from 'vitest';
import { parseProcStat, parsePssBytes, processTree, sampleTree } from '../../../scripts/bench/lib/proc';

describe('parseProcStat', () => {
  it('reads pid, parent, CPU ticks (its own and those of ended children) and resident pages, whatever the command name holds', () => {
    const line =
      '6871 (cat) R 6868 6868 26657 0 -1 4194304 98 0 0 0 7 3 4 1 20 0 1 0 152724 3133440 382 18446744073709551615 0';
    expect(parseProcStat(line)).toEqual({ pid: 6871, ppid: 6868, cpuTicks: 15, rssPages: 382 });
    const odd = line.replace('(cat)', '(a (b) c)');
    expect(parseProcStat(odd)).toEqual({ pid: 6871, ppid: 6868, cpuTicks: 15, rssPages: 382 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });
});

describe('processTree', () => {
  it('follows parents down from the root and leaves other processes out', () => {
    const stat = (pid: number, ppid: number) => ({ pid, ppid, cpuTicks: 0, rssPages: 1 });
    const stats = [stat(1, 0), stat(10, 1), stat(11, 10), stat(12, 10), stat(13, 11), stat(20, 1)];
    expect(
      processTree(10, stats)
        .map((entry) => entry.pid)
        .sort(),
    ).toEqual([10, 11, 12, 13]);
    expect(processTree(99, stats)).toEqual([]);
  });
});

describe('parsePssBytes', () => {
  it('reads the proportional set size of smaps_rollup', () => {
    expect(
      parsePssBytes('Rss:                1688 kB\nPss:                 258 kB\nPss_Dirty: 116 kB\n'),
    ).toBe(258 * 1024);
    expect(parsePssBytes('Rss: 1 kB\n')).toBeUndefined();
  });
});

describe('sampleTree', () => {
  it('sees this process: some memory and some CPU time', async () => {
    const sampler = sampleTree(process.pid, 20);
    const until = Date.now() + 150;
    while (Date.now() < until) Math.sqrt(Math.random());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const usage = sampler.stop();
    expect(usage.peakMemoryBytes).toBeGreaterThan(10 * 1024 ** 2);
    expect(usage.peakRootMemoryBytes).toBe(usage.peakMemoryBytes);
    expect(usage.cpuMs).toBeGreaterThan(0);
  });
});
