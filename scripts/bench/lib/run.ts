// Runs one command as the benchmark measures it: wall time, peak memory of its process tree, and every
// output line with the time it arrived (phase times are read from these).
import { spawn } from 'node:child_process';
import { sampleTree } from './proc.ts';

export interface LogLine {
  /** Milliseconds since the command started. */
  atMs: number;
  text: string;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  peakMemoryBytes: number;
  peakRootMemoryBytes: number;
  cpuMs: number;
  lines: LogLine[];
}

export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  });
  const usage = sampleTree(child.pid ?? -1);
  const lines: LogLine[] = [];
  const streams = [child.stdout, child.stderr].map((stream) => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      const atMs = performance.now() - started;
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ atMs, text });
    });
    return { flush: () => pending && lines.push({ atMs: performance.now() - started, text: pending }) };
  });
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      usage.stop();
      fail(error);
    });
    child.on('close', (code) => {
      for (const stream of streams) stream.flush();
      done({ code, wallMs: performance.now() - started, ...usage.stop(), lines });
    });
  });
}

/** The output as a person running the command would read it. */
export function outputText(result: RunResult): string {
  return result.lines.map((line) => line.text).join('\n');
}
