import type { Diagnostic } from './diagnostics';

/** ASCII kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class InvalidSlugError extends Error {
  constructor(readonly file: string) {
    super('文件名即网址（slug），应只用小写英文字母、数字和连字符，如 fengtai-hrss-zhibu-keshi.mdx');
    this.name = 'InvalidSlugError';
  }
}

/**
 * Files that would publish at the same address, each reported against the first in path order.
 * Files whose names are not valid slugs are left to `slugFromPath`'s own error.
 */
export function duplicateSlugs(files: readonly string[]): Diagnostic[] {
  const firstBySlug = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files.toSorted()) {
    const slug = (file.split('/').pop() ?? '').replace(/\.mdx?$/, '');
    const first = firstBySlug.get(slug);
    if (first === undefined) firstBySlug.set(slug, file);
    else {
      const message = `网址 /cases/${slug}/ 与 ${first} 重复：请给其中一个文件改名`;
      diagnostics.push({ file, line: 1, column: 1, path: '', message });
    }
  }
  return diagnostics;
}

/** The slug of a case file: its name without the extension, which must already be a valid slug. */
export function slugFromPath(file: string): string {
  const name = file.split('/').pop() ?? '';
  const slug = name.replace(/\.mdx?$/, '');
  if (!SLUG_PATTERN.test(slug)) throw new InvalidSlugError(file);
  return slug;
}
