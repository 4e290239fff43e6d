export {
  CHROMIUM_ARGS,
  CHROMIUM_INSTALL_HINT,
  findChromium,
  launchChromium,
} from '../../src/build/chromium.ts';
