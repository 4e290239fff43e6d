import type { APIRoute } from 'astro';
import { renderShareImage } from '../../lib/share-image/render';
import { site } from '../../lib/site';

export const GET: APIRoute = async () => {
  const { png } = await renderShareImage({
    site: site.name,
    headline: site.name,
    subline: site.description,
    accent: site.themeColor,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
