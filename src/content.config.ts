import { defineCollection } from 'astro:content';
import { checkCaseMetrics } from './lib/metrics/checks';
import { checkedGlob } from './loaders/checked-glob';
import { caseSchema } from './schemas/case';

/** Where case files live; CASEBOOK_CASES_DIR points a build at another folder (test fixtures, benchmarks). */
const casesDir = process.env.CASEBOOK_CASES_DIR ?? 'content/cases';

const cases = defineCollection({
  loader: checkedGlob({ base: casesDir, pattern: '**/*.mdx', schema: caseSchema, check: checkCaseMetrics }),
  schema: caseSchema,
});

export const collections = { cases };
