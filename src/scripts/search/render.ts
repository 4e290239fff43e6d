// One search result as a list item: title (opens the case with the terms highlighted), brand, unit, excerpt.
import { parseTable, restore, type FoldTable } from '../../lib/search/fold';
import type { SearchHit } from '../../lib/search/engine';
import { joinUnits, markedText } from '../../lib/search/units';

const unescapeHtml = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The case's address with each term, in the case's own script, for Pagefind's highlighter there. */
function highlightUrl(url: string, highlights: readonly (readonly string[])[], script: FoldTable): string {
  const params = new URLSearchParams();
  for (const units of highlights) params.append('highlight', restore(joinUnits(units.join(' ')), script));
  return `${url}?${params}`;
}

export async function renderHit(
  hit: SearchHit,
  highlights: readonly (readonly string[])[],
): Promise<HTMLLIElement> {
  const data = await hit.data();
  const script = parseTable(data.meta.restore ?? '');
  const item = element('li', 'hit');
  if (data.meta.lang) item.lang = data.meta.lang;
  const link = element('a', 'hit-title', data.meta.title ?? data.url);
  link.href = highlights.length > 0 ? highlightUrl(data.url, highlights, script) : data.url;
  item.append(link);
  const about = element('p', 'hit-about');
  if (data.meta.brand) about.append(element('span', 'hit-brand', data.meta.brand));
  about.append(element('span', 'hit-unit', [data.meta.unit, data.meta.region].filter(Boolean).join(' · ')));
  item.append(about);
  const excerpt = element('p', 'hit-excerpt');
  const segments = markedText(unescapeHtml(data.plain_excerpt), highlights);
  for (const segment of segments) {
    const text = restore(segment.text, script);
    excerpt.append(segment.mark ? element('mark', '', text) : document.createTextNode(text));
  }
  item.append(excerpt);
  return item;
}
