import { defineCollection } from 'astro:content';
import { checkedGlob } from './loaders/checked-glob';
import { caseSchema } from './schemas/case';
import { casesDir } from './build/cases-dir';

const cases = defineCollection({
  loader: checkedGlob({ base: casesDir, pattern: '**/*.mdx' }),
  schema: caseSchema,
});

export const collections = { cases };
