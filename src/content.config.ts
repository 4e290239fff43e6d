import { defineCollection } from 'astro:content';
import { casesDir } from './build/cases-dir';
import { checkCaseFile } from './lib/content/check-case';
import { checkDocFile } from './lib/content/check-doc';
import { checkedGlob } from './loaders/checked-glob';
import { caseSchema } from './schemas/case';
import { docSchema } from './schemas/doc';

const cases = defineCollection({
  loader: checkedGlob({ base: casesDir, pattern: '**/*.mdx', check: checkCaseFile }),
  schema: caseSchema,
});

const docs = defineCollection({
  loader: checkedGlob({ base: 'content/docs', pattern: '**/*.mdx', check: checkDocFile }),
  schema: docSchema,
});

export const collections = { cases, docs };
