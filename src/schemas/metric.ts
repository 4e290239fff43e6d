import { z } from 'astro/zod';
import { plainText } from './text';

export const APPROX_MARKS = ['余', '多', '约', '以上'] as const;

export const metricSchema = z
  .strictObject({
    label: plainText(1, 30),
    /** A key of the metric vocabulary, for comparison across cases. */
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, { error: '应为小写英文、数字和下划线，如 party_members' })
      .optional(),
    value: z.number().optional(),
    before: z.number().optional(),
    after: z.number().optional(),
    unit: plainText(1, 8),
    approx: z.enum(APPROX_MARKS).optional(),
    group: plainText(1, 20).optional(),
    year: z.int().min(1921).max(2100).optional(),
    /** Show this figure on the case's card on the home page. */
    headline: z.boolean().optional(),
    /** The passage of the case body that states the figure. */
    source: plainText(4, 160),
  })
  .check((ctx) => {
    const { value, before, after } = ctx.value;
    const hasValue = value !== undefined;
    const hasChange = before !== undefined || after !== undefined;
    if (hasValue && hasChange) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['value'],
        message: '应只填 value，或只填 before 与 after，不能同时填写',
      });
    } else if (!hasValue && !hasChange) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['value'],
        message: '缺少数值：应填写 value，或同时填写 before 与 after',
      });
    } else if (hasChange && (before === undefined || after === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [before === undefined ? 'before' : 'after'],
        message: '变化类指标应同时填写 before 与 after',
      });
    }
  });

export type Metric = z.output<typeof metricSchema>;
