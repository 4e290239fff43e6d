import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedShareImage } from '../../src/build/share-images';

const card = {
  site: '党建品牌案例馆',
  headline: '支部+科室',
  subline: '丰台区人力社保局',
  accent: '#b3261e',
};

describe('cachedShareImage', () => {
  let cacheRoot: string;
  const cached = (extension: string) =>
    readdirSync(join(cacheRoot, 'share-images')).filter((name) => name.endsWith(extension));

  beforeEach(() => {
    cacheRoot = mkdtempSync(join(tmpdir(), 'casebook-render-cache-'));
    process.env.CASEBOOK_RENDER_CACHE = cacheRoot;
  });
  afterEach(() => {
    delete process.env.CASEBOOK_RENDER_CACHE;
  });

  it('draws a card once and reads it from the cache while the card stays the same', async () => {
    const first = await cachedShareImage(card);
    expect(cached('.png')).toHaveLength(1);
    // A marker in place of the cached picture shows the second call did not draw again.
    const [file] = cached('.png');
    writeFileSync(join(cacheRoot, 'share-images', file ?? ''), 'cached');
    expect(Buffer.from((await cachedShareImage(card)).png).toString()).toBe('cached');
    expect(first.png.byteLength).toBeGreaterThan(1000);

    await cachedShareImage({ ...card, headline: '三家工作法' });
    expect(cached('.png')).toHaveLength(2);
  }, 30_000);

  it('remembers the text the font could not draw', async () => {
    const withEmoji = { ...card, headline: '红色引擎🚩' };
    expect((await cachedShareImage(withEmoji)).missing.join('')).toContain('🚩');
    expect((await cachedShareImage(withEmoji)).missing.join('')).toContain('🚩');
    expect(cached('.missing.json')).toHaveLength(1);
  }, 30_000);
});
