import packageJson from '../../package.json';
import { contentKey } from '../lib/content-key';
import type { ShareCard } from '../lib/share-image/card';
import { renderShareImage } from '../lib/share-image/render';
import { renderCache } from './render-cache';

const cache = renderCache('share-images');

/** What draws a card besides the card itself: the drawing code and the pinned renderer and font packages. */
const RENDERER = {
  sources: import.meta.glob('../lib/share-image/*.ts', { query: '?raw', import: 'default', eager: true }),
  packages: ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc'].map(
    (name) => `${name}@${packageJson.dependencies[name as keyof typeof packageJson.dependencies]}`,
  ),
};

/**
 * A share card as PNG bytes, drawn once and then read from the render cache while the card and its
 * renderer stay the same (rasterising costs ≈ 35 ms a card: a third of a 1,000-case build).
 * Text the font cannot draw is named in `missing`, from the cache too.
 */
export async function cachedShareImage(
  card: ShareCard,
): Promise<{ png: Uint8Array<ArrayBuffer>; missing: string[] }> {
  const key = contentKey([card, RENDERER]);
  const png = cache.read(`${key}.png`);
  if (png) {
    const missing = cache.read(`${key}.missing.json`);
    return {
      png: new Uint8Array(png),
      missing: missing ? (JSON.parse(missing.toString('utf-8')) as string[]) : [],
    };
  }
  const drawn = await renderShareImage(card);
  if (drawn.missing.length > 0) cache.write(`${key}.missing.json`, JSON.stringify(drawn.missing));
  cache.write(`${key}.png`, drawn.png);
  return drawn;
}
