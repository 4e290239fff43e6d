import { z } from 'astro/zod';

/** Frontmatter of content/docs/<slug>.mdx: the site's own documentation pages. */
export const docSchema = z.strictObject({
  title: z.string().trim().min(1).max(40),
  description: z.string().trim().min(1).max(160),
  /** Position in the sidebar, smallest first. */
  order: z.int().min(0),
});

export type DocData = z.output<typeof docSchema>;
