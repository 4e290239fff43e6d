/** ASCII kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class InvalidSlugError extends Error {
  constructor(readonly file: string) {
    super('文件名即网址（slug），应只用小写英文字母、数字和连字符，如 fengtai-hrss-zhibu-keshi.mdx');
    this.name = 'InvalidSlugError';
  }
}

/** The slug of a case file: its name without the extension, which must already be a valid slug. */
export function slugFromPath(file: string): string {
  const name = file.split('/').pop() ?? '';
  const slug = name.replace(/\.mdx?$/, '');
  if (!SLUG_PATTERN.test(slug)) throw new InvalidSlugError(file);
  return slug;
}
