/** Characters of Chinese text an adult reads in a minute, and words of Latin-script text. */
const HAN_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

/** Text a reader reads from a Markdown body: link targets, tags and markup left out. */
function readableText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|~[\]-]/g, ' ');
}

/** Whole minutes to read a Markdown body, at least 1. */
export function readingMinutes(markdown: string): number {
  const text = readableText(markdown);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
