import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything it printed, a line an entry. */
  output: string[];
  /** False once the process has exited, by itself or stopped. */
  running(): boolean;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverMain = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * For tests across processes: the built server (`main.js`, as users run it) in a child process
 * of its own, on a free loopback port, ready (its `/readyz` answered 200) when this resolves.
 */
export async function startServerProcess(name: string, env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(serverMain)) {
    // Skipping would pass silently without ever testing across processes: fail and say what to do.
    throw new Error(
      `${serverMain} is missing: build it first with \`npx tsc -b\` (\`pnpm test\` builds first)`,
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serverMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      RESERVA_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // Last resort if the test process ends without stopping it (a crash, a kill): no orphan servers.
  process.once('exit', () => running() && child.kill('SIGKILL'));

  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    running,
    async stop() {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (!running()) {
      throw new Error(`server ${name} exited before it was ready:\n${output.join('\n')}`);
    }
    const ready = await fetch(`${server.url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`server ${name} not ready in 20 s:\n${output.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
