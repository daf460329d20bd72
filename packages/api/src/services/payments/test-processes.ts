import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '@reserva/db/testing';
import { eventually, recordingLogger } from '../../routers/admin/events/fixtures.js';
import type { createTestApi } from '../../testing.js';
import { startWorker } from '../../worker/index.js';

/**
 * For tests: one of the scripts in `packages/api/test-processes/` (they run the built package) as a
 * child process, its output kept line by line, ready once `ready(output)` holds; `kill()` sends
 * SIGKILL and answers the signal it died of.
 */
export async function startTestProcess(
  script: string,
  argument: unknown,
  ready: (output: string[]) => boolean,
  timeoutMs = 60_000,
) {
  const built = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));
  if (!existsSync(built)) {
    throw new Error(
      `${built} is missing: build it first with \`pnpm exec tsc -b\` (\`pnpm test\` builds first)`,
    );
  }
  const path = fileURLToPath(new URL(`../../../test-processes/${script}`, import.meta.url));
  const running: ChildProcess = spawn(process.execPath, [path, JSON.stringify(argument)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Last resort if the test process ends without killing it: no orphans.
  process.once('exit', () => running.exitCode === null && running.kill('SIGKILL'));
  const output: string[] = [];
  running.stdout?.on('data', (chunk: Buffer) =>
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  running.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    running.once('exit', (_code, signal) => resolve(signal)),
  );
  await eventually(async () => {
    if (running.exitCode !== null) throw new Error(`${script} exited early:\n${output.join('\n')}`);
    return ready(output);
  }, timeoutMs);
  return {
    output,
    kill() {
      if (running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
      return exited;
    },
  };
}

/** A worker in the test process with retries and polling in (fractions of) seconds. */
export const startQuickWorker = (
  database: TestDatabase,
  testApi: ReturnType<typeof createTestApi>,
  options: Pick<Parameters<typeof startWorker>[0], 'reconcile'> = {},
) =>
  startWorker({
    db: database.db,
    url: database.url,
    logger: recordingLogger(),
    cardGateway: testApi.deps.cardGateway,
    feed: testApi.deps.feed,
    refunds: { retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
    ...options,
  });
