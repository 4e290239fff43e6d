import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentKey } from '../lib/content-key';
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../lib/content/diagnostics';
import { splitFrontmatter } from '../lib/content/frontmatter';
import type { BodyCheckOptions } from '../lib/content/mdx-body';
import { usesMdxSyntax } from '../lib/content/mdx-syntax';
import { duplicateSlugs, InvalidSlugError, slugFromPath } from '../lib/content/slug';

export class ContentCheckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `内容检查未通过，共 ${diagnostics.length} 处错误：\n${diagnostics.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'ContentCheckError';
  }
}

type EntryTypes = Map<string, ContentEntryType>;
type ContextWithEntryTypes = LoaderContext & { entryTypes: EntryTypes };
type RenderedEntry = { id: string; filePath?: string | undefined };

interface CheckedGlobOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  pattern: string;
  /** Everything one file of the collection must pass, e.g. `checkCaseFile`. */
  check: (file: string, contents: string, options: BodyCheckOptions) => { diagnostics: Diagnostic[] };
}

interface RenderHooks {
  /** Bodies not to render: those of files the checks rejected, already reported. */
  skip: (entry: RenderedEntry) => boolean;
  onError: (entry: RenderedEntry, message: string) => void;
}

/**
 * Astro compiles an MDX body into a JavaScript module that Vite bundles again on every build: at 1,000
 * cases that is a quarter of a build and most of its memory (BENCHMARKS.md). A body without MDX syntax
 * renders the same as Markdown, so it goes through Astro's Markdown entry type instead, with the same
 * `markdown.processor`: rendered once, during content sync, and kept in the data store until the file
 * changes. A body that fails to render is reported through `onError` (Astro would only log it and
 * leave the page empty).
 */
export function markdownEntryTypes(entryTypes: EntryTypes, { skip, onError }: RenderHooks): EntryTypes {
  const markdown = entryTypes.get('.md');
  const mdx = entryTypes.get('.mdx');
  if (!markdown?.getRenderFunction || !mdx) return entryTypes;
  const getMarkdownRenderer = markdown.getRenderFunction.bind(markdown);
  const renderedMdx: ContentEntryType = {
    ...mdx,
    getRenderFunction: async (config) => {
      const render = await getMarkdownRenderer(config);
      return async (entry) => {
        if (skip(entry)) return { html: '' };
        try {
          return await render(entry);
        } catch (error) {
          onError(entry, `正文无法渲染：${(error as Error).message}`);
          throw error;
        }
      };
    },
  };
  // Without a module type, Astro's glob renders the body at sync instead of compiling a module.
  delete renderedMdx.contentModuleTypes;
  return new Map([...entryTypes, ['.mdx', renderedMdx]]);
}

/**
 * The code a body's rendering depends on: the Markdown processor's plugins and the site's config. Astro
 * keeps rendered bodies in its data store until their file changes and does not notice when a plugin
 * does, so the loader starts from an empty store whenever this changes.
 */
const RENDER_CODE = contentKey(
  import.meta.glob(
    ['../lib/content/*.ts', '../lib/metrics/*.ts', '../../astro.config.mjs', '../../package-lock.json'],
    {
      query: '?raw',
      import: 'default',
      eager: true,
    },
  ),
);
const RENDER_CODE_META = 'render-code';

/** Files of the collection, relative to its folder, split by whether their body needs MDX. */
function filesByKind(baseDir: string, pattern: string): { markdown: string[]; mdx: string[] } {
  const markdown: string[] = [];
  const mdx: string[] = [];
  for (const file of globSync(pattern, { cwd: baseDir })) {
    const { body } = splitFrontmatter(readFileSync(join(baseDir, file), 'utf-8'));
    (usesMdxSyntax(body) ? mdx : markdown).push(file.split(sep).join('/'));
  }
  return { markdown, mdx };
}

/** A glob pattern matching exactly one file name. */
const literalPattern = (entry: string) => entry.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/** The collection's store as a loader sees it that must neither see nor delete the entries `others` holds. */
function storeWithout(store: DataStore, others: ReadonlySet<string>): DataStore {
  return {
    ...store,
    keys: () => store.keys().filter((id) => !others.has(id)),
    values: () => store.entries().flatMap(([id, entry]) => (others.has(id) ? [] : [entry])),
    entries: () => store.entries().filter(([id]) => !others.has(id)),
  };
}

/**
 * Astro's glob loader with each file checked first by our own pass: the slug (the file name), then
 * `check` (for cases, `checkCaseFile`: the frontmatter, the MDX body and the metrics). All problems of all files are collected and
 * reported together, in Chinese, each with file, line and field, instead of stopping at the first —
 * and before any MDX is compiled, so a body that would run code never reaches the compiler.
 *
 * In `astro build`, bodies without MDX syntax are rendered as Markdown (`markdownEntryTypes`): one glob
 * loads those files, another the MDX ones, each with a view of the store holding only its own entries
 * (a glob deletes the entries it did not load). `astro dev` loads every file as MDX, since a file may
 * gain MDX syntax while the server runs.
 */
export function checkedGlob({ base, pattern, check }: CheckedGlobOptions): Loader {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const fileOf = (entry: string) => `${base.replace(/^\.\//, '')}/${entry}`;
  /** The slug of a file; a file name that is no slug keeps its name, reported once when `report` is set. */
  const idOf = (entry: string, report = false) => {
    try {
      return slugFromPath(fileOf(entry));
    } catch (error) {
      if (!(error instanceof InvalidSlugError)) throw error;
      if (report)
        diagnostics.push({ file: fileOf(entry), line: 1, column: 1, path: '', message: error.message });
      return entry;
    }
  };
  const globOf = (patterns: string | string[]) =>
    glob({
      base,
      pattern: patterns,
      generateId: ({ entry }) => {
        files.push(fileOf(entry));
        return idOf(entry, true);
      },
    });
  return {
    name: 'casebook-checked-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const relativeFile = (entry: RenderedEntry) =>
        entry.filePath ? relative(root, entry.filePath) : entry.id;
      // Not in LoaderContext's public type, but passed to every loader (Astro's glob() reads it).
      const { entryTypes } = context as ContextWithEntryTypes;
      diagnostics.length = 0;
      files.length = 0;
      // Entries with a problem leave the store, so that the next build checks them again.
      const failed = new Set<string>();
      const innerContext: ContextWithEntryTypes = {
        ...context,
        // Astro reads the frontmatter before parseData and throws at the first YAML error; let such a
        // file through empty so parseData below reports it with every other problem.
        entryTypes: new Map(
          [...entryTypes].map(([extension, type]) => [
            extension,
            {
              ...type,
              getEntryInfo: async (params: Parameters<ContentEntryType['getEntryInfo']>[0]) => {
                try {
                  return await type.getEntryInfo(params);
                } catch {
                  return { data: {}, body: '', slug: '', rawData: '' };
                }
              },
            },
          ]),
        ),
        parseData: async (entry) => {
          const contents = entry.filePath ? readFileSync(entry.filePath, 'utf-8') : '';
          const checked = check(relativeFile(entry), contents, {
            fileExists: (path) => existsSync(resolve(dirname(entry.filePath ?? root), path)),
          });
          if (checked.diagnostics.length > 0) {
            failed.add(entry.id);
            diagnostics.push(...checked.diagnostics);
            // Store nothing of a rejected file: its data may be a YAML alias bomb that Astro would expand.
            return {} as typeof entry.data;
          }
          return context.parseData(entry);
        },
      };
      if (context.meta.get(RENDER_CODE_META) !== RENDER_CODE) {
        context.store.clear();
        context.meta.set(RENDER_CODE_META, RENDER_CODE);
      }
      if (context.watcher) {
        await globOf(pattern).load(innerContext);
      } else {
        const byKind = filesByKind(
          fileURLToPath(new URL(`${base.replace(/\/?$/, '/')}`, context.config.root)),
          pattern,
        );
        const markdownIds = new Set(byKind.markdown.map((entry) => idOf(entry)));
        const mdxIds = new Set(byKind.mdx.map((entry) => idOf(entry)));
        const renderHooks: RenderHooks = {
          skip: (entry) => failed.has(entry.id),
          onError: (entry, message) => {
            failed.add(entry.id);
            diagnostics.push({ file: relativeFile(entry), line: 1, column: 1, path: '', message });
          },
        };
        if (byKind.markdown.length > 0) {
          await globOf(byKind.markdown.map(literalPattern)).load({
            ...innerContext,
            store: storeWithout(context.store, mdxIds),
            entryTypes: markdownEntryTypes(innerContext.entryTypes, renderHooks),
          } as ContextWithEntryTypes);
        }
        if (byKind.mdx.length > 0) {
          await globOf(byKind.mdx.map(literalPattern)).load({
            ...innerContext,
            store: storeWithout(context.store, markdownIds),
          } as ContextWithEntryTypes);
        }
        // A glob that had no files of its kind did not run: entries whose file is gone leave here.
        for (const id of context.store.keys()) {
          if (!markdownIds.has(id) && !mdxIds.has(id)) context.store.delete(id);
        }
      }
      diagnostics.push(...duplicateSlugs([...new Set(files)]));
      if (diagnostics.length > 0) {
        for (const id of failed) context.store.delete(id);
        throw new ContentCheckError(diagnostics.toSorted(compareDiagnostics));
      }
    },
  };
}
