import { fold, type FoldTable } from './fold';
import { queryUnits } from './units';

/** One thing a result must contain: a word the reader typed, or a quoted phrase. */
export interface QueryTerm {
  /** Unit keys in order (see units.ts). */
  units: string[];
  quoted: boolean;
}

/** Splits an unquoted run of text into words; Intl.Segmenter where the browser has it. */
export type WordSplitter = (text: string) => string[];

export function intlWordSplitter(): WordSplitter {
  if (typeof Intl.Segmenter !== 'function') return (text) => [text];
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

// "…", “…”, 「…」 and 『…』 all quote a phrase.
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

/**
 * Reads what a reader typed. Quoted text must occur as written; other text is split into words
 * that must each occur somewhere. Everything is folded to simplified script first.
 */
export function parseQuery(raw: string, table: FoldTable, splitWords: WordSplitter): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (units: string[], quoted: boolean) => {
    const key = units.join(' ');
    if (units.length === 0 || seen.has(key)) return;
    seen.add(key);
    terms.push({ units, quoted });
  };
  const folded = fold(raw, table);
  for (const match of folded.matchAll(QUOTED)) {
    add(queryUnits(match.slice(1).find((group) => group !== undefined) ?? ''), true);
  }
  for (const chunk of folded.replace(QUOTED, ' ').split(/\s+/)) {
    for (const word of splitWords(chunk)) add(queryUnits(word), false);
  }
  return terms;
}

/** The Pagefind queries that answer a parsed query. */
export interface SearchPlan {
  /** Every unit of every term: ranks the pages that contain all of them. */
  ranked: string;
  /** One exact Pagefind query per term of two units or more: keeps pages where it occurs as a run. */
  phrases: string[];
}

export function searchPlan(terms: readonly QueryTerm[]): SearchPlan | null {
  const units = [...new Set(terms.flatMap((term) => term.units))];
  if (units.length === 0) return null;
  return {
    ranked: units.join(' '),
    phrases: terms.filter((term) => term.units.length > 1).map((term) => `"${term.units.join(' ')}"`),
  };
}
