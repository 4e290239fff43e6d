import type { DocData } from '../../schemas/doc';

export interface DocEntryLike {
  id: string;
  data: DocData;
}

/** Documentation pages in sidebar order. */
export function orderedDocs<T extends DocEntryLike>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function docHref(slug: string): string {
  return `docs/${slug}/`;
}
