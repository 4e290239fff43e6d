import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedCases } from '../../lib/content/cases';
import { casesDocument } from '../../lib/data/open-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(casesDocument(publishedCases(await getCollection('cases'))), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
