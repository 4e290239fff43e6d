import type { Element, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
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

/**
 * A built page rewritten for the index: inside `data-pagefind-body`, text is folded to simplified
 * script and cut into units (see units.ts); markup, attributes, metadata and filters stay as they
 * are. Pages without `data-pagefind-body` are not indexed: null.
 */
export function searchablePage(html: string, table: FoldTable): SearchablePage | null {
  const tree = fromHtml(html);
  const bodies = findAll(tree, (element) => element.properties.dataPagefindBody !== undefined);
  if (bodies.length === 0) return null;
  let original = '';
  let foldedText = '';
  for (const body of bodies) {
    let run: Text[] = [];
    const flush = () => {
      original += run.map((node) => node.value).join('') + '\n';
      const foldedParts = run.map((node) => fold(node.value, table));
      foldedText += foldedParts.join('') + '\n';
      distributeUnits(run, foldedParts);
      run = [];
    };
    const walk = (node: Element) => {
      for (const child of node.children) {
        if (child.type === 'text') run.push(child);
        else if (child.type === 'element' && !NOT_TEXT.has(child.tagName)) {
          const inline = INLINE.has(child.tagName);
          if (!inline) flush();
          walk(child);
          if (!inline) flush();
        }
      }
    };
    walk(body);
    flush();
  }
  const restore = restoreTable(original, table);
  if (restore.size > 0) {
    bodies[0]?.children.push({
      type: 'element',
      tagName: 'span',
      properties: {
        hidden: true,
        dataPagefindMeta: `${RESTORE_META}[data-restore]`,
        dataRestore: serializeTable(restore),
      },
      children: [],
    });
  }
  return { html: toHtml(tree), foldedText };
}

/** Each text node of a run gets the units that start inside it, separated by spaces. */
function distributeUnits(run: readonly Text[], foldedParts: readonly string[]) {
  const spans = unitSpans(foldedParts.join(''));
  const last = spans.at(-1);
  if (last) last.unit = closeBlock(last.unit);
  let nodeStart = 0;
  let next = 0;
  for (const [index, node] of run.entries()) {
    const nodeEnd = nodeStart + (foldedParts[index]?.length ?? 0);
    const units: string[] = [];
    for (let span = spans[next]; span && span.start < nodeEnd; span = spans[(next += 1)])
      units.push(span.unit);
    node.value = units.length > 0 ? ` ${units.join(' ')} ` : ' ';
    nodeStart = nodeEnd;
  }
}

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (children: RootContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      else visit(child.children);
    }
  };
  visit(node.children);
  return found;
}
