// The customer app's initial JavaScript, gzipped: every script and modulepreload that the built
// index.html makes the browser fetch before the app can run. Lazy chunks are not counted. Needs
// `pnpm --filter @reserva/web build` first (`pnpm bench` builds), no server. Run alone with
// `node bench/figures/web-initial-js.mjs`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { progress } from '../log.mjs';
import { figure } from '../stats.mjs';

const DIST = new URL('../../apps/web/dist/', import.meta.url);

/** The URLs of `<script src>` and `<link rel="modulepreload" href>` tags, each once. */
export function initialScripts(html) {
  const urls = new Set();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const script = tag.startsWith('<script');
    if (!script && !/\brel=["']?modulepreload\b/.test(tag)) continue;
    const url = new RegExp(`\\b${script ? 'src' : 'href'}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
    if (url) urls.add(url);
  }
  return [...urls];
}

/** Gzip at zlib's default level, as a server compressing on the fly would send it. */
export function webInitialJs() {
  const html = readFileSync(new URL('index.html', DIST), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error('apps/web/dist/index.html loads no script: build the web app');
  let bytes = 0;
  for (const url of scripts) {
    // The app is served from the site root: `/assets/x.js` is `dist/assets/x.js`.
    bytes += gzipSync(readFileSync(new URL(`.${new URL(url, 'http://app/').pathname}`, DIST))).length;
  }
  const kb = bytes / 1024;
  progress(`web initial js: ${scripts.length} files, ${kb.toFixed(1)} KB gzipped`);
  return figure({ name: 'web.initialJs.gzipKb', value: kb, unit: 'KB', target: { atMost: 250 } });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(webInitialJs())}\n`);
}
