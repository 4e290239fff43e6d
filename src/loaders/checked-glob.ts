import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  checkFrontmatter,
  formatDiagnostic,
  type Diagnostic,
  type FieldLocator,
} from '../lib/content/diagnostics';
import { InvalidSlugError, slugFromPath } from '../lib/content/slug';

export class ContentCheckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `内容检查未通过，共 ${diagnostics.length} 处错误：\n${diagnostics.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'ContentCheckError';
  }
}

interface CheckedGlobOptions<S extends z.ZodType> {
  /** Folder of the collection, relative to the project root. */
  base: string;
  pattern: string;
  schema: S;
  /** Checks of a file whose frontmatter is valid: its data against its body. */
  check?: (file: string, data: z.output<S>, body: string, locate: FieldLocator) => Diagnostic[];
}

/**
 * Astro's glob loader with every file checked first by our own pass: the slug (the file name), the
 * frontmatter, then `check` (e.g. the metrics against the body). All problems of all files are
 * collected and reported together, in Chinese, each with file, line and field, instead of stopping
 * at the first.
 */
export function checkedGlob<S extends z.ZodType>({
  base,
  pattern,
  schema,
  check,
}: CheckedGlobOptions<S>): Loader {
  const diagnostics: Diagnostic[] = [];
  const inner = glob({
    base,
    pattern,
    generateId: ({ entry }) => {
      const file = `${base.replace(/^\.\//, '')}/${entry}`;
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
      diagnostics.length = 0;
      await inner.load({
        ...context,
        parseData: async (entry) => {
          const file = entry.filePath ? relative(root, entry.filePath) : entry.id;
          const contents = entry.filePath ? readFileSync(entry.filePath, 'utf-8') : '';
          const checked = checkFrontmatter(file, contents, schema);
          const problems =
            'locate' in checked
              ? (check?.(file, checked.data, checked.body, checked.locate) ?? [])
              : checked.diagnostics;
          if (problems.length > 0) {
            diagnostics.push(...problems);
            return entry.data;
          }
          return context.parseData(entry);
        },
      });
      if (diagnostics.length > 0) throw new ContentCheckError(diagnostics.toSorted(byPosition));
    },
  };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
