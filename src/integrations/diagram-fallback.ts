import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findChromium } from '../build/chromium';

/** Folder of the built site that holds Mermaid's own browser build when diagrams are left to the reader's browser. */
export const MERMAID_FALLBACK_DIR = '_mermaid';

/**
 * A build without a browser leaves diagrams to the reader's browser; this ships Mermaid's prebuilt ESM
 * (without source maps) beside the site for that case only, so ordinary builds carry no Mermaid at all.
 */
export function diagramFallback(): AstroIntegration {
  return {
    name: 'casebook-diagram-fallback',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (findChromium()) return;
        const require = createRequire(import.meta.url);
        const dist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
        const target = join(fileURLToPath(dir), MERMAID_FALLBACK_DIR);
        const chunks = join('chunks', 'mermaid.esm.min');
        mkdirSync(join(target, chunks), { recursive: true });
        cpSync(join(dist, 'mermaid.esm.min.mjs'), join(target, 'mermaid.esm.min.mjs'));
        for (const file of readdirSync(join(dist, chunks)).filter((name) => name.endsWith('.mjs'))) {
          cpSync(join(dist, chunks, file), join(target, chunks, file));
        }
        logger.info(`Mermaid 已复制到 ${MERMAID_FALLBACK_DIR}/，供读者浏览器绘制组织架构图`);
      },
    },
  };
}
