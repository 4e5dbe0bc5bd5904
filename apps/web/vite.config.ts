import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `pnpm --filter @spiegel/web dev` next to a running API. The browser's Origin stays the dev server's,
// so start the API with ALLOWED_ORIGINS=http://localhost:5173 (its CSRF and socket origin checks).
const apiTarget = process.env.SPIEGEL_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read @spiegel/domain's TypeScript source: no build step for the shared package in dev.
    conditions: ['@spiegel/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // @spiegel/domain is pure functions and data (no side effects by its own rules), but its barrel
      // also re-exports the classifier and crisis lexicon, which the browser never needs. Saying so
      // lets only what the web app uses (phase labels, constants) into the bundle.
      treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]/, sideEffects: false }] },
    },
  },
});
