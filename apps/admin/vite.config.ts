import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// See apps/web/vite.config.ts: same proxy, so the session cookie is shared with the customer app.
const api = { target: 'http://127.0.0.1:3000', ws: false };

export default defineConfig({
  // The server mounts this app at /admin/.
  base: '/admin/',
  plugins: [react()],
  resolve: {
    conditions: ['@reserva/source', ...defaultClientConditions],
    // One copy of each, or hooks and the i18n instance would split between app and @reserva/ui.
    dedupe: ['react', 'react-dom', 'i18next', 'react-i18next', '@tanstack/react-query'],
  },
  server: { port: 5174, strictPort: true, proxy: { '/trpc': api } },
  preview: { port: 4174, proxy: { '/trpc': api } },
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
