import { describe } from 'vitest';

/** Set CASEBOOK_SKIP_BROWSER=1 to skip every test that needs a real browser, e.g. on a machine without one. */
export const browserSkipped = process.env.CASEBOOK_SKIP_BROWSER === '1';

if (browserSkipped) console.warn('CASEBOOK_SKIP_BROWSER=1：已跳过需要真实浏览器的测试');

/**
 * `describe` for tests that run in Chromium. Skipped only when asked to; otherwise a machine without a
 * browser fails them with the install hint (`launchChromium`).
 */
export const describeInBrowser = browserSkipped ? describe.skip : describe;
