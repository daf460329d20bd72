import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const flagsOf = (command: string) => command.split(/\s+/).filter((arg) => arg.startsWith('--'));

describe('the server runs with the same Node flags however it is started', () => {
  // The bench reads them from `pnpm serve`, so server.rss.mb measures what users run.
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
  const serve = flagsOf(scripts.serve!);

  it('sizes the young generation (Node 24 would grow it to ~310 MB of RSS under load)', () => {
    expect(serve).toEqual(['--max-semi-space-size=8']);
  });

  it('pnpm start and the Docker image use the same flags as pnpm serve', () => {
    expect(flagsOf(scripts.start!.split('&&').at(-1)!)).toEqual(serve);
    expect(read('Dockerfile')).toContain(`ENV NODE_OPTIONS=${serve.join(' ')}`);
  });
});
