import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** A Chromium to drive: $CHROMIUM_PATH, then the system's, then Playwright's cache. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const binary of [
      join(cache, dir, 'chrome-linux', 'chrome'),
      join(cache, dir, 'chrome-linux64', 'chrome'),
    ]) {
      if (existsSync(binary)) return binary;
    }
  }
  return undefined;
}

export const CHROMIUM_INSTALL_HINT =
  '找不到 Chromium：请安装（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用 CHROMIUM_PATH 指明浏览器路径';

// Without the background-networking flags Chromium tries to reach Google's services on start.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(
  executablePath = findChromium(),
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
