import { defineCollection } from 'astro:content';
import { checkedGlob } from './loaders/checked-glob';
import { caseSchema } from './schemas/case';
import { docSchema } from './schemas/doc';

/** Where case files live; CASEBOOK_CASES_DIR points a build at another folder (test fixtures, benchmarks). */
const casesDir = process.env.CASEBOOK_CASES_DIR ?? 'content/cases';

const cases = defineCollection({
  loader: checkedGlob({ base: casesDir, pattern: '**/*.mdx', schema: caseSchema }),
  schema: caseSchema,
});

const docs = defineCollection({
  loader: checkedGlob({ base: 'content/docs', pattern: '**/*.mdx', schema: docSchema }),
  schema: docSchema,
});

export const collections = { cases, docs };
