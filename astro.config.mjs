// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import rawSiteConfig from './site.config';
import { inSitemap } from './src/lib/seo/pages';
import { siteConfigSchema } from './src/schemas/site';

const site = siteConfigSchema.parse(rawSiteConfig);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  srcDir: './src',
  integrations: [mdx(), sitemap({ filter: inSitemap })],
  markdown: {
    // GFM is configured here rather than through unified's built-in switch so that a single
    // tilde stays literal: Chinese text writes ranges as 3~5人.
    // Headings get their ids first so that each can carry a link to itself (hidden from assistive
    // technology and the tab order: the table of contents is the accessible way in).
    processor: unified({
      gfm: false,
      remarkPlugins: [[remarkGfm, { singleTilde: false }]],
      rehypePlugins: [
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaHidden: true, tabIndex: -1 },
          },
        ],
      ],
    }),
  },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers this bundler notice about Astro's own head-injection marker.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
