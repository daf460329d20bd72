// A documented manual test (docs/scaling.md): Reserva's server behind PgBouncer in transaction
// mode. Needs `pgbouncer` on PATH (Debian: `apt-get install -y pgbouncer`) and `pnpm build`.
//
//   node scripts/pgbouncer-manual-test.mjs            # prepared statements on (the default)
//   PREPARED=false node scripts/pgbouncer-manual-test.mjs
//
// Starts a fresh embedded PostgreSQL, PgBouncer in front of it (pool_mode = transaction,
// max_prepared_statements = 200, which PgBouncer >= 1.21 needs to carry prepared statements between
// server connections), one server whose pool goes through PgBouncer (its LISTEN and job-queue
// sessions straight to PostgreSQL, DATABASE_DIRECT_URL), then books 400 slots with 16 clients and
// checks the database holds exactly the bookings that were answered.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../bench/cluster.mjs';
import { insertRestaurant, localMidnight, MINUTE_MS } from '../bench/fixtures.mjs';
import { freePort, httpClient } from '../bench/net.mjs';
import { startServer } from '../bench/server.mjs';

const BOOKINGS = 400;
const CLIENTS = 16;
const prepared = process.env.PREPARED !== 'false';

const version = spawnSync('pgbouncer', ['--version'], { encoding: 'utf8' });
if (version.error) {
  console.error('pgbouncer is not installed (Debian: apt-get install -y pgbouncer)');
  process.exit(2);
}
const [major, minor] = (/PgBouncer (\d+)\.(\d+)/.exec(version.stdout) ?? []).slice(1).map(Number);
// Protocol-level prepared statements came with 1.21; older versions refuse the setting.
const carriesPrepared = major > 1 || (major === 1 && minor >= 21);
console.log(
  `PgBouncer ${major}.${minor} (${carriesPrepared ? 'carries' : 'cannot carry'} prepared statements in transaction mode); ` +
    `Reserva's prepared statements ${prepared ? 'on' : 'off'}`,
);

const cluster = await startCluster({ poolSize: 4 });
const folder = mkdtempSync(join(tmpdir(), 'reserva-pgbouncer-'));
chmodSync(folder, 0o755);
let bouncer;
let server;
try {
  const direct = new URL(cluster.url);
  const port = await freePort();
  writeFileSync(
    join(folder, 'pgbouncer.ini'),
    [
      '[databases]',
      `${direct.pathname.slice(1)} = host=127.0.0.1 port=${direct.port} dbname=${direct.pathname.slice(1)}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'auth_type = plain',
      `auth_file = ${join(folder, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 8',
      'max_client_conn = 200',
      ...(carriesPrepared ? ['max_prepared_statements = 200'] : []),
      'unix_socket_dir =',
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'users.txt'),
    `"${decodeURIComponent(direct.username)}" "${decodeURIComponent(direct.password)}"\n`,
  );
  // PgBouncer refuses to run as root; the embedded cluster already made a `postgres` user.
  const asUser = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  bouncer = spawn('pgbouncer', [...asUser, join(folder, 'pgbouncer.ini')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  bouncer.stderr.on('data', (chunk) => log.push(chunk.toString()));
  bouncer.stdout.on('data', (chunk) => log.push(chunk.toString()));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  if (bouncer.exitCode !== null) throw new Error(`pgbouncer exited:\n${log.join('')}`);

  const viaBouncer = Object.assign(new URL(cluster.url), { port: String(port) }).toString();
  process.env.DATABASE_DIRECT_URL = cluster.url;
  process.env.DATABASE_PREPARED_STATEMENTS = String(prepared);
  server = await startServer({ databaseUrl: viaBouncer, name: 'server via pgbouncer' });
  const venue = await insertRestaurant(cluster.pool, {
    slug: 'pgbouncer-test',
    settings: { maxDaysAhead: 30, minDurationMinutes: 30, turnMinutesByParty: [] },
    tables: Array.from({ length: 4 }, (_, i) => ({ label: `T${i + 1}`, capacity: 2 })),
  });
  const api = httpClient(server.baseUrl, { sockets: CLIENTS });
  const first = localMidnight(1).getTime();
  let next = 0;
  const outcome = { ok: 0, failed: 0, errors: new Map() };
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, worker) => {
      for (let n = next++; n < BOOKINGS; n = next++) {
        try {
          await api.mutation('bookings.create', {
            venueId: venue.id,
            start: new Date(first + (n % 1000) * 30 * MINUTE_MS).toISOString(),
            durationMinutes: 30,
            partySize: 2,
            contact: { name: `Guest ${worker}`, phone: '+6281234567890' },
          });
          outcome.ok++;
        } catch (error) {
          outcome.failed++;
          outcome.errors.set(error.message, (outcome.errors.get(error.message) ?? 0) + 1);
        }
      }
    }),
  );
  api.close();
  const { rows } = await cluster.pool.query('SELECT count(*)::int AS n FROM bookings WHERE venue_id = $1', [
    venue.id,
  ]);
  console.log(`${outcome.ok} booked, ${outcome.failed} failed; the database holds ${rows[0].n} bookings`);
  for (const [message, count] of outcome.errors) console.log(`  ${count} × ${message}`);
  process.exitCode = outcome.failed === 0 && rows[0].n === outcome.ok ? 0 : 1;
} finally {
  await server?.stop();
  bouncer?.kill('SIGTERM');
  await cluster.stop();
  rmSync(folder, { recursive: true, force: true });
}
console.log(process.exitCode ? 'FAILED' : 'PASSED');
process.exit(process.exitCode ?? 0);
