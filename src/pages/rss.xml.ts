import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { caseHref, publishedCases } from '../lib/content/cases';
import { absoluteUrl, site } from '../lib/site';

export const GET: APIRoute = async () => {
  const cases = publishedCases(await getCollection('cases'));
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(),
    items: cases.map(({ id, data }) => ({
      title: data.title,
      link: absoluteUrl(caseHref(id)),
      description: data.summary,
      categories: [data.unit.sector, ...data.tags],
      ...(data.source.date && { pubDate: new Date(data.source.date) }),
    })),
    customData: '<language>zh-cn</language>',
  });
};
