import { describe, expect, it } from 'vitest';
import { caseShareCard, headlineSize, SHARE_IMAGE_SIZE } from '../../../src/lib/share-image/card';
import { renderShareImage } from '../../../src/lib/share-image/render';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const site = { name: '党建品牌案例馆', themeColor: '#b3261e' };

describe('caseShareCard', () => {
  it('shows the brand, the unit with its region and the first headline figure', () => {
    const card = caseShareCard(caseSchema.parse(validCase()), site);
    expect(card).toMatchObject({
      site: '党建品牌案例馆',
      headline: '支部+科室',
      subline: '丰台区人力社保局 · 北京市丰台区',
      figure: { value: '6→40个', label: '党支部数量' },
    });
  });

  it('has no figure line for a case without metrics', () => {
    expect(caseShareCard(caseSchema.parse({ ...validCase(), metrics: [] }), site).figure).toBeUndefined();
  });

  it('sets longer headlines smaller', () => {
    expect(headlineSize('支部+科室')).toBeGreaterThan(headlineSize('基層黨建「三化」建設與品牌創建工作法'));
  });
});

describe('renderShareImage', () => {
  it('draws simplified and traditional Chinese into a 1200×630 PNG from the bundled font', async () => {
    const { png, missing } = await renderShareImage({
      site: site.name,
      headline: '基層黨建「三化」建設',
      subline: '宜春市直機關工委 · 江西省宜春市',
      figure: { value: '1.6万人次', label: '疫情期间捐款捐物' },
      accent: site.themeColor,
    });
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual(SHARE_IMAGE_SIZE);
    expect(missing).toEqual([]);
  }, 30_000);

  it('leaves out and names text the font cannot draw instead of drawing empty boxes', async () => {
    const { png, missing } = await renderShareImage({
      site: site.name,
      headline: '红色引擎🚩𓀀',
      subline: '',
      accent: site.themeColor,
    });
    expect(pngSize(png)).toEqual(SHARE_IMAGE_SIZE);
    expect(missing.join('')).toContain('🚩');
  }, 30_000);
});
