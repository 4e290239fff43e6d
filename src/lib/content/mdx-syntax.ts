// What separates an MDX body from a Markdown one: a case body without MDX syntax renders the same either way.
import type { Processor } from 'unified';

/**
 * Whether a body has anything MDX reads differently from Markdown: a `<` (a tag, a component such as
 * `<Callout>`, or a stray one MDX refuses), a brace (`{…}`, even escaped), an `import` or `export`
 * line. Images also stay with MDX, whose image handling the photo pipeline is built on. Without any of
 * these, MDX and Markdown (read with `remarkNoIndentedCode`) make the same page.
 */
export function usesMdxSyntax(body: string): boolean {
  return /[<{}]|!\[|^[^\S\n]*(?:import|export)\s/m.test(body);
}

/**
 * Remark plugin: no indented code blocks, as in MDX, so a paragraph indented by four spaces stays a
 * paragraph whether its body is rendered as Markdown or as MDX, and in the content checks.
 */
export function remarkNoIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}
