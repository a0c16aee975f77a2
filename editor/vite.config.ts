import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The editor runs the engine's own source, so what a designer sees is exactly what production runs.
const engine = fileURLToPath(new URL('../engine/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@frontstage/engine': engine } },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test-setup.ts'],
    // jsdom renders and layout runs take seconds on a loaded 2-core machine; vitest's default 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
