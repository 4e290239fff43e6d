import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBytes, pagefindBundles, transferBytes } from '../../../scripts/bench/lib/search-weight';
import { gzipBytes } from '../../../scripts/bench/lib/page-weight';

describe('pagefindBundles', () => {
  it('finds every Pagefind bundle of a site by its entry file, whatever the folder is called', () => {
    const site = mkdtempSync(join(tmpdir(), 'casebook-bundles-'));
    for (const dir of ['pagefind', 'assets/search']) {
      mkdirSync(join(site, dir), { recursive: true });
      writeFileSync(join(site, dir, 'pagefind-entry.json'), '{}');
    }
    writeFileSync(join(site, 'index.html'), '<html></html>');
    expect(pagefindBundles(site).sort()).toEqual([join(site, 'assets/search'), join(site, 'pagefind')]);
    expect(folderBytes(site)).toBe(2 + 2 + 13);
  });
});

describe('transferBytes', () => {
  it("counts Pagefind's already compressed files as they are, and gzips scripts and JSON", () => {
    const body = new TextEncoder().encode('x'.repeat(1000));
    expect(transferBytes('/pagefind/index/zh-cn_1.pf_index', body)).toBe(1000);
    expect(transferBytes('/pagefind/wasm.unknown.pagefind', body)).toBe(1000);
    expect(transferBytes('/pagefind/pagefind.js', body)).toBe(gzipBytes(body));
  });
});
