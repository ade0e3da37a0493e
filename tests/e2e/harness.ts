// Shared set-up for the browser tests: builds the fixture unit's packages with the real build
// command, unpacks them, builds the preview LMS page, serves both on loopback, and starts
// Debian's Chromium through Playwright.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp/e2e');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install it with "apt-get install chromium" or set CHROMIUM_PATH.');
  return found;
}

export async function prepare(): Promise<{ server: Server; base: string; browser: Browser }> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  execFileSync('npx', ['tsx', 'src/cli/build.ts', '--content', 'tests/fixtures/valid', '--out', join(WORK, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  for (const zip of readdirSync(join(WORK, 'dist/packages'))) {
    const files = unzipSync(readFileSync(join(WORK, 'dist/packages', zip)));
    for (const [path, data] of Object.entries(files)) {
      const target = join(WORK, 'pkg', zip.replace(/\.zip$/, ''), path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
  await build({
    root: join(ROOT, 'src/vite/preview'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(WORK, 'host'), emptyOutDir: true },
  });
  const server = await serve(WORK);
  const address = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { server, base: `http://127.0.0.1:${address.port}`, browser };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'text/xml', '.xsd': 'text/xml' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
