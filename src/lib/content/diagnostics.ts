import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import { splitFrontmatter } from './frontmatter';
import { editorErrorMap } from './zod-messages';

/** One problem in one file, pointing at a line and column (1-based) and a field path. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Field path in the frontmatter, e.g. `unit.level` or `metrics[2].source`; empty for the whole file. */
  path: string;
  message: string;
}

/** `content/cases/x.mdx:12:3 unit.level：应为 …` — the one format every check prints. */
export function formatDiagnostic({ file, line, column, path, message }: Diagnostic): string {
  return `${file}:${line}:${column} ${path ? `${path}：` : ''}${message}`;
}

/** Diagnostics in reading order: by file, then line, then column. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** A problem with the frontmatter field at `path`, pointing at where the field is written. */
export function fieldDiagnostic(
  file: string,
  locate: FieldLocator,
  path: readonly PropertyKey[],
  message: string,
): Diagnostic {
  return { file, ...locate(path), path: formatPath(path), message };
}

/** YAML aliases allowed before a file counts as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export type Located = Pick<Diagnostic, 'line' | 'column'>;

/** Where a frontmatter field (`['metrics', 3, 'source']`) is written in the file. */
export type FieldLocator = (path: readonly PropertyKey[]) => Located;

/** The YAML parser's error codes an editor meets most, in plain Chinese. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '缺少配对的引号或括号',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  BAD_INDENT: '缩进不一致：同一层的字段应左对齐',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或上一行的引号没有闭合',
  BLOCK_AS_IMPLICIT_KEY: '缩进或冒号有误',
  UNEXPECTED_TOKEN: '出现了意外的字符，请检查冒号、引号和缩进',
};

function explainYamlError(code: YAMLError['code'] | undefined, message: string): string {
  if (code && YAML_ERRORS[code]) return YAML_ERRORS[code];
  if (/alias count/i.test(message)) return '别名（*）展开得太多，像是一颗“别名炸弹”：请直接写出内容，不要层层引用';
  if (/call stack/i.test(message)) return '嵌套层数太多，无法读取：元数据不需要这么深的层级';
  return message.split('\n')[0] ?? message;
}

/** Finds where a path's key (or list item) is written; a missing field points at its parent. */
function locate(root: Node | null, path: readonly PropertyKey[], lines: LineCounter): Located {
  let node: unknown = root;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      const item = node.items[segment] as Node;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** A checked content file: its data, body (what follows the frontmatter) and field positions when valid. */
export type CheckedFile<T> =
  | { data: T; body: string; bodyLine: number; locate: FieldLocator; diagnostics: [] }
  | { data?: undefined; diagnostics: Diagnostic[] };

/**
 * Validates a content file's frontmatter against a schema and reports every problem with its
 * position in the file, in Chinese. Returns the parsed data, the body and a field locator when
 * there is none.
 */
export function checkFrontmatter<S extends z.ZodType>(
  file: string,
  contents: string,
  schema: S,
): CheckedFile<z.output<S>> {
  const { yaml, body, bodyLine } = splitFrontmatter(contents);
  if (yaml === undefined) {
    return {
      diagnostics: [
        { file, line: 1, column: 1, path: '', message: '文件应以 --- 开头的 frontmatter（元数据）区块开始，并以 --- 结束' },
      ],
    };
  }
  // The YAML starts on the file's second line.
  const at = (position: Located): Located => ({ line: position.line + 1, column: position.column });
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    // Later YAML errors are mostly echoes of the first: report the one to fix.
    const [error] = document.errors;
    const { line, col } = lines.linePos(error?.pos[0] ?? 0);
    const message = error ? explainYamlError(error.code, error.message) : '';
    return { diagnostics: [{ file, ...at({ line, column: col }), path: '', message: `YAML 语法错误：${message}` }] };
  }
  let input: unknown;
  try {
    input = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      diagnostics: [
        { file, line: 2, column: 1, path: '', message: `YAML 无法读取：${explainYamlError(undefined, (error as Error).message)}` },
      ],
    };
  }
  const locateField: FieldLocator = (path) => at(locate(document.contents, path, lines));
  const result = schema.safeParse(input, { error: editorErrorMap });
  if (result.success) return { data: result.data, body, bodyLine, locate: locateField, diagnostics: [] };
  return {
    diagnostics: result.error.issues.map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      return { file, ...locateField(path), path: formatPath(issue.path), message: issue.message };
    }),
  };
}
