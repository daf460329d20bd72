import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processCpuSeconds } from './cpu.mjs';
import { progress } from './log.mjs';
import { freePort } from './net.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const serverMain = fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url));
// The Node flags `pnpm serve` starts the server with (its young generation's size, which decides
// server.rss.mb): the bench runs the server as users run it.
const rootPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const serveFlags = rootPackage.scripts.serve.split(' ').filter((arg) => arg.startsWith('--'));

/**
 * The real server, built as users run it, as a child process: its RSS is its own and its event
 * loop does not share a thread with the load generator.
 */
export async function startServer({ databaseUrl, name = 'server' }) {
  const port = await freePort();
  // BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools or speedscope) to see where a missed target's time goes.
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`,
        `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`,
      ]
    : [];
  const child = spawn(process.execPath, [...serveFlags, ...profile, serverMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      // The per-IP limiter would throttle 64 clients from one address; the bench measures the API.
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      RESERVA_SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's banner and logs go to our stderr: our stdout is only for figures.
  const forward = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line.trim()) process.stderr.write(`  [${name}] ${line}\n`);
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  // If the harness exits without stopping it (a signal, the watchdog), the server must not outlive it.
  process.once('exit', () => running() && child.kill('SIGKILL'));

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitReady(baseUrl, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  progress(`${name} ready at ${baseUrl} (pid ${child.pid})`);

  return {
    baseUrl,
    pid: child.pid,
    /** Resident set size from the kernel's own accounting, in MB. */
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
      if (!match) throw new Error(`no VmRSS in /proc/${child.pid}/status`);
      return Number(match[1]) / 1024;
    },
    /** CPU time (user + system) the server has used so far, in seconds: shows when it is the bottleneck. */
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop,
  };
}

async function waitReady(baseUrl, exited, timeoutMs = 30_000) {
  let died = null;
  exited.then((how) => {
    died = how;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (died) throw new Error(`server exited before it was ready (code ${died.code}, signal ${died.signal})`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready at ${baseUrl}/readyz within ${timeoutMs / 1000} s`);
}
