import { z } from 'astro/zod';
import { plainText } from './text';

/** Frontmatter of content/docs/<slug>.mdx: the site's own documentation pages. */
export const docSchema = z.strictObject({
  title: plainText(1, 40),
  description: plainText(1, 160),
  /** Position in the sidebar, smallest first. */
  order: z.int().min(0),
});

export type DocData = z.output<typeof docSchema>;
