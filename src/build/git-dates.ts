import { execFileSync } from 'node:child_process';

/**
 * The date each file under `dir` was last changed, from one `git log` over the folder (not one call per
 * file). Empty without git or outside a repository: pages then simply show no date.
 */
export function lastChangedDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], {
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}
