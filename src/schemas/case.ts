import { z } from 'astro/zod';
import { metricSchema } from './metric';
import { orgChartSchema } from './org-chart';
import { sourceSchema } from './source';
import { unitSchema } from './unit';
import { plainText } from './text';

export const CASE_LANGS = ['zh-Hans', 'zh-Hant'] as const;

const tagsSchema = z
  .array(plainText(1, 12))
  .max(12)
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((tag, index) => {
      if (seen.has(tag)) {
        ctx.issues.push({
          code: 'custom',
          input: tag,
          path: [index],
          message: `标签重复：“${tag}”`,
        });
      }
      seen.add(tag);
    });
  });

/** Frontmatter contract v1 of content/cases/<slug>.mdx. */
export const caseSchema = z.strictObject({
  title: plainText(1, 60),
  brand: plainText(1, 40),
  slogan: plainText(1, 60).optional(),
  summary: plainText(20, 200),
  unit: unitSchema,
  tags: tagsSchema.default([]),
  lang: z.enum(CASE_LANGS).default('zh-Hans'),
  draft: z.boolean().default(false),
  source: sourceSchema,
  orgCharts: z.array(orgChartSchema).max(4).default([]),
  metrics: z.array(metricSchema).max(40).default([]),
});

export type CaseData = z.output<typeof caseSchema>;
export type CaseLang = (typeof CASE_LANGS)[number];
