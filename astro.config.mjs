// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rawSiteConfig from './site.config';
import { diagramFallback } from './src/integrations/diagram-fallback';
import { inventory } from './src/integrations/inventory';
import searchIndex from './src/integrations/search-index';
import { securityHeaders } from './src/integrations/security-headers';
import { remarkPlugins } from './src/lib/content/markdown';
import { rehypeBaseLinks } from './src/lib/content/rehype-base-links';
import { rehypeMetricSources } from './src/lib/metrics/rehype-metric-sources';
import { inSitemap } from './src/lib/seo/pages';
import { siteConfigSchema } from './src/schemas/site';

const site = siteConfigSchema.parse(rawSiteConfig);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  srcDir: './src',
  integrations: [
    mdx(),
    diagramFallback(),
    searchIndex(),
    sitemap({ filter: inSitemap }),
    securityHeaders(),
    inventory(),
  ],
  experimental: {
    // Case pages whose cacheKey (lib/content/case-page.ts) and code are unchanged are kept from the
    // previous build instead of rendered again.
    incrementalBuild: true,
  },
  // Photos in case bodies get a srcset of widths up to their own, served as WebP.
  image: { layout: 'constrained' },
  markdown: {
    // GFM and smartypants come from the case body's own plugin list (shared with the content
    // checks). Headings get their ids first so that each can carry a link to itself (hidden from
    // assistive technology and the tab order: the table of contents is the accessible way in).
    // Source passages of metrics are marked so that the metric table can link to them.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins,
      rehypePlugins: [
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          },
        ],
        rehypeMetricSources,
        // Links out of the site give the other site neither this window nor the referring page.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        [rehypeBaseLinks, site.base],
      ],
    }),
  },
  vite: {
    build: {
      // Every script a file of its own: the Content-Security-Policy allows no inline script but one.
      assetsInlineLimit: 0,
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
