import { describe, expect, it } from 'vitest';
import { parseFontFaces, slicesFor } from '../../../src/lib/share-image/font-slices';

const css = `
/* noto-sans-sc-[4]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-4-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-700-normal.woff) format('woff');
  unicode-range: U+515a,U+5efa-5efb;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-latin-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+2192;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/noto-sans-sc-9-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-9-700-normal.woff) format('woff');
  unicode-range: U+9ee8;
}`;

describe('parseFontFaces', () => {
  it('reads each rule’s WOFF file, weight and code point ranges', () => {
    expect(parseFontFaces(css)).toEqual([
      {
        woff: 'noto-sans-sc-4-700-normal.woff',
        weight: 700,
        ranges: [
          [0x515a, 0x515a],
          [0x5efa, 0x5efb],
        ],
      },
      {
        woff: 'noto-sans-sc-latin-700-normal.woff',
        weight: 700,
        ranges: [
          [0, 0xff],
          [0x2192, 0x2192],
        ],
      },
      { woff: 'noto-sans-sc-9-700-normal.woff', weight: 700, ranges: [[0x9ee8, 0x9ee8]] },
    ]);
  });
});

describe('slicesFor', () => {
  const slices = parseFontFaces(css);

  it('picks only the slices holding characters of the text', () => {
    expect(slicesFor('党建', slices).map((slice) => slice.woff)).toEqual(['noto-sans-sc-4-700-normal.woff']);
    expect(slicesFor('6→40 黨建', slices).map((slice) => slice.woff)).toEqual([
      'noto-sans-sc-4-700-normal.woff',
      'noto-sans-sc-latin-700-normal.woff',
      'noto-sans-sc-9-700-normal.woff',
    ]);
  });

  it('picks nothing for characters no slice covers', () => {
    expect(slicesFor('𓀀', slices)).toEqual([]);
  });
});
