/**
 * Index units. Pagefind's own Chinese segmentation differs between indexing (a dictionary
 * segmenter at build time) and searching (the browser's Intl.Segmenter), so a word or phrase typed
 * by a reader can miss text that contains it. Casebook therefore hands Pagefind text already cut
 * into units it cannot cut differently on either side: one unit per Han character, one per run of
 * other letters and digits. A phrase is then a run of consecutive units, which Pagefind's exact
 * search finds wherever the phrase occurs. Punctuation rides on the unit before it so that it never
 * takes a position of its own and breaks a phrase.
 */
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
const DECIMAL_MARK = /[.,]/;
/** Characters after which Chinese typography puts no space: Han, CJK and general punctuation, opening brackets. */
const NO_SPACE_AFTER = /[\p{Script=Han}\p{Ps}\p{Pi}\u2010-\u206f\u3000-\u303f\uff00-\uffef]/u;
/** Characters before which Chinese typography puts no space. */
const NO_SPACE_BEFORE = /[\p{Script=Han}\p{Pe}\p{Pf}\p{Po}\u2010-\u206f\u3000-\u303f\uff00-\uffef]/u;

/**
 * Ends a block of text (a heading, a paragraph, a table cell) that has no punctuation of its own,
 * so that an excerpt shows a gap there. Invisible to the index: it is neither a letter nor a space.
 */
export const BLOCK_END = '\u2060';

export function closeBlock(unit: string): string {
  return /[\p{L}\p{N}\p{M}]$/u.test(unit) ? unit + BLOCK_END : unit;
}

export interface UnitSpan {
  unit: string;
  /** Offset of the unit's first character in the source text (UTF-16 code units). */
  start: number;
}

export function unitSpans(text: string): UnitSpan[] {
  const chars = [...text];
  const spans: UnitSpan[] = [];
  let current = '';
  let start = 0;
  let offset = 0;
  // Whether the current unit is a run of letters or digits that the next one may extend.
  let open = false;
  const flush = () => {
    if (current) spans.push({ unit: current, start });
    current = '';
    open = false;
  };
  const begin = (char: string) => {
    flush();
    current = char;
    start = offset;
  };
  chars.forEach((char, index) => {
    const previous = chars[index - 1] ?? '';
    const next = chars[index + 1] ?? '';
    if (HAN.test(char)) {
      begin(char);
    } else if (WORD.test(char)) {
      if (open) current += char;
      else begin(char);
      open = true;
    } else if (open && DECIMAL_MARK.test(char) && DIGIT.test(previous) && DIGIT.test(next)) {
      current += char; // 3.5 and 1,000 stay one number
    } else if (SPACE.test(char)) {
      flush();
    } else if (current) {
      current += char;
      open = false;
    } else {
      begin(char);
    }
    offset += char.length;
  });
  flush();
  return spans;
}

export function textUnits(text: string): string[] {
  return unitSpans(text).map((span) => span.unit);
}

/** What Pagefind indexes for a unit: its letters and digits, lower-cased. */
export function unitKey(unit: string): string {
  return unit.replace(/[^\p{L}\p{N}\p{M}]/gu, '').toLowerCase();
}

/** The units of a query, as keys: punctuation typed by the reader is dropped. */
export function queryUnits(text: string): string[] {
  return textUnits(text).map(unitKey).filter(Boolean);
}

function needsSpace(before: string, after: string): boolean {
  const last = [...before].at(-1) ?? '';
  const first = [...after][0] ?? '';
  return !NO_SPACE_AFTER.test(last) && !NO_SPACE_BEFORE.test(first);
}

export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Text cut into units (as Pagefind returns an excerpt: units separated by spaces) put back together
 * the way it was written, with the units that belong to an occurrence of a query term marked.
 * A term matches consecutive units by key; its last unit may be a prefix (Pagefind matches a word
 * by its beginning, e.g. "wech" finds "WeChat").
 */
export function markedText(unitText: string, terms: readonly (readonly string[])[]): TextSegment[] {
  const units = unitText.split(/\s+/).filter(Boolean);
  const keys = units.map(unitKey);
  const marked = units.map(() => false);
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let i = 0; i + term.length <= keys.length; i += 1) {
      const matches = term.every((key, j) =>
        j === term.length - 1 ? (keys[i + j] ?? '').startsWith(key) : keys[i + j] === key,
      );
      if (matches) for (let j = 0; j < term.length; j += 1) marked[i + j] = true;
    }
  }
  const segments: TextSegment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let previous = '';
  units.forEach((unit, index) => {
    if (previous && needsSpace(previous, unit))
      push(' ', marked[index - 1] === true && marked[index] === true);
    // A marked unit's trailing punctuation stays outside the mark.
    const core = marked[index] ? (/^.*[\p{L}\p{N}\p{M}]/u.exec(unit)?.[0] ?? '') : '';
    push(core, true);
    push(unit.slice(core.length).replaceAll(BLOCK_END, ' '), false);
    previous = unit;
  });
  const last = segments.at(-1);
  if (last) last.text = last.text.trimEnd();
  return segments.filter((segment) => segment.text);
}

/** Unit text as written, without marks. */
export function joinUnits(unitText: string): string {
  return markedText(unitText, [])
    .map((segment) => segment.text)
    .join('');
}
