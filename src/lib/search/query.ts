import { fold, type FoldTable } from './fold';
import { queryUnits } from './units';

/** One thing a result must contain: a word the reader typed, or a quoted phrase. */
export interface QueryTerm {
  /** Unit keys in order (see units.ts). */
  units: string[];
  quoted: boolean;
}

export interface ParsedQuery {
  /** Every one must occur in a result. */
  terms: QueryTerm[];
  /** Unquoted text as typed between spaces, as units: results where it occurs whole come first. */
  runs: string[][];
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

const sameUnits = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

/**
 * Reads what a reader typed. Quoted text must occur as written; other text is split into words
 * that must each occur somewhere. Everything is folded to simplified script first.
 */
export function parseQuery(raw: string, table: FoldTable, splitWords: WordSplitter): ParsedQuery {
  const terms: QueryTerm[] = [];
  const runs: string[][] = [];
  const addTerm = (units: string[], quoted: boolean) => {
    if (units.length > 0 && !terms.some((term) => sameUnits(term.units, units)))
      terms.push({ units, quoted });
  };
  const folded = fold(raw, table);
  for (const match of folded.matchAll(QUOTED)) {
    addTerm(queryUnits(match.slice(1).find((group) => group !== undefined) ?? ''), true);
  }
  for (const chunk of folded.replace(QUOTED, ' ').split(/\s+/)) {
    const run = queryUnits(chunk);
    if (run.length > 1 && !runs.some((known) => sameUnits(known, run))) runs.push(run);
    for (const word of splitWords(chunk)) addTerm(queryUnits(word), false);
  }
  return { terms, runs };
}

/**
 * What to mark in an excerpt or on the case page: phrases and whole runs, and words of more than
 * one unit (a run may not occur whole). A single character is marked only when typed alone:
 * the 一 of 一肩挑 is everywhere.
 */
export function highlightTerms({ terms, runs }: ParsedQuery): string[][] {
  const marks = [...runs];
  for (const term of terms) {
    const typedAlone = !runs.some((run) => term.units.every((unit) => run.includes(unit)));
    if (
      (term.units.length > 1 || term.quoted || typedAlone) &&
      !marks.some((mark) => sameUnits(mark, term.units))
    ) {
      marks.push(term.units);
    }
  }
  return marks;
}

/** The Pagefind queries that answer a parsed query. */
export interface SearchPlan {
  /** Every unit of every term: ranks the pages that contain all of them. */
  ranked: string;
  /** One exact Pagefind query per term of two units or more: keeps pages where it occurs as a run. */
  phrases: string[];
  /** One exact query per unquoted run that is not already a phrase: pages where it occurs whole come first. */
  runs: string[];
}

const exact = (units: readonly string[]) => `"${units.join(' ')}"`;

export function searchPlan({ terms, runs }: ParsedQuery): SearchPlan | null {
  const units = [...new Set(terms.flatMap((term) => term.units))];
  if (units.length === 0) return null;
  const phrases = terms.filter((term) => term.units.length > 1).map((term) => exact(term.units));
  return {
    ranked: units.join(' '),
    phrases,
    runs: runs.map(exact).filter((run) => !phrases.includes(run)),
  };
}
