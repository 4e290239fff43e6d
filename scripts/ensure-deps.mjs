// Runs before `npm start` and `npm test` on whatever Node the machine has (Node 20 on a fresh
// Debian 12 machine): installs dependencies when node_modules is missing or older than the lockfile.
// The `node` dev dependency then puts Node 24 first on PATH for every npm script.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('安装依赖…');
  // `npm install` rather than `npm ci`: npm leaves nested optional platform packages out of the lockfile
  // (e.g. @astrojs/compiler-rs's bindings), which `npm ci` then rejects. Versions still come from the lockfile.
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
