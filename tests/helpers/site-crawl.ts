import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a built site, as paths relative to its folder. */
export function htmlFiles(outDir: string, dir = outDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(outDir, path);
    return name.endsWith('.html') ? [relative(outDir, path)] : [];
  });
}

export function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#34;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The `href`s of a page's links (`<a>` elements), decoded. */
export function linkHrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? '')));
}

const ORIGIN = 'http://site.test';

/** The file a URL path of the site is served from, or undefined when it leaves the site. */
export function fileForPath(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Follows every internal link from the home page the way a reader can, and reports the pages
 * reached and every link whose target file or anchor does not exist.
 */
export function crawl(outDir: string, base: string): { reached: Set<string>; broken: BrokenLink[] } {
  const reached = new Set<string>(['index.html']);
  const queue = ['index.html'];
  const broken: BrokenLink[] = [];
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = idsOf.get(file);
    if (!found) {
      found = elementIds(readFileSync(join(outDir, file), 'utf-8'));
      idsOf.set(file, found);
    }
    return found;
  };
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), ORIGIN);
    for (const href of linkHrefs(readFileSync(join(outDir, page), 'utf-8'))) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue;
      const file = fileForPath(url.pathname, base);
      if (file === undefined || !existsSync(join(outDir, file))) {
        broken.push({ page, href, reason: 'no such page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !ids(file).has(anchor)) {
        broken.push({ page, href, reason: `no element with id “${anchor}”` });
      }
      if (file.endsWith('.html') && !reached.has(file)) {
        reached.add(file);
        queue.push(file);
      }
    }
  }
  return { reached, broken };
}
