import type { APIRoute } from 'astro';
import { caseTemplate } from '../../lib/content/scaffold';

// A byte-order mark so that a host serving .txt without a charset still shows the Chinese as UTF-8;
// browsers leave it out of what is copied.
export const GET: APIRoute = () =>
  new Response(`\uFEFF${caseTemplate()}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
