import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The editor runs the engine's own source, so what a designer sees is exactly what production runs.
const engine = fileURLToPath(new URL('../engine/src/index.ts', import.meta.url));
// The engine's test builders (fixtures both packages' tests share); never imported by the app itself.
const engineTestSupport = fileURLToPath(new URL('../engine/src/test-support/builders.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@frontstage\/engine$/, replacement: engine },
      { find: /^@frontstage\/engine\/test-support$/, replacement: engineTestSupport },
    ],
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Two pages: the staff app, and the residents' light entry (served at /r/, see scripts/resident-size.mjs).
    rollupOptions: { input: { main: 'index.html', resident: 'resident.html' } },
  },
  test: {
    // Renders and layout runs take seconds on a loaded 2-core machine; vitest's default 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two projects by file name; `vitest run` runs both, `--project pure|dom` one of them.
    // Building a DOM per test file was most of the suite's time, so only files that render get one.
    projects: [
      {
        extends: true,
        test: {
          // *.test.ts: pure functions, no DOM. Plain Node, files share one module graph per worker
          // (isolate: false), so these tests must not mock modules or leave globals changed.
          name: 'pure',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // *.test.tsx: render React, in happy-dom (much faster to start than jsdom).
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
