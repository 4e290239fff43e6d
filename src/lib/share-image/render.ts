import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE_SIZE, shareCardTree, type ShareCard } from './card';

/** Noto Sans SC from the npm registry, so a build needs no network and no system font. */
const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

type FontOptions = Parameters<typeof satori>[1]['fonts'];

let fonts: FontOptions | undefined;

/**
 * The font's unicode-range slices in WOFF (which satori reads), one family per slice with both
 * weights: satori picks one font per family and weight, then falls back across families glyph by
 * glyph, so the card names no family and every slice is tried in turn.
 */
function loadFonts(): FontOptions {
  if (fonts) return fonts;
  const packageJson = createRequire(join(process.cwd(), 'package.json')).resolve(
    `${FONT_PACKAGE}/package.json`,
  );
  const dir = join(dirname(packageJson), 'files');
  const files = readdirSync(dir).sort();
  fonts = WEIGHTS.flatMap((weight) => {
    const suffix = `-${weight}-normal.woff`;
    return files
      .filter((file) => file.endsWith(suffix))
      .map((file) => ({ name: file.slice(0, -suffix.length), data: readFileSync(join(dir, file)), weight }));
  });
  return fonts;
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
    fonts: loadFonts(),
    loadAdditionalAsset: async (_code, segment) => {
      throw new MissingGlyphError(segment);
    },
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
