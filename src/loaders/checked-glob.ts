import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../lib/content/diagnostics';
import type { BodyCheckOptions } from '../lib/content/mdx-body';
import { duplicateSlugs, InvalidSlugError, slugFromPath } from '../lib/content/slug';

export class ContentCheckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `内容检查未通过，共 ${diagnostics.length} 处错误：\n${diagnostics.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'ContentCheckError';
  }
}

type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

interface CheckedGlobOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  pattern: string;
  /** Everything one file of the collection must pass, e.g. `checkCaseFile`. */
  check: (file: string, contents: string, options: BodyCheckOptions) => { diagnostics: Diagnostic[] };
}

/**
 * Astro's glob loader with each file checked first by our own pass: the slug (the file name), then
 * `check` (for cases, `checkCaseFile`: the frontmatter, the MDX body and the metrics). All problems of all files are collected and
 * reported together, in Chinese, each with file, line and field, instead of stopping at the first —
 * and before any MDX is compiled, so a body that would run code never reaches the compiler.
 */
export function checkedGlob({ base, pattern, check }: CheckedGlobOptions): Loader {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const inner = glob({
    base,
    pattern,
    generateId: ({ entry }) => {
      const file = `${base.replace(/^\.\//, '')}/${entry}`;
      files.push(file);
      try {
        return slugFromPath(file);
      } catch (error) {
        if (!(error instanceof InvalidSlugError)) throw error;
        diagnostics.push({ file, line: 1, column: 1, path: '', message: error.message });
        return entry;
      }
    },
  });
  return {
    name: 'casebook-checked-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // Not in LoaderContext's public type, but passed to every loader (Astro's glob() reads it).
      const { entryTypes } = context as ContextWithEntryTypes;
      diagnostics.length = 0;
      files.length = 0;
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
          const file = entry.filePath ? relative(root, entry.filePath) : entry.id;
          const contents = entry.filePath ? readFileSync(entry.filePath, 'utf-8') : '';
          const checked = check(file, contents, {
            fileExists: (path) => existsSync(resolve(dirname(entry.filePath ?? root), path)),
          });
          if (checked.diagnostics.length > 0) {
            diagnostics.push(...checked.diagnostics);
            // Store nothing of a rejected file: its data may be a YAML alias bomb that Astro would expand.
            return {} as typeof entry.data;
          }
          return context.parseData(entry);
        },
      };
      await inner.load(innerContext);
      diagnostics.push(...duplicateSlugs([...new Set(files)]));
      if (diagnostics.length > 0) throw new ContentCheckError(diagnostics.toSorted(compareDiagnostics));
    },
  };
}
