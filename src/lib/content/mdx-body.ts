import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from './diagnostics';

/** The components a case body may use, with the attributes each accepts. Rendered by src/components/mdx/. */
export const ALLOWED_COMPONENTS = {
  Callout: ['type', 'title'],
  Figure: ['caption'],
  PullQuote: ['cite'],
} as const satisfies Record<string, readonly string[]>;

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;
const componentList = Object.keys(ALLOWED_COMPONENTS).join('、');

export interface BodyCheckOptions {
  /** Whether a path relative to the case file exists (images). Not checked when absent. */
  fileExists?: (relativePath: string) => boolean;
  /** Slugs of all cases, to check links to /cases/<slug>/. Not checked when absent. */
  caseSlugs?: ReadonlySet<string>;
}

/** The MDX parser's most common complaints, in words an editor can act on. */
const MDX_ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/expected a corresponding closing brace for `\{`/, () => '花括号 { 没有配对的 }；要原样显示花括号，请写成 \\{ 和 \\}'],
  [/Expected a closing tag for `<(\w*)>`/, (name = '') => `<${name}> 缺少结束标签 </${name}>`],
  [/Unexpected closing tag `<\/(\w*)>`/, (name = '') => `多余的结束标签 </${name}>，或它与开始标签不配对`],
  [
    /before name, expected a character that can start a name/,
    () => '“<” 后面应是组件名；要原样显示小于号，请写成 \\<',
  ],
  [/to create a link in MDX, use `\[text\]\(url\)`/, () => 'MDX 中不能用 <网址> 写链接，请写成 [文字](网址)，或直接写出网址'],
  [/Could not parse expression with acorn/, () => '花括号里的内容不是合法表达式；正文不能使用 {…}，要显示花括号请写成 \\{ 和 \\}'],
];

function explainMdxError(reason: string): string {
  for (const [pattern, explain] of MDX_ERRORS) {
    const match = pattern.exec(reason);
    if (match) return explain(...match.slice(1));
  }
  return `${reason}（正文中要原样显示 { } < 时，请写成 \\{ \\} \\<）`;
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Checks a case body written in MDX: it must parse, and may contain only Markdown and the allowed
 * components — no import/export, no `{…}` expressions, no other tags (so no <script> or <style>), no
 * event handlers, no javascript:/data: links, and every image needs alt text. A body that passes runs
 * no code at build time.
 */
export function checkMdxBody(
  file: string,
  body: string,
  bodyLine: number,
  options: BodyCheckOptions = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (node: Positioned | undefined, message: string) => {
    const start = node?.position?.start ?? { line: 1, column: 1 };
    diagnostics.push({ file, line: start.line + bodyLine - 1, column: start.column, path: '', message });
  };

  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { line = 1, column = 1, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
    // "Expected a closing tag for `<X>` (6:1-6:22)" points at the opening tag: report there.
    const [, openLine, openColumn] = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason) ?? [];
    diagnostics.push({
      file,
      line: Number(openLine ?? line) + bodyLine - 1,
      column: Number(openColumn ?? column),
      path: '',
      message: `MDX 语法错误：${explainMdxError(reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, ''))}`,
    });
    return diagnostics;
  }

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, '正文不能使用 import 或 export 语句');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, '正文不能使用 {…} 表达式；要显示花括号，请写成 \\{ 和 \\}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = (ALLOWED_COMPONENTS as Record<string, readonly string[]>)[name];
        if (!allowed) {
          report(node, `不允许的组件或 HTML 标签 <${name}>：正文只能使用 ${componentList}`);
          break;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(node, `<${name}> 的属性不能是表达式`);
          } else if (/^on/i.test(attribute.name)) {
            report(node, `<${name}> 不能带事件处理属性 ${attribute.name}`);
          } else if (!allowed.includes(attribute.name)) {
            report(node, `<${name}> 没有属性 ${attribute.name}；可用的属性：${allowed.join('、') || '无'}`);
          } else if (typeof attribute.value !== 'string') {
            report(node, `<${name}> 的属性 ${attribute.name} 应写成带引号的文字，如 ${attribute.name}="…"`);
          } else if (name === 'Callout' && attribute.name === 'type' && !(CALLOUT_TYPES as readonly string[]).includes(attribute.value)) {
            report(node, `<Callout> 的 type 应为 ${CALLOUT_TYPES.join('、')} 之一，实际为 “${attribute.value}”`);
          }
        }
        if (name === 'Figure' && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'caption')) {
          report(node, '<Figure> 需要 caption（图片说明）属性');
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (UNSAFE_URL.test(node.url)) {
          report(node, `不允许的链接地址 “${node.url.slice(0, 40)}”：只能用 http(s) 网址或站内路径`);
        } else if (node.type === 'image') {
          if (!node.alt?.trim()) report(node, `图片 ${node.url} 缺少替代文字：写成 ![图片内容的描述](${node.url})`);
          if (options.fileExists && !/^[a-z]+:|^\//i.test(node.url) && !options.fileExists(decodeURI(node.url))) {
            report(node, `找不到图片文件 ${node.url}：图片应放在案例文件旁边，路径相对于案例文件`);
          }
        } else if (node.type === 'link' && options.caseSlugs) {
          const slug = /^\/cases\/([^/#?]+)\/?(?:[#?].*)?$/.exec(node.url)?.[1];
          if (slug !== undefined && !options.caseSlugs.has(slug)) {
            report(node, `站内链接 ${node.url} 指向不存在的案例 “${slug}”`);
          }
        }
        break;
    }
  });
  return diagnostics;
}
