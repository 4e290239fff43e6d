/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Build tests share the project's .astro cache: one file at a time.
    fileParallelism: false,
    // Concurrent tests (the quality gate's axe runs) two at a time, as the machines have two cores.
    maxConcurrency: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
