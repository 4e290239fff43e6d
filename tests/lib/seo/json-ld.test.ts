import { describe, expect, it } from 'vitest';
import { caseJsonLd, jsonLdScript } from '../../../src/lib/seo/json-ld';
import { caseSchema } from '../../../src/schemas/case';
import { validCase } from '../../fixtures/cases';

describe('caseJsonLd', () => {
  const data = caseSchema.parse(validCase());
  const ld = caseJsonLd({
    data,
    url: 'https://example.org/anli/cases/x/',
    image: 'https://example.org/anli/og/cases/x.png',
    site: { name: '党建品牌案例馆', url: 'https://example.org/anli/' },
    lang: 'zh-Hans',
  });

  it('describes an Article published by the site, about the unit, based on the source', () => {
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: data.title,
      inLanguage: 'zh-Hans',
      image: ['https://example.org/anli/og/cases/x.png'],
      publisher: { '@type': 'Organization', name: '党建品牌案例馆', url: 'https://example.org/anli/' },
      about: {
        '@type': 'Organization',
        name: '丰台区人力社保局',
        address: { addressRegion: '北京市', addressLocality: '丰台区', addressCountry: 'CN' },
      },
      isBasedOn: { name: data.source.title, datePublished: '2021-12-21', url: 'https://example.org/a' },
    });
  });
});

describe('jsonLdScript', () => {
  it('cannot close its script element', () => {
    const text = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
