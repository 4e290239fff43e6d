import { z } from 'astro/zod';
import { plainText } from './text';

export const UNIT_LEVELS = ['省级', '地市级', '县区级', '乡镇街道', '村社区'] as const;

export const unitSchema = z.strictObject({
  name: plainText(1, 40),
  /** Province first, then city, county, township. */
  region: z.array(plainText(1, 20)).min(1).max(4),
  level: z.enum(UNIT_LEVELS),
  sector: plainText(1, 20),
});

export type Unit = z.output<typeof unitSchema>;
