import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedCases } from '../../lib/content/cases';
import { metricsCsv } from '../../lib/data/open-data';

export const GET: APIRoute = async () =>
  new Response(metricsCsv(publishedCases(await getCollection('cases'))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
