import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API server in development (`pnpm dev` starts it on port 3000). Proxying keeps one origin,
// so the session cookie and the server's Origin check behave as in production. The Host header
// is kept (no changeOrigin): the server compares it with the Origin header.
const api = { target: 'http://127.0.0.1:3000', ws: false };

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages export their TypeScript source under this condition: no prebuild needed.
    conditions: ['@reserva/source', ...defaultClientConditions],
    // One copy of each, or hooks and the i18n instance would split between app and @reserva/ui.
    dedupe: ['react', 'react-dom', 'i18next', 'react-i18next', '@tanstack/react-query'],
  },
  server: { port: 5173, strictPort: true, proxy: { '/trpc': api } },
  preview: { port: 4173, proxy: { '/trpc': api } },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
