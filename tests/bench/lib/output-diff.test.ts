import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPages, pageHashes } from '../../../scripts/bench/lib/output-diff';

describe('changedPages', () => {
  it('lists pages changed, added or removed between two builds', () => {
    const before = new Map([
      ['index.html', 'a'],
      ['cases/x/index.html', 'b'],
      ['cases/y/index.html', 'c'],
    ]);
    const after = new Map([
      ['index.html', 'a'],
      ['cases/x/index.html', 'B'],
      ['cases/z/index.html', 'd'],
    ]);
    expect(changedPages(before, after)).toEqual([
      'cases/x/index.html',
      'cases/y/index.html',
      'cases/z/index.html',
    ]);
    expect(changedPages(before, new Map(before))).toEqual([]);
  });
});

describe('pageHashes', () => {
  it('hashes the HTML pages of a site by path, and only them', () => {
    const site = mkdtempSync(join(tmpdir(), 'casebook-hashes-'));
    mkdirSync(join(site, 'cases/x'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>首页</p>');
    writeFileSync(join(site, 'cases/x/index.html'), '<p>案例</p>');
    writeFileSync(join(site, 'style.css'), 'p{}');
    const hashes = pageHashes(site);
    expect([...hashes.keys()].sort()).toEqual(['cases/x/index.html', 'index.html']);
    writeFileSync(join(site, 'cases/x/index.html'), '<p>案例（修订）</p>');
    expect(changedPages(hashes, pageHashes(site))).toEqual(['cases/x/index.html']);
  });
});
