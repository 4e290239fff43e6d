/**
 * URLs of taxonomy pages. Tags, regions, sectors and levels are Chinese words; their pages live at
 * the word itself (`tags/机关党建/`), so a link reads as what it names. Characters other than letters
 * and digits become "-": "+" in 党建+业务 would otherwise read as a space on some static hosts.
 * Hrefs are percent-encoded so that a copied link stays one link in chat apps, whose link detection
 * stops at the first Chinese character.
 */

export const TAXONOMIES = ['tags', 'regions', 'sectors', 'levels'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** The path segment of one taxonomy value, unencoded: 党建+业务 → 党建-业务. */
export function termSegment(value: string): string {
  const segment = value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!segment) throw new Error(`分类“${value}”不含文字或数字，无法生成网址`);
  return segment;
}

/** Route params of a term page, unencoded (what `getStaticPaths` takes): `江西省/宜春市`. */
export function termParam(values: readonly string[]): string {
  return values.map(termSegment).join('/');
}

/** The href of a term page inside the site, percent-encoded: `tags/%E6%9C%BA…/`. */
export function termPath(taxonomy: Taxonomy, values: readonly string[]): string {
  return `${taxonomy}/${values.map((value) => encodeURIComponent(termSegment(value))).join('/')}/`;
}

export function taxonomyIndexPath(taxonomy: Taxonomy): string {
  return `${taxonomy}/`;
}
