/**
 * A web font split into unicode-range slices (as @fontsource ships Noto Sans SC: about a hundred files
 * per weight). Loading only the slices a text needs keeps the share-image build fast.
 */
export interface FontSlice {
  /** File name of the slice's WOFF (which satori reads; it cannot read WOFF2). */
  woff: string;
  weight: number;
  /** Inclusive code point ranges the slice covers. */
  ranges: [number, number][];
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
  });
}

/** The slices declared by a stylesheet's `@font-face` rules. */
export function parseFontFaces(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const woff = /url\(\.\/files\/([^)]+\.woff)\)/.exec(body)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    return woff && weight && range ? [{ woff, weight: Number(weight), ranges: parseRanges(range) }] : [];
  });
}

/** The slices that hold at least one character of the text. */
export function slicesFor<T extends FontSlice>(text: string, slices: readonly T[]): T[] {
  const codes = [...new Set(text)].map((char) => char.codePointAt(0) ?? 0);
  return slices.filter((slice) =>
    codes.some((code) => slice.ranges.some(([start, end]) => code >= start && code <= end)),
  );
}
