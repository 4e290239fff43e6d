import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkNoIndentedCode } from './mdx-syntax';

/** A line break with Chinese (or full-width punctuation) on both sides: browsers would show it as a space. */
const CJK_LINE_BREAK = /(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])[^\S\n]*\n[^\S\n]*(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu;

/** Joins the lines of a paragraph where both sides are Chinese, as a reader of the source expects. */
export const remarkJoinChineseLines: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(CJK_LINE_BREAK, '');
  });
};

/**
 * The remark plugins of every case body. astro.config.mjs renders with them and the content checks
 * read with them, so a passage found by a check is the passage the page shows.
 */
export const remarkPlugins: [
  [typeof remarkGfm, GfmOptions],
  typeof remarkNoIndentedCode,
  Plugin<[], Root>,
  Plugin<[], Root>,
] = [
  // A single tilde stays literal: Chinese text writes ranges as 3~5人.
  [remarkGfm, { singleTilde: false }],
  remarkNoIndentedCode,
  remarkJoinChineseLines,
  // Typed for any syntax tree; here it runs on Markdown's.
  remarkSmartypants as Plugin<[], Root>,
];

const reader = unified().use(remarkParse).use(remarkPlugins);

/** The text of every paragraph, heading and table cell of a Markdown body, as its page shows it. */
export function blockTexts(markdown: string): string[] {
  const texts: string[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push(toString(node, { includeImageAlt: false }));
    } else if ('children' in node) {
      for (const child of node.children) collect(child);
    }
  };
  collect(reader.runSync(reader.parse(markdown)) as Root);
  return texts;
}

// Smartypants curls straight quotes by context, so a passage quoted alone may curl differently.
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

/**
 * One character of text as passages are compared: whitespace drops out (line wraps and spacing
 * never matter in Chinese), quotes lose their direction. Returns '' for a character that drops.
 */
export function comparableChar(char: string): string {
  return /\s/.test(char) ? '' : (QUOTES[char] ?? char);
}

export function comparable(text: string): string {
  let result = '';
  for (const char of text) result += comparableChar(char);
  return result;
}

/**
 * Text that no Markdown, GFM or smartypants rule can change: Han and other letters, digits, CJK and
 * full-width punctuation, curly quotes, inner spaces, and `.` or `,` inside a number. Almost every
 * passage a metric cites is such text, and skipping the Markdown parser for it keeps the passages of
 * 1,000 cases from costing seconds of every build.
 */
const PLAIN_TEXT = /^(?!\s)[\p{L}\p{N}\p{M}\u3000-\u303f\uff00-\uffef“”‘’%·—… ]*$/u;

export function isPlainText(text: string): boolean {
  return PLAIN_TEXT.test(text.replace(/(?<=\d)[.,](?=\d)/g, ''));
}

/** A passage written in frontmatter (it may carry Markdown markup) as it compares with page text. */
export function comparablePassage(passage: string): string {
  return comparable(isPlainText(passage) ? passage : blockTexts(passage).join(''));
}
