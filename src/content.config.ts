import { defineCollection } from 'astro:content';
import { casesDir } from './build/cases-dir';
import { checkCaseFile } from './lib/content/check-case';
import { checkDocFile } from './lib/content/check-doc';
import { checkedGlob } from './loaders/checked-glob';
import { drawingOrgCharts } from './loaders/drawing-org-charts';
import { caseSchema } from './schemas/case';
import { docSchema } from './schemas/doc';

const cases = defineCollection({
  loader: drawingOrgCharts(checkedGlob({ base: casesDir, pattern: '**/*.mdx', check: checkCaseFile })),
  schema: caseSchema,
});

const docs = defineCollection({
  loader: checkedGlob({ base: 'content/docs', pattern: '**/*.mdx', check: checkDocFile }),
  schema: docSchema,
});

export const collections = { cases, docs };
