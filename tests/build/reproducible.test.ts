import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';

function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

describe('two clean builds of the same commit', () => {
  it('produce byte-identical output', { timeout: 180_000 }, async () => {
    const clean = () =>
      buildSite({
        env: { CASEBOOK_RENDER_CACHE: mkdtempSync(join(tmpdir(), 'casebook-diagrams-')) },
        force: true,
      });
    const first = await clean();
    expect(first.code, first.output).toBe(0);
    const second = await clean();
    expect(second.code, second.output).toBe(0);
    const names = files(first.outDir).sort();
    expect(files(second.outDir).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(100);
    const differing = names.filter(
      (name) => !readFileSync(join(first.outDir, name)).equals(readFileSync(join(second.outDir, name))),
    );
    expect(differing).toEqual([]);
  });
});
