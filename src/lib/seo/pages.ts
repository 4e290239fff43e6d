/** Folder of a traditional case's simplified reading: `cases/<slug>/zh-hans/`. */
export const SIMPLIFIED_SEGMENT = 'zh-hans';

/** Whether a built page's URL belongs in the sitemap: not the 404 page, not a simplified reading (its canonical is the original). */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !pathname.endsWith(`/${SIMPLIFIED_SEGMENT}/`) && !/\/404\/?$/.test(pathname);
}

/** Path of a page's share image inside the site. */
export function shareImagePath(slug?: string): string {
  return slug ? `og/cases/${slug}.png` : 'og/site.png';
}
