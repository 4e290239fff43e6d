import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE_SIZE, shareCardTree, type ShareCard } from './card';
import { parseFontFaces, slicesFor, type FontSlice } from './font-slices';

/** Noto Sans SC from the npm registry, so a build needs no network and no system font. */
const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

type FontOptions = Parameters<typeof satori>[1]['fonts'];

let fontDir: string | undefined;
type Weight = (typeof WEIGHTS)[number];
let slices: (FontSlice & { weight: Weight })[] | undefined;
/** Font files read so far; satori also keeps each parsed font, keyed by these buffers. */
const fontData = new Map<string, Buffer>();

function fontSlices(): { dir: string; slices: (FontSlice & { weight: Weight })[] } {
  if (!fontDir || !slices) {
    const packageJson = createRequire(join(process.cwd(), 'package.json')).resolve(
      `${FONT_PACKAGE}/package.json`,
    );
    const dir = dirname(packageJson);
    fontDir = join(dir, 'files');
    // Each stylesheet declares one weight.
    slices = WEIGHTS.flatMap((weight) =>
      parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf-8')).map((slice) => ({
        ...slice,
        weight,
      })),
    );
  }
  return { dir: fontDir, slices };
}

/**
 * The slices of the font that the text needs, each under its own family name with both weights:
 * satori picks one font per family and weight, then falls back across families glyph by glyph,
 * so the card names no family and every slice is tried in turn.
 */
function fontsFor(text: string): FontOptions {
  const { dir, slices: all } = fontSlices();
  return slicesFor(text, all).map((slice) => {
    let data = fontData.get(slice.woff);
    if (!data) {
      data = readFileSync(join(dir, slice.woff));
      fontData.set(slice.woff, data);
    }
    return { name: slice.woff.replace(`-${slice.weight}-normal.woff`, ''), data, weight: slice.weight };
  });
}

/**
 * A share card as PNG bytes, and the text the bundled font cannot draw (emoji, rare characters): that
 * text is left out of the picture, never drawn as empty boxes, and named so the build can say so.
 */
export async function renderShareImage(
  card: ShareCard,
): Promise<{ png: Uint8Array<ArrayBuffer>; missing: string[] }> {
  const missing: string[] = [];
  const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE_SIZE,
    fonts: fontsFor(
      [card.site, card.headline, card.subline, card.figure?.value, card.figure?.label].join(''),
    ),
    loadAdditionalAsset: async (_code, segment) => {
      missing.push(segment);
      return [];
    },
  });
  return { png: new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng()), missing };
}
