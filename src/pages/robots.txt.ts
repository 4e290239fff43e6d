import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site';

/** Crawlers read robots.txt only at a host's root; under a sub-path it still names the sitemap for tools that look there. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
