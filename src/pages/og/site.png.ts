import type { APIRoute } from 'astro';
import { cachedShareImage } from '../../build/share-images';
import { site } from '../../lib/site';

export const GET: APIRoute = async () => {
  const { png } = await cachedShareImage({
    site: site.name,
    headline: site.name,
    subline: site.description,
    accent: site.themeColor,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
