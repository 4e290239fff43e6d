import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { restrictTable, serializeTable } from '../lib/search/fold';
import { searchablePage } from '../lib/search/index-html';
import { INDEX_LANGUAGE, SEARCH_BUNDLE_DIR, FOLD_TABLE_FILE } from '../lib/search/bundle';
import { simplifiedFoldTable } from '../lib/search/simplified-table';

export interface IndexSummary {
  pages: string[];
  foldTableEntries: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** How many pages may wait in Pagefind's queue. */
const PAGES_AHEAD = 8;

/**
 * Indexes a built site with Pagefind: every page that marks its content with `data-pagefind-body`,
 * rewritten by `searchablePage`, into one index whatever the page's script; then the part of the
 * fold table the browser needs to fold a query the same way.
 */
export async function buildSearchIndex(outDir: string): Promise<IndexSummary> {
  const table = simplifiedFoldTable();
  // One language for every page: Pagefind otherwise splits zh-Hant pages into an index zh-CN pages never read,
  // and a language without segmentation leaves the units of searchablePage as they are.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pages: string[] = [];
  const indexedChars = new Set<string>();
  try {
    // Pagefind indexes in its own process: a few pages are handed over ahead of its answers, so that it
    // indexes one while the next is rewritten here, without queueing the whole site in memory.
    // Each answer is settled into a value at once: an error waits for the end without going unhandled.
    const added: Promise<{ sourcePath: string; url?: string; errors: string[] }>[] = [];
    for (const file of await htmlFiles(outDir)) {
      const page = searchablePage(await readFile(file, 'utf-8'), table);
      if (!page) continue;
      const sourcePath = relative(outDir, file).split(sep).join('/');
      if (added.length >= PAGES_AHEAD) await added[added.length - PAGES_AHEAD];
      added.push(
        index.addHTMLFile({ sourcePath, content: page.html }).then(
          (result) => ({ sourcePath, url: result.file.url, errors: result.errors }),
          (error: unknown) => ({ sourcePath, errors: [String(error)] }),
        ),
      );
      for (const char of page.foldedText) indexedChars.add(char);
    }
    for (const { sourcePath, url, errors } of await Promise.all(added)) {
      if (errors.length > 0 || url === undefined)
        throw new Error(`Pagefind ${sourcePath}: ${errors.join('; ')}`);
      pages.push(url);
    }
    const bundleDir = join(outDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const browserTable = restrictTable(table, indexedChars);
    await mkdir(bundleDir, { recursive: true });
    await writeFile(join(bundleDir, FOLD_TABLE_FILE), JSON.stringify(serializeTable(browserTable)));
    return { pages, foldTableEntries: browserTable.size };
  } finally {
    await pagefind.close();
  }
}

/** Builds the search index after every `astro build`. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'casebook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `${summary.pages.length} 个页面已编入检索索引（简繁对照 ${summary.foldTableEntries} 字）`,
        );
      },
    },
  };
}
