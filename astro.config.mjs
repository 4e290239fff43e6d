// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import searchIndex from './src/integrations/search-index';
import rawSiteConfig from './site.config';
import { diagramFallback } from './src/integrations/diagram-fallback';
import { siteConfigSchema } from './src/schemas/site';

const site = siteConfigSchema.parse(rawSiteConfig);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  srcDir: './src',
  integrations: [mdx(), diagramFallback(), searchIndex()],
  // Photos in case bodies get a srcset of widths up to their own, served as WebP.
  image: { layout: 'constrained' },
  markdown: {
    // GFM is configured here rather than through unified's built-in switch so that a single
    // tilde stays literal: Chinese text writes ranges as 3~5人.
    processor: unified({ gfm: false, remarkPlugins: [[remarkGfm, { singleTilde: false }]] }),
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
