import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const libs = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

// Built into dist/web, which apps/lagspill serves at `/`; `vite` alone serves it with the API proxied.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@lagspill/domain': libs('domain/src/index.ts'),
      '@lagspill/contracts': libs('contracts/src/index.ts'),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/.well-known': 'http://localhost:3000' },
  },
});
