// Which pages a rebuild changed: every page a rebuild reuses must come out as a full build would make it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A hash of every HTML page of a built site, by path. */
export function pageHashes(siteDir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    hashes.set(relative(siteDir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** Pages that differ between two builds, or are in only one of them, sorted. */
export function changedPages(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
