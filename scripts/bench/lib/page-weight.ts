// What a reader's browser downloads for one built page before any interaction, gzipped as a server sends it.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlGzBytes: number;
  /** Linked stylesheets (inline styles are part of the HTML). */
  cssGzBytes: number;
  /** Module scripts with their static imports, and inline scripts; dynamic imports (loaded on use) excluded. */
  jsGzBytes: number;
}

export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Stylesheets, external scripts and inline scripts of an HTML document. */
export function pageAssets(html: string): {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
} {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && rel === 'stylesheet') stylesheets.push(href);
    if (href && rel === 'modulepreload') scripts.push(href);
  }
  for (const [, tag = '', body = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const src = attribute(tag, 'src');
    const type = attribute(tag, 'type');
    if (src) scripts.push(src);
    else if (!type || type === 'module' || type === 'text/javascript') inlineScripts.push(body);
  }
  return { stylesheets: [...new Set(stylesheets)], scripts: [...new Set(scripts)], inlineScripts };
}

/** Static `import … from "x"` and `import "x"` of a bundled module; `import("x")` is left out on purpose. */
export function staticImports(code: string): string[] {
  const specifiers = [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)];
  return specifiers.map((match) => match[1] ?? '').filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
}

/** A URL on the built site as a path inside `siteDir`, for a document at `fromFile`. */
function fileOf(siteDir: string, fromFile: string, url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? join(siteDir, path) : join(dirname(fromFile), path);
}

export function pageWeight(siteDir: string, pagePath: string): PageWeight {
  const pageFile = join(siteDir, pagePath);
  const html = readFileSync(pageFile, 'utf-8');
  const { stylesheets, scripts, inlineScripts } = pageAssets(html);
  const cssGzBytes = stylesheets.reduce(
    (sum, href) => sum + gzipBytes(readFileSync(fileOf(siteDir, pageFile, href))),
    0,
  );
  const modules = new Set<string>();
  const pending = scripts.map((src) => fileOf(siteDir, pageFile, src));
  for (let file = pending.pop(); file; file = pending.pop()) {
    const normalized = posix.normalize(file);
    if (modules.has(normalized)) continue;
    modules.add(normalized);
    const code = readFileSync(normalized, 'utf-8');
    pending.push(...staticImports(code).map((specifier) => fileOf(siteDir, normalized, specifier)));
  }
  const jsGzBytes =
    [...modules].reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0) +
    inlineScripts.reduce((sum, code) => sum + (code.trim() ? gzipBytes(code) : 0), 0);
  return { htmlGzBytes: gzipBytes(html), cssGzBytes, jsGzBytes };
}
