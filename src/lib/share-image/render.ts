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

export class MissingGlyphError extends Error {
  constructor(text: string) {
    super(`分享图字体缺少这些字：${text}`);
    this.name = 'MissingGlyphError';
  }
}

/** A share card as PNG bytes. Text the font cannot draw is an error rather than empty boxes. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE_SIZE,
    fonts: fontsFor(
      [card.site, card.headline, card.subline, card.figure?.value, card.figure?.label].join(''),
    ),
    loadAdditionalAsset: async (_code, segment) => {
      throw new MissingGlyphError(segment);
    },
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
