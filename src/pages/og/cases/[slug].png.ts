import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publishedCases } from '../../../lib/content/cases';
import { caseShareCard } from '../../../lib/share-image/card';
import { cachedShareImage } from '../../../build/share-images';
import { site } from '../../../lib/site';

export const getStaticPaths = (async () => {
  const cases = publishedCases(await getCollection('cases'));
  // The card shows only the case's own data: its file's digest keys the image for incremental builds.
  return cases.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    ...(entry.digest === undefined ? {} : { cacheKey: String(entry.digest) }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({
  props,
}) => {
  const { png, missing } = await cachedShareImage(caseShareCard(props.entry.data, site));
  if (missing.length > 0) {
    console.warn(
      `[share-image] ${props.entry.filePath ?? props.entry.id}：分享图字体缺少“${missing.join('')}”，图中略去`,
    );
  }
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
