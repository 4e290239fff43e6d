import { docSchema } from '../../schemas/doc';
import { checkFrontmatter, type Diagnostic } from './diagnostics';
import { splitFrontmatter } from './frontmatter';
import { checkMdxBody, type BodyCheckOptions } from './mdx-body';

/** A documentation page: its frontmatter and, as for cases, a body that runs no code. */
export function checkDocFile(file: string, contents: string, options: BodyCheckOptions = {}): { diagnostics: Diagnostic[] } {
  const { body, bodyLine } = splitFrontmatter(contents);
  return {
    diagnostics: [...checkFrontmatter(file, contents, docSchema).diagnostics, ...checkMdxBody(file, body, bodyLine, options)],
  };
}
