import type { CaseData } from '../../schemas/case';

interface CaseJsonLdInput {
  data: CaseData;
  /** Absolute URL of the case page. */
  url: string;
  /** Absolute URL of its share image. */
  image: string;
  site: { name: string; url: string };
  /** The page's language tag. */
  lang: string;
}

/** schema.org Article for a case: published by the site, about the unit, based on the source. */
export function caseJsonLd({ data, url, image, site, lang }: CaseJsonLdInput): Record<string, unknown> {
  const [province, ...locality] = data.unit.region;
  const { source } = data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    image: [image],
    keywords: data.tags.join(','),
    articleSection: data.unit.sector,
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    about: {
      '@type': 'Organization',
      name: data.unit.name,
      address: {
        '@type': 'PostalAddress',
        addressCountry: 'CN',
        addressRegion: province,
        ...(locality.length > 0 && { addressLocality: locality.join('') }),
      },
    },
    isBasedOn: {
      '@type': 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.date && { datePublished: source.date }),
      ...(source.url && { url: source.url }),
    },
  };
}

/** JSON for an inline `<script type="application/ld+json">`: "<" escaped so text cannot close the tag. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
