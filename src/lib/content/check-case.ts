import type { z } from 'astro/zod';
import { caseSchema } from '../../schemas/case';
import { checkCaseMetrics } from '../metrics/checks';
import { checkFrontmatter, type Diagnostic } from './diagnostics';
import { splitFrontmatter } from './frontmatter';
import { checkMdxBody, type BodyCheckOptions } from './mdx-body';

export type CaseCheckOptions = BodyCheckOptions;

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
  const frontmatter = checkFrontmatter(file, contents, caseSchema);
  const { body, bodyLine } = splitFrontmatter(contents);
  const diagnostics = [...frontmatter.diagnostics, ...checkMdxBody(file, body, bodyLine, options)];
  if (frontmatter.data) {
    diagnostics.push(...checkCaseMetrics(file, frontmatter.data, frontmatter.body, frontmatter.locate));
  }
  return diagnostics.length === 0 ? { data: frontmatter.data, diagnostics } : { diagnostics };
}
