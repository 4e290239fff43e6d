import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/csp';

/** Writes `_headers` beside the built site: static hosts that read it (Netlify, Cloudflare Pages) send the site's security headers. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'casebook-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
