import { z } from 'astro/zod';

/**
 * Characters that change how text is displayed without being seen: bidirectional overrides and
 * isolates (which can make text read differently from how it is stored) and zero-width spaces (which
 * make two identical-looking tags different). They arrive by copy and paste; an editor never means them.
 */
// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A line of editor text: trimmed, `min`–`max` characters, no invisible control characters. */
export function plainText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .check((ctx) => {
      const found = INVISIBLE.exec(ctx.value);
      if (found) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `含有看不见的控制字符 ${codePoint(found[0])}（常见于复制粘贴），请删去后重新输入这段文字`,
        });
      }
    });
}
