/** What one build holds of each case, gathered from the content folder and the built site. */
export interface Inventory {
  /** Case files: their slug and whether they are drafts. */
  sources: { file: string; slug: string; draft: boolean }[];
  /** Slugs of the built case pages. */
  pages: string[];
  /** Slugs of the cases in the search index, once per record. */
  indexed: string[];
  /** Slugs of the cases in the open data export, once per entry. */
  data: string[];
}

function count(slugs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return counts;
}

/**
 * Every published case must become exactly one page, one search record and one data entry, and
 * nothing else may appear there. Returns one line per mismatch, naming the case.
 */
export function inventoryProblems({ sources, pages, indexed, data }: Inventory): string[] {
  const published = sources.filter((source) => !source.draft);
  const fileOf = new Map(published.map((source) => [source.slug, source.file]));
  const problems: string[] = [];
  const outputs = [
    ['案例页面', count(pages)],
    ['检索记录', count(indexed)],
    ['开放数据条目', count(data)],
  ] as const;
  for (const [what, counts] of outputs) {
    for (const [slug, file] of fileOf) {
      const found = counts.get(slug) ?? 0;
      if (found !== 1) problems.push(`${file}：应有 1 个${what}，实际为 ${found} 个`);
    }
    for (const slug of counts.keys()) {
      if (!fileOf.has(slug)) problems.push(`${what}“${slug}”没有对应的已发布案例文件`);
    }
  }
  return problems;
}
