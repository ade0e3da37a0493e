// Shared set-up for the browser tests: builds the fixture unit's packages with the real build
// command, unpacks them, builds the preview LMS page, serves both on loopback, and starts
// Debian's Chromium through Playwright.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildPreviewHost, CHROMIUM_ARGS, chromiumPath, serveFolder, unzipTo } from '../../src/vite/static-site.ts';

export { chromiumPath };

export const ROOT = join(import.meta.dirname, '../..');

/** Builds `content` into .tmp/<name>, serves its unpacked packages under /pkg/ and the LMS page under /host/. */
/** `buildArgs` go to the build: no workbook PDFs unless a test asks for them (printing them is slow). */
export async function prepare(name = 'e2e', content = 'tests/fixtures/valid', buildArgs = ['--no-pdf']): Promise<{ server: Server; base: string; browser: Browser }> {
  const WORK = join(ROOT, '.tmp', name);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  execFileSync('npx', ['tsx', 'src/cli/build.ts', '--content', content, '--out', join(WORK, 'dist'), ...buildArgs], { cwd: ROOT, stdio: 'pipe' });
  for (const zip of readdirSync(join(WORK, 'dist/packages'))) {
    unzipTo(readFileSync(join(WORK, 'dist/packages', zip)), join(WORK, 'pkg', zip.replace(/\.zip$/, '')));
  }
  await buildPreviewHost(join(WORK, 'host'));
  const server = await serveFolder(WORK);
  const address = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return { server, base: `http://127.0.0.1:${address.port}`, browser };
}
