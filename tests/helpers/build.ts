import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as a person running the build sees them. */
  output: string;
  outDir: string;
}

/** Runs the real `astro build` in a child process, into a fresh temporary folder. */
export function buildSite(
  options: { env?: Record<string, string>; force?: boolean } = {},
): Promise<BuildResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-build-'));
  const args = [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  if (options.force) args.push('--force');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, outDir }));
  });
}
