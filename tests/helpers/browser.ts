export { CHROMIUM_ARGS, findChromium, launchChromium } from '../../src/build/chromium.ts';
