import { z } from 'astro/zod';
import { metricSchema } from './metric';
import { orgChartSchema } from './org-chart';
import { sourceSchema } from './source';
import { unitSchema } from './unit';

export const CASE_LANGS = ['zh-Hans', 'zh-Hant'] as const;

const tagsSchema = z
  .array(z.string().trim().min(1).max(12))
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
  title: z.string().trim().min(1).max(60),
  brand: z.string().trim().min(1).max(40),
  slogan: z.string().trim().min(1).max(60).optional(),
  summary: z.string().trim().min(20).max(200),
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
