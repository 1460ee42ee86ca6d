import { defineConfig } from 'vitest/config';

// The app is a static site: `npm run build` writes dist/, `npm run preview` serves it.
export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
