import http from 'node:http';
import { createServer } from 'node:net';

/** A port nobody listens on right now (the OS picks it), so parallel runs never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export class TrpcError extends Error {
  constructor(status, code, message) {
    super(`${status} ${code}: ${message}`);
    this.status = status;
    this.code = code;
  }
}

/**
 * A lean keep-alive HTTP client. node:http rather than fetch: on two shared cores the load
 * generator's own CPU is taken from the server under test, and undici's fetch costs several
 * times more per request.
 */
export function httpClient(baseUrl, { sockets, headers: extraHeaders = {} }) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });

  function request(method, path, body) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = payload
        ? {
            ...extraHeaders,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          }
        : { ...extraHeaders };
      const req = http.request({ host: hostname, port, method, path, agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  // Plain tRPC 11 over HTTP without batching or a transformer: what any non-TS client would send.
  async function trpc(method, procedure, input) {
    const path =
      method === 'GET'
        ? `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `/trpc/${procedure}`;
    const { status, text } = await request(method, path, method === 'GET' ? undefined : input);
    const json = JSON.parse(text);
    if (status !== 200 || json.error) {
      throw new TrpcError(status, json.error?.data?.code ?? 'UNKNOWN', json.error?.message ?? text);
    }
    return json.result.data;
  }

  return {
    get: (path) => request('GET', path),
    query: (procedure, input) => trpc('GET', procedure, input),
    mutation: (procedure, input) => trpc('POST', procedure, input),
    close: () => agent.destroy(),
  };
}
