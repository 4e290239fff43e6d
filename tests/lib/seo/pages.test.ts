import { describe, expect, it } from 'vitest';
import { inSitemap, shareImagePath } from '../../../src/lib/seo/pages';

describe('inSitemap', () => {
  it('lists pages but not simplified readings or the 404 page', () => {
    expect(inSitemap('https://example.org/anli/cases/x/')).toBe(true);
    expect(inSitemap('https://example.org/anli/tags/%E5%85%9A/')).toBe(true);
    expect(inSitemap('https://example.org/anli/cases/x/zh-hans/')).toBe(false);
    expect(inSitemap('https://example.org/anli/404/')).toBe(false);
  });
});

describe('shareImagePath', () => {
  it('gives each case its own image and the site one of its own', () => {
    expect(shareImagePath('x')).toBe('og/cases/x.png');
    expect(shareImagePath()).toBe('og/site.png');
  });
});
