import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBytes, pageAssets, pageWeight, staticImports } from '../../../scripts/bench/lib/page-weight';

describe('pageAssets', () => {
  it('finds stylesheets, module scripts, preloads and inline scripts, not JSON data', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/shared.js">
      <script>theme()</script><script type="application/ld+json">{"a":1}</script>
      <script type="module" src="/_astro/page.js"></script></head></html>`;
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/shared.js', '/_astro/page.js'],
      inlineScripts: ['theme()'],
    });
  });
});

describe('staticImports', () => {
  it('follows static imports of a bundled module and leaves dynamic ones (loaded on use) out', () => {
    const code = 'import{a as b}from"./chunk.js";import"/_astro/side.js";const c=()=>import("./search.js");';
    expect(staticImports(code)).toEqual(['./chunk.js', '/_astro/side.js']);
  });
});

describe('pageWeight', () => {
  it('adds up a page, its stylesheets and its module graph, gzipped', () => {
    const site = mkdtempSync(join(tmpdir(), 'casebook-weight-'));
    const files: Record<string, string> = {
      'cases/a/index.html':
        '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script>' +
        '<script>inline()</script></head><body>案例</body></html>',
      '_astro/a.css': 'body{color:red}',
      '_astro/page.js': 'import"./shared.js";import("./lazy.js");',
      '_astro/shared.js': 'import"./page.js";export const shared=1;',
      '_astro/lazy.js': 'export const lazy=2;',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
    const gz = (path: string) => gzipBytes(files[path] ?? '');
    expect(pageWeight(site, 'cases/a/index.html')).toEqual({
      htmlGzBytes: gz('cases/a/index.html'),
      cssGzBytes: gz('_astro/a.css'),
      jsGzBytes: gz('_astro/page.js') + gz('_astro/shared.js') + gzipBytes('inline()'),
    });
  });
});
