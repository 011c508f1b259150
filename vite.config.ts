// Vite serves and builds the viewer (web/); vitest runs the tests (tests/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./web'),
  server: { fs: { allow: [here('.')] } },
  build: { outDir: here('./dist'), emptyOutDir: true },
  worker: { format: 'es' },
  test: {
    dir: here('./tests'),
    include: ['**/*.test.ts'],
    globalSetup: here('./tests/support/globalSetup.ts'),
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
