import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { bundledScenarios } from './scripts/vite-scenarios.ts';

// The app is a static site: `npm run build` writes dist/, `npm run preview` serves it.
export default defineConfig({
  base: './',
  plugins: [bundledScenarios(join(import.meta.dirname, 'scenarios'))],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
