// `pnpm start` builds only what is missing or older than its sources: tsc -b is incremental by
// itself; the two Vite builds are skipped when their dist is newer than every source they use.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};

const run = (command) => execSync(command, { stdio: 'inherit' });

run('pnpm exec tsc -b');
const shared = Math.max(newest('packages/ui/src'), newest('packages/domain/src'), newest('packages/api/src'));
for (const app of ['web', 'admin']) {
  const built = join('apps', app, 'dist/index.html');
  const sources = Math.max(
    shared,
    newest(join('apps', app, 'src')),
    statSync(join('apps', app, 'index.html')).mtimeMs,
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) run(`pnpm --filter @reserva/${app} run build`);
}
