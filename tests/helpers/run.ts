import { spawnSync } from 'node:child_process';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript scripts the way `npm run` does (through tsx). */
export function runScript(
  script: string,
  args: string[] = [],
  options: { env?: Record<string, string>; input?: string } = {},
): RunResult {
  const result = spawnSync('node_modules/.bin/tsx', [script, ...args], {
    encoding: 'utf-8',
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
