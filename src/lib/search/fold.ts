/**
 * Script folding for search: every character is mapped to one simplified character, so that
 * 機關 and 机关 meet in one index. The mapping is character for character (never phrase-level)
 * so a folded text has the same length as its source and positions carry over, which lets an
 * excerpt cut from folded text be shown again in the page's own script.
 */
export type FoldTable = ReadonlyMap<string, string>;

/** Fullwidth letters and digits (Ｇ, ５) fold to ASCII: editors and readers type both. Punctuation is left alone. */
function foldWidth(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return /[０-９Ａ-Ｚａ-ｚ]/u.test(char) ? String.fromCodePoint(code - 0xfee0) : char;
}

export function foldChar(char: string, table: FoldTable): string {
  return foldWidth(table.get(char) ?? char);
}

export function fold(text: string, table: FoldTable): string {
  let folded = '';
  for (const char of text) folded += foldChar(char, table);
  return folded;
}

/** A table as shipped to the browser: pairs of characters, source then folded form. */
export function serializeTable(table: FoldTable): string {
  let pairs = '';
  for (const [from, to] of table) pairs += from + to;
  return pairs;
}

export function parseTable(pairs: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const [, from, to] of pairs.matchAll(/(.)(.)/gsu)) if (from && to) table.set(from, to);
  return table;
}

/**
 * The part of a table a reader can ever need: entries whose folded form occurs in the index.
 * A query character outside it folds to something no page contains, which finds nothing either way.
 */
export function restrictTable(table: FoldTable, indexedChars: ReadonlySet<string>): Map<string, string> {
  return new Map([...table].filter(([, to]) => indexedChars.has(to)));
}

/**
 * How to show folded text in a page's own script: for each folded character that differs from its
 * source, the source character used most often on that page.
 */
export function restoreTable(original: string, table: FoldTable): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const char of original) {
    const folded = foldChar(char, table);
    if (folded === char) continue;
    const sources = counts.get(folded) ?? new Map<string, number>();
    sources.set(char, (sources.get(char) ?? 0) + 1);
    counts.set(folded, sources);
  }
  const restore = new Map<string, string>();
  for (const [folded, sources] of counts) {
    const [mostUsed] = [...sources].sort((a, b) => b[1] - a[1]);
    if (mostUsed) restore.set(folded, mostUsed[0]);
  }
  return restore;
}

export function restore(text: string, restoreMap: FoldTable): string {
  let restored = '';
  for (const char of text) restored += restoreMap.get(char) ?? char;
  return restored;
}
