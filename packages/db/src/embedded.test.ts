import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, startFailure } from './embedded.js';

const root = mkdtempSync(join(tmpdir(), 'reserva-embedded-'));
// As root the server runs as a `postgres` user, which must reach the folder.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const listenAnywhere = () =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

describe('the embedded PostgreSQL', () => {
  it('says so when its port is taken, and frees its lock for the next start', async () => {
    const squatter = await listenAnywhere();
    const port = (squatter.address() as { port: number }).port;
    const dataDir = join(root, 'pg');
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        `port ${port} is already in use (another Reserva or PostgreSQL?); choose another with EMBEDDED_PG_PORT`,
      );
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    const server = await startEmbeddedPostgres({ dataDir, port });
    await server.stop();
  }, 60_000);

  it('otherwise reports the last fatal line PostgreSQL printed', () => {
    const lines = [
      'LOG:  starting PostgreSQL 17.10',
      '2026-11-21 08:19:49.703 UTC [3304] FATAL:  data directory "/x" has invalid permissions',
      'LOG:  database system is shut down',
    ];
    expect(startFailure(lines, 54329)).toBe('data directory "/x" has invalid permissions');
    expect(startFailure(['LOG:  nothing useful'], 54329)).toBeUndefined();
  });
});
