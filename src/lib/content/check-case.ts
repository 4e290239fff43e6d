import type { z } from 'astro/zod';
import { caseSchema } from '../../schemas/case';
import { checkCaseMetrics } from '../metrics/checks';
import { checkFrontmatter, type Diagnostic } from './diagnostics';
import { splitFrontmatter } from './frontmatter';
import { checkMdxBody, type BodyCheckOptions } from './mdx-body';

export type CaseCheckOptions = BodyCheckOptions;

/** A case is text and links; photos sit beside it as files of their own. */
export const MAX_CASE_FILE_BYTES = 1024 * 1024;

/**
 * Everything one case file must pass on its own: the frontmatter contract, a safe MDX body, and the
 * metrics against the body (provenance, vocabulary). Used by the build (src/loaders/checked-glob.ts)
 * and by `npm run check`, so both report the same lines.
 */
export function checkCaseFile(
  file: string,
  contents: string,
  options: CaseCheckOptions = {},
): { data?: z.output<typeof caseSchema> | undefined; diagnostics: Diagnostic[] } {
  const bytes = Buffer.byteLength(contents);
  if (bytes > MAX_CASE_FILE_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    return {
      diagnostics: [{ file, line: 1, column: 1, path: '', message: `文件过大（${size} MB）：案例文件应小于 1 MB，照片请作为单独的文件放在旁边` }],
    };
  }
  const frontmatter = checkFrontmatter(file, contents, caseSchema);
  const { body, bodyLine } = splitFrontmatter(contents);
  const diagnostics = [...frontmatter.diagnostics, ...checkMdxBody(file, body, bodyLine, options)];
  if (frontmatter.data) {
    diagnostics.push(...checkCaseMetrics(file, frontmatter.data, frontmatter.body, frontmatter.locate));
  }
  return diagnostics.length === 0 ? { data: frontmatter.data, diagnostics } : { diagnostics };
}
