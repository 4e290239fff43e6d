// npm run nginx-headers [-- /base/]: writes deploy/nginx-headers.conf from the site's security policy.
import { writeFileSync } from 'node:fs';
import { nginxSnippet } from '../src/lib/security/csp';

const base = process.argv[2] ?? '/';
writeFileSync('deploy/nginx-headers.conf', nginxSnippet(base));
console.log(`deploy/nginx-headers.conf（站点路径 ${base}）已写好。`);
