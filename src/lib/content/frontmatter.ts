const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[^\S\r\n]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML between the `---` lines; undefined when the file has no frontmatter block. */
  yaml: string | undefined;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** A content file split into its frontmatter YAML and its body, keeping track of line numbers. */
export function splitFrontmatter(file: string): SplitFile {
  // Some editors (older Windows Notepad) start a UTF-8 file with a byte-order mark.
  const contents = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const match = FRONTMATTER.exec(contents);
  if (!match) return { yaml: undefined, body: contents, bodyLine: 1 };
  const head = match[0];
  const lines = head.split('\n').length - (head.endsWith('\n') ? 1 : 0);
  return { yaml: match[1] ?? '', body: contents.slice(head.length), bodyLine: lines + 1 };
}
