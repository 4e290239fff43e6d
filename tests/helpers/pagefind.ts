import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/engine';

let nativeFetch: typeof fetch | undefined;

/** Lets pagefind.js read its bundle from disk: `fetch` answers file: URLs from the file system. */
function serveFilesToFetch() {
  if (nativeFetch) return;
  nativeFetch = globalThis.fetch;
  const fallback = nativeFetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return fallback(input, init);
    try {
      return new Response(await readFile(fileURLToPath(new URL(url.pathname, url))));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

let loads = 0;

/**
 * Pagefind's own browser search module, run in Node against a built bundle, as a page whose
 * `<html lang>` is `lang` would run it.
 */
export async function loadPagefind(
  bundleDir: string,
  { lang = 'zh-CN', options = {} }: { lang?: string; options?: object } = {},
): Promise<PagefindApi & { destroy(): Promise<void> }> {
  serveFilesToFetch();
  // pagefind.js reads the page language from the document when it starts.
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null),
    },
  });
  const url = `${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?load=${(loads += 1)}`;
  const module = (await import(/* @vite-ignore */ url)) as {
    createInstance(options: object): PagefindApi & { destroy(): Promise<void> };
  };
  return module.createInstance({ ...options, basePath: `${pathToFileURL(bundleDir).href}/`, baseUrl: '/' });
}
