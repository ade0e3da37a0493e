// What the browser tests and the bench share: unpacking built packages, building the preview
// LMS page as static files, serving a folder on loopback, and finding a Chromium.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { contentTypeOf } from './content-types.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install it with "apt-get install chromium" or set CHROMIUM_PATH.');
  return found;
}

/** Unzips a package into `dir`. */
export function unzipTo(zip: Uint8Array, dir: string): void {
  for (const [path, data] of Object.entries(unzipSync(zip))) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

/** The preview LMS page (scorm-again hosting a package in a frame) as static files in `outDir`. */
export async function buildPreviewHost(outDir: string): Promise<void> {
  await build({
    root: fileURLToPath(new URL('../preview', import.meta.url)),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves `dir` on 127.0.0.1 at a free port; "/x/" serves "x/index.html". */
export function serveFolder(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeOf(file) });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
