import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { OPENAPI_PATH } from './rest-plugin.js';

const require = createRequire(import.meta.url);
const swaggerUiDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const CLIENT_README = join(dirname(fileURLToPath(import.meta.url)), '../../../packages/client/README.md');

/** Swagger UI's browser bundle, served from the package: the page works offline, with no CDN. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
};

// An external file, not an inline script: the server's CSP allows scripts from 'self' only.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_PATH)},
  dom_id: '#reference',
  deepLinking: true,
  tryItOutEnabled: true,
  displayRequestDuration: true,
});
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CURL = `# a public operation: no key needed
curl http://localhost:3000/api/v1/venues?kind=restaurant

# a staff operation, with the key from the staff app
curl -H "Authorization: Bearer rsv_xxxxxxxx_yyyyyyyyyyyyyyyy" \\
  "http://localhost:3000/api/v1/staff/bookings?status=PENDING&limit=20"

# a mutation: JSON body; path parameters come from the URL
curl -X POST -H "Authorization: Bearer rsv_…" -H "content-type: application/json" \\
  -d '{}' http://localhost:3000/api/v1/staff/bookings/BOOKING_ID/confirm`;

const TYPESCRIPT = `// Plain fetch, any runtime:
const response = await fetch('http://localhost:3000/api/v1/staff/bookings?limit=20', {
  headers: { authorization: \`Bearer \${process.env.RESERVA_API_KEY}\` },
});
if (!response.ok) {
  const { error } = await response.json(); // { code, message, field }
  throw new Error(\`\${error.code}: \${error.message}\`);
}
const { items, total } = await response.json();

// Or the typed client (every procedure typed, live seat maps too): npm install @reserva/client
import { createClient } from '@reserva/client';
const reserva = createClient({ url: 'http://localhost:3000', apiKey: process.env.RESERVA_API_KEY });
const list = await reserva.staff.bookings.list.query({ limit: 20 });`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reserva API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
<style>
  body { margin: 0; font-family: system-ui, sans-serif; color: #1f2933; }
  .intro { max-width: 960px; margin: 0 auto; padding: 24px 20px 0; line-height: 1.5; }
  .intro pre { background: #f3f4f6; padding: 12px; overflow-x: auto; border-radius: 6px; font-size: 13px; }
  .intro code { font-size: 13px; }
  .intro h1 { margin-bottom: 4px; }
</style>
</head>
<body>
<main>
<section class="intro">
  <h1>Reserva API</h1>
  <p>Every operation here is one of Reserva's procedures (the ones the apps and the typed client call over
  <code>/trpc</code>), reachable over plain HTTP under <code>/api/v1</code> with the same validation, roles and
  errors. The machine-readable spec: <a href="${OPENAPI_PATH}">${OPENAPI_PATH}</a> (OpenAPI 3.1).</p>
  <h2>Try it with an API key</h2>
  <ol>
    <li>Sign in to the <a href="/admin/">staff app</a> as an admin (demo: <code>admin@reserva.test</code>) and open
    <b>API keys</b>.</li>
    <li>Create a key with the role it should act with (staff for the desk operations). It looks like
    <code>rsv_…</code> and is shown once: copy it.</li>
    <li>Press <b>Authorize</b> below, paste the key, then open an operation, <b>Try it out</b> and <b>Execute</b>.</li>
  </ol>
  <p>Send the key as <code>Authorization: Bearer rsv_…</code>. A browser signed in to Reserva is recognised by its
  session cookie as well; cookie-authenticated changes must come from Reserva's own pages.</p>
  <h2>Errors</h2>
  <p>A failure answers with the HTTP status tRPC uses (400 bad input, 401 no or bad credentials, 403 not allowed,
  404 not found, 409 conflict, 429 too many attempts) and the body
  <code>{ "error": { "code": "BAD_REQUEST", "message": "partySize: Party size must be at least 1", "field": "partySize" } }</code>;
  <code>field</code> names the input at fault, or is <code>null</code>.</p>
  <h2>curl</h2>
  <pre><code>${escapeHtml(CURL)}</code></pre>
  <h2>TypeScript</h2>
  <pre><code>${escapeHtml(TYPESCRIPT)}</code></pre>
  <p>The typed client's README, with more examples (mutations and their errors, a live seat map, API keys):
  <a href="/docs/client/README.md">packages/client/README.md</a>.</p>
</section>
<div id="reference"></div>
</main>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/** `/docs`: the API reference (Swagger UI over `/api/openapi.json`) with a getting-started note. */
export function registerApiDocs(app: FastifyInstance): void {
  const assets = new Map(
    Object.entries(ASSETS).map(([name, { file, type }]) => [
      name,
      { body: readFileSync(join(swaggerUiDir, file)), type },
    ]),
  );
  app.get('/docs', (_req, reply) =>
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(PAGE),
  );
  app.get('/docs/init.js', (_req, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(INIT_SCRIPT),
  );
  app.get<{ Params: { name: string } }>('/docs/:name', (req, reply) => {
    const asset = assets.get(req.params.name);
    if (!asset)
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No such file', field: null } });
    return reply
      .header('content-type', asset.type)
      .header('cache-control', 'public, max-age=3600')
      .send(asset.body);
  });
  app.get('/docs/client/README.md', (_req, reply) => {
    let text: string;
    try {
      text = readFileSync(CLIENT_README, 'utf8');
    } catch {
      return reply.code(404).send({
        error: { code: 'NOT_FOUND', message: 'The client README is not installed here', field: null },
      });
    }
    return reply.header('content-type', 'text/plain; charset=utf-8').send(text);
  });
}
