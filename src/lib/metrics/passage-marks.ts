import type { Element, ElementContent, Root, Text } from 'hast';
import { comparableChar } from '../content/markdown';
import type { Passage } from './provenance';

type Parent = Root | Element;
type Node = Root['children'][number];

const PHRASING_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
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
  'wbr',
]);

function isPhrasing(node: Node): boolean {
  if (node.type === 'text') return true;
  if (node.type === 'element') return PHRASING_TAGS.has(node.tagName);
  // MDX's inline JSX and expressions sit in running text.
  return (node.type as string) === 'mdxJsxTextElement' || (node.type as string) === 'mdxTextExpression';
}

function hasChildren(node: Node | Parent): node is Parent {
  return 'children' in node && Array.isArray(node.children);
}

/** A run of inline siblings: what a paragraph, heading, table cell or list item's own text is made of. */
interface Run {
  parent: Parent;
  start: number;
  end: number;
}

/** Every run of the tree, in document order. */
function runs(parent: Parent): Run[] {
  const found: Run[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) found.push({ parent, start, end });
    start = -1;
  };
  parent.children.forEach((child, index) => {
    if (isPhrasing(child as Node)) {
      if (start < 0) start = index;
    } else {
      close(index);
      if (hasChildren(child as Node)) found.push(...runs(child as Parent));
    }
  });
  close(parent.children.length);
  return found;
}

/** A text node inside a run, with the chain of nodes from the run's parent down to it. */
interface Leaf {
  chain: (Parent | Text)[];
  text: Text;
}

function leaves(run: Run): Leaf[] {
  const found: Leaf[] = [];
  const walk = (node: Node, chain: (Parent | Text)[]): void => {
    if (node.type === 'text') found.push({ chain: [...chain, node], text: node });
    else if (hasChildren(node)) for (const child of node.children) walk(child as Node, [...chain, node]);
  };
  for (const child of run.parent.children.slice(run.start, run.end)) walk(child as Node, [run.parent]);
  return found;
}

const text = (value: string): Text => ({ type: 'text', value });

/**
 * Wraps the first occurrence of each passage in the page text in `<mark id class="metric-source">`
 * (whitespace and quote direction aside). A passage that starts or ends inside inline markup is
 * widened to that whole element so the tree stays well formed. Returns the passages not found.
 */
export function markPassages(tree: Root, passages: readonly Passage[]): Passage[] {
  return passages.filter((passage) => !markPassage(tree, passage));
}

function markPassage(tree: Root, passage: Passage): boolean {
  for (const run of runs(tree)) {
    const found = leaves(run);
    // The run's comparable text, and for each of its characters the leaf and offset it came from.
    let comparable = '';
    const origin: { leaf: number; offset: number }[] = [];
    found.forEach(({ text }, leaf) => {
      for (let offset = 0; offset < text.value.length; offset += 1) {
        const char = comparableChar(text.value.charAt(offset));
        if (char === '') continue;
        comparable += char;
        origin.push({ leaf, offset });
      }
    });
    const at = comparable.indexOf(passage.text);
    if (at < 0 || passage.text === '') continue;
    const first = origin[at];
    const last = origin[at + passage.text.length - 1];
    const startLeaf = first && found[first.leaf];
    const endLeaf = last && found[last.leaf];
    if (!first || !last || !startLeaf || !endLeaf) continue;
    wrap(passage.id, startLeaf, first.offset, endLeaf, last.offset + 1);
    return true;
  }
  return false;
}

function wrap(id: string, start: Leaf, startOffset: number, end: Leaf, endOffset: number): void {
  const mark = (children: ElementContent[]): Element => ({
    type: 'element',
    tagName: 'mark',
    properties: { id, className: ['metric-source'] },
    children,
  });
  if (start.text === end.text) {
    const container = start.chain.at(-2) as Parent;
    const { value } = start.text;
    const pieces: ElementContent[] = [mark([text(value.slice(startOffset, endOffset))])];
    if (startOffset > 0) pieces.unshift(text(value.slice(0, startOffset)));
    if (endOffset < value.length) pieces.push(text(value.slice(endOffset)));
    container.children.splice(container.children.indexOf(start.text), 1, ...pieces);
    return;
  }
  // The deepest node both ends sit in, and the children of it that hold each end.
  let depth = 0;
  while (start.chain[depth + 1] === end.chain[depth + 1]) depth += 1;
  const container = start.chain[depth] as Parent;
  const from = start.chain[depth + 1] as ElementContent;
  const to = end.chain[depth + 1] as ElementContent;
  const children = container.children as ElementContent[];
  const first = children.indexOf(from);
  const last = children.indexOf(to);
  const before: ElementContent[] = [];
  const inside: ElementContent[] = [];
  const after: ElementContent[] = [];
  if (from === start.text && startOffset > 0) {
    before.push(text(start.text.value.slice(0, startOffset)));
    inside.push(text(start.text.value.slice(startOffset)));
  } else {
    inside.push(from);
  }
  inside.push(...children.slice(first + 1, last));
  if (to === end.text && endOffset < end.text.value.length) {
    inside.push(text(end.text.value.slice(0, endOffset)));
    after.push(text(end.text.value.slice(endOffset)));
  } else {
    inside.push(to);
  }
  children.splice(first, last - first + 1, ...before, mark(inside), ...after);
}
