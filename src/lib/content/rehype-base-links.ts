import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Editors link within the site from its root (`/cases/x/`, `/docs/guide/`), as `npm run check`
 * verifies; a site served under a sub-path needs that path in front of every such link.
 */
export const rehypeBaseLinks: Plugin<[base: string], Root> = (base) => {
  const prefix = base.replace(/\/+$/, '');
  return (tree) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && /^\/(?!\/)/.test(href) && !href.startsWith(`${prefix}/`)) {
        node.properties.href = prefix + href;
      }
    });
  };
};
