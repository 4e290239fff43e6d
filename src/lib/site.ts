import rawSiteConfig from '../../site.config';
import { siteConfigSchema } from '../schemas/site';

export const site = siteConfigSchema.parse(rawSiteConfig);

/** A path inside the site, prefixed with the base path: `href('cases/x/')`. */
export function href(path = ''): string {
  return site.base + path.replace(/^\/+/, '');
}

/** The absolute URL of a path inside the site. */
export function absoluteUrl(path = ''): string {
  return new URL(href(path), site.url).href;
}

/** Where an editor changes a file of the repository on GitHub. */
export function editUrl(file: string): string {
  return `${site.repository.replace(/\/$/, '')}/edit/${site.editBranch}/${file}`;
}
