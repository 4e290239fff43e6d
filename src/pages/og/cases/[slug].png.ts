import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publishedCases } from '../../../lib/content/cases';
import { caseShareCard } from '../../../lib/share-image/card';
import { renderShareImage } from '../../../lib/share-image/render';
import { site } from '../../../lib/site';

export const getStaticPaths = (async () => {
  const cases = publishedCases(await getCollection('cases'));
  return cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({
  props,
}) => {
  const png = await renderShareImage(caseShareCard(props.entry.data, site));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
