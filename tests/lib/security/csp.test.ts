import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, nginxSnippet, scriptHash } from '../../../src/lib/security/csp';
import { THEME_INIT_SCRIPT } from '../../../src/lib/theme';

describe('contentSecurityPolicy', () => {
  it('allows the theme script by its hash and no inline or eval script', () => {
    const policy = contentSecurityPolicy();
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    const digest = createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64');
    expect(scriptSrc).toBe(`'self' 'wasm-unsafe-eval' 'sha256-${digest}'`);
    expect(scriptHash(THEME_INIT_SCRIPT)).toBe(`'sha256-${digest}'`);
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ header: true })).toContain("frame-ancestors 'self'");
  });

  it('writes a _headers file under the base path', () => {
    const file = headersFile('/anli/');
    expect(file).toMatch(/^\/anli\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    expect(file).toContain('/anli/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('keeps the committed nginx snippet in step with the policy', () => {
    expect(readFileSync('deploy/nginx-headers.conf', 'utf-8')).toBe(nginxSnippet('/'));
  });
});
