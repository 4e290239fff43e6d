import { z } from 'astro/zod';
import { plainText } from './text';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(text: string): boolean {
  const [, year, month, day] = PARTIAL_DATE.exec(text) ?? [];
  if (!year) return false;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month ?? 1) - 1 &&
    date.getUTCDate() === Number(day ?? 1)
  );
}

/** YYYY, YYYY-MM or YYYY-MM-DD. YAML reads an unquoted date as a Date and a bare year as a number. */
export const partialDateSchema = z.preprocess(
  (input) =>
    input instanceof Date
      ? input.toISOString().slice(0, 10)
      : typeof input === 'number'
        ? String(input)
        : input,
  z.string().refine(isRealDate, { error: '应为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的真实日期' }),
);

export const sourceSchema = z.strictObject({
  title: plainText(1, 120),
  publisher: plainText(1, 60),
  date: partialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 开头的网址' }).optional(),
});

export type Source = z.output<typeof sourceSchema>;
