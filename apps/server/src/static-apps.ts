import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const appsDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = join(appsDir, 'web/dist');
export const ADMIN_DIST = join(appsDir, 'admin/dist');

/**
 * Serves the two built SPAs: the customer app at `/`, the staff app at `/admin/`. Unknown paths
 * that a browser navigates to get the app's index.html, so client-side routes survive a reload.
 */
export async function registerStaticApps(app: FastifyInstance): Promise<void> {
  const apps = [
    { root: ADMIN_DIST, prefix: '/admin/' },
    { root: WEB_DIST, prefix: '/' },
  ].filter((spa) => existsSync(join(spa.root, 'index.html')));

  for (const [index, spa] of apps.entries()) {
    await app.register(fastifyStatic, {
      root: spa.root,
      prefix: spa.prefix,
      decorateReply: index === 0,
      wildcard: true,
      index: ['index.html'],
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders: (reply, path) =>
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  }
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));

  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const spa = apps.find((candidate) => req.url.startsWith(candidate.prefix));
    if (wantsPage && spa && !req.url.startsWith('/trpc')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', spa.root);
    }
    return reply
      .code(404)
      .send({ error: 'Not Found', message: `No route for ${req.method} ${req.url.split('?')[0]}` });
  });
}
