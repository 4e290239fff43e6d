import { Parser } from 'htmlparser2';
import { fold, restoreTable, serializeTable, type FoldTable } from './fold';
import { closeBlock, unitSpans } from './units';

/** Elements that continue the line of text around them: a word may run across their edges. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  'ruby',
  'rb',
  'rp',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

export const RESTORE_META = 'restore';

export interface SearchablePage {
  /** The page as Pagefind should index it. */
  html: string;
  /** The indexed text, folded: which characters a reader's query can meet. */
  foldedText: string;
}

/** A text node of the page: where its source runs (end exclusive) and its decoded text. */
interface TextNode {
  start: number;
  end: number;
  value: string;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A built page rewritten for the index: inside `data-pagefind-body`, text is folded to simplified
 * script and cut into units (see units.ts); markup, attributes, metadata and filters stay as they
 * are. Pages without `data-pagefind-body` are not indexed: null.
 *
 * The page is read by a streaming parser and only its text is replaced in place, so the rest of the
 * page goes to Pagefind byte for byte (and a 1,000-case site is rewritten in a second, not ten).
 */
export function searchablePage(html: string, table: FoldTable): SearchablePage | null {
  const replaced: { node: TextNode; text: string }[] = [];
  let original = '';
  let foldedText = '';
  let run: TextNode[] = [];
  const flush = () => {
    original += run.map((node) => node.value).join('') + '\n';
    const foldedParts = run.map((node) => fold(node.value, table));
    foldedText += foldedParts.join('') + '\n';
    distributeUnits(run, foldedParts).forEach((text, index) => {
      replaced.push({ node: run[index] as TextNode, text });
    });
    run = [];
  };

  // Depth of open elements, and the depths at which a body and a non-text element opened.
  const open: string[] = [];
  let bodyDepth: number | undefined;
  let skipDepth: number | undefined;
  let bodies = 0;
  let restoreAt: number | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      open.push(name);
      if (bodyDepth === undefined) {
        if (attributes['data-pagefind-body'] === undefined) return;
        bodyDepth = open.length;
        bodies += 1;
        return;
      }
      if (skipDepth !== undefined) return;
      if (NOT_TEXT.has(name)) skipDepth = open.length;
      else if (!INLINE.has(name)) flush();
    },
    onclosetag(name) {
      const depth = open.length;
      open.pop();
      if (bodyDepth === undefined) return;
      if (depth === bodyDepth) {
        flush();
        if (bodies === 1) restoreAt ??= parser.startIndex;
        bodyDepth = undefined;
      } else if (skipDepth !== undefined) {
        if (depth === skipDepth) skipDepth = undefined;
      } else if (!INLINE.has(name)) flush();
    },
    ontext(value) {
      if (bodyDepth === undefined || skipDepth !== undefined) return;
      const last = run.at(-1);
      // The parser hands a text over in pieces around its character references.
      if (last && last.end === parser.startIndex) {
        last.value += value;
        last.end = parser.endIndex + 1;
      } else run.push({ start: parser.startIndex, end: parser.endIndex + 1, value });
    },
  });
  parser.end(html);
  if (bodies === 0) return null;

  const restore = restoreTable(original, table);
  const insertions = replaced.map(({ node, text }) => ({ ...node, text: escapeText(text) }));
  if (restore.size > 0 && restoreAt !== undefined) {
    const value = escapeAttribute(serializeTable(restore));
    insertions.push({
      start: restoreAt,
      end: restoreAt,
      value: '',
      text: `<span hidden data-pagefind-meta="${RESTORE_META}[data-restore]" data-restore="${value}"></span>`,
    });
  }
  insertions.sort((a, b) => a.start - b.start);
  let rewritten = '';
  let at = 0;
  for (const insertion of insertions) {
    rewritten += html.slice(at, insertion.start) + insertion.text;
    at = insertion.end;
  }
  return { html: rewritten + html.slice(at), foldedText };
}

/** The new text of each node of a run: the units that start inside it, separated by spaces. */
function distributeUnits(run: readonly TextNode[], foldedParts: readonly string[]): string[] {
  const spans = unitSpans(foldedParts.join(''));
  const last = spans.at(-1);
  if (last) last.unit = closeBlock(last.unit);
  let nodeStart = 0;
  let next = 0;
  return run.map((_node, index) => {
    const nodeEnd = nodeStart + (foldedParts[index]?.length ?? 0);
    const units: string[] = [];
    for (let span = spans[next]; span && span.start < nodeEnd; span = spans[(next += 1)])
      units.push(span.unit);
    nodeStart = nodeEnd;
    return units.length > 0 ? ` ${units.join(' ')} ` : ' ';
  });
}
