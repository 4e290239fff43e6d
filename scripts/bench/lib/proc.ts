// Memory and CPU time of a process and everything it started (Chromium, Pagefind), read from Linux's /proc.
import { readdirSync, readFileSync } from 'node:fs';

// Linux's page size and USER_HZ on the machines this runs on (x86-64 and arm64 alike).
const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

export interface ProcStat {
  pid: number;
  ppid: number;
  /** User and system CPU time so far, its own and that of its children that have ended, in clock ticks. */
  cpuTicks: number;
  /** Resident set size in pages. */
  rssPages: number;
}

/** Parses /proc/<pid>/stat. The command name may hold spaces and parentheses, so fields are counted from its end. */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17) … rss(24), numbered as in proc(5).
  const fields = text.slice(close + 2).split(' ');
  const numbers = [text.slice(0, open).trim(), ...[1, 11, 12, 13, 14, 21].map((index) => fields[index])].map(
    Number,
  );
  if (!numbers.every(Number.isInteger)) return undefined;
  const [pid = 0, ppid = 0, utime = 0, stime = 0, cutime = 0, cstime = 0, rssPages = 0] = numbers;
  return { pid, ppid, cpuTicks: utime + stime + cutime + cstime, rssPages };
}

/** `root` and all its descendants. */
export function processTree(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const siblings = children.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else children.set(stat.ppid, [stat]);
  }
  const tree: ProcStat[] = [];
  const pending = stats.filter((stat) => stat.pid === root);
  for (let stat = pending.pop(); stat; stat = pending.pop()) {
    tree.push(stat);
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

function readStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf-8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

/** Proportional set size: resident memory with pages shared between processes (Chromium's) counted once. */
export function parsePssBytes(smapsRollup: string): number | undefined {
  const kilobytes = /^Pss:\s+(\d+) kB$/m.exec(smapsRollup)?.[1];
  return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
}

/** The root's memory is its resident set; other processes (Chromium's) share pages, so theirs is their PSS. */
function memoryBytes(stat: ProcStat, root: number): number {
  if (stat.pid === root) return stat.rssPages * PAGE_BYTES;
  try {
    return (
      parsePssBytes(readFileSync(`/proc/${stat.pid}/smaps_rollup`, 'utf-8')) ?? stat.rssPages * PAGE_BYTES
    );
  } catch {
    return stat.rssPages * PAGE_BYTES;
  }
}

export interface TreeUsage {
  /** Highest memory of the whole tree at any sample, in bytes. */
  peakMemoryBytes: number;
  /** Highest memory of the root process alone (the build's Node process, without Chromium or Pagefind). */
  peakRootMemoryBytes: number;
  /**
   * CPU time of the tree: every live process and, through their parents, every process that ended. Read at
   * each sample, so up to one interval of the root's last work is missed.
   */
  cpuMs: number;
}

/** Samples a process tree until stopped (zeros where there is no /proc). Half a second costs a few % of a core. */
export function sampleTree(root: number, intervalMs = 500): { stop: () => TreeUsage } {
  let peakMemoryBytes = 0;
  let peakRootMemoryBytes = 0;
  let cpuTicks = 0;
  const sample = () => {
    try {
      const tree = processTree(root, readStats());
      const memory = tree.map((stat) => ({ pid: stat.pid, bytes: memoryBytes(stat, root) }));
      peakMemoryBytes = Math.max(
        peakMemoryBytes,
        memory.reduce((sum, { bytes }) => sum + bytes, 0),
      );
      peakRootMemoryBytes = Math.max(peakRootMemoryBytes, memory.find(({ pid }) => pid === root)?.bytes ?? 0);
      cpuTicks = Math.max(
        cpuTicks,
        tree.reduce((sum, stat) => sum + stat.cpuTicks, 0),
      );
    } catch {
      // No /proc on this system.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMemoryBytes, peakRootMemoryBytes, cpuMs: (cpuTicks * 1000) / TICKS_PER_SECOND };
    },
  };
}
