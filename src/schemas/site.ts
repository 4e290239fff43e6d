import { z } from 'astro/zod';

export const siteConfigSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  /** Origin the site is served from, without the base path. */
  url: z.url({ protocol: /^https?$/ }),
  /** Sub-path the site lives under; normalised to start and end with "/". */
  base: z
    .string()
    .regex(/^\/?([\w.-]+\/?)*$/, { error: 'base 应为形如 / 或 /cases/ 的路径' })
    .transform((base) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')),
  repository: z.url({ protocol: /^https?$/ }),
  /** Branch that edit links open. */
  editBranch: z.string().min(1).default('main'),
  /** Footer line, e.g. an ICP 备案号. */
  footer: z.string().default(''),
  themeColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'themeColor 应为 #RRGGBB' }),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
