/** A heading as Astro's Markdown pipeline reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/**
 * The table of contents of a page: its h2 headings, each with the h3 headings under it.
 * An h3 before any h2 is listed at the top level rather than lost.
 */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    const item: TocItem = { id: heading.slug, text: heading.text.trim(), children: [] };
    const parent = items.at(-1);
    if (heading.depth === 2 || (heading.depth === 3 && !parent)) items.push(item);
    else if (heading.depth === 3 && parent) parent.children.push(item);
  }
  return items;
}

/** Every id a table of contents links to, in reading order. */
export function tocIds(items: readonly TocItem[]): string[] {
  return items.flatMap((item) => [item.id, ...tocIds(item.children)]);
}
