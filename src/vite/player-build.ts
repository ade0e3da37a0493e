// Builds the player with Vite, once per SCORM version packaged; every package of that version
// then gets the same files with its own data.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';
import type { PlayerBuild } from '../package/player-html.ts';
import type { ScormVersion } from '../shared/scorm.ts';

const PLAYER_ROOT = fileURLToPath(new URL('../player', import.meta.url));

/** The player for one SCORM version: the other version's adapter is left out of the bundle. */
export async function buildPlayer(version: ScormVersion): Promise<PlayerBuild> {
  const output = await build({
    root: PLAYER_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte({ compilerOptions: { discloseVersion: false } })],
    define: { __SCORM_VERSION__: JSON.stringify(version) },
    build: {
      write: false,
      modulePreload: false,
      reportCompressedSize: false,
      // es2022 keeps Svelte's private class fields native: 1.2 KB gzipped less than es2020's helpers.
      target: 'es2022',
      assetsDir: 'assets',
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const files = outputs
    .flatMap((o) => o.output)
    .map((item) => ({
      path: item.fileName,
      data: item.type === 'chunk' ? new TextEncoder().encode(item.code) : toBytes(item.source),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { files: inlineStylesheets(files) };
}

/**
 * Puts the stylesheet inside the launch page: one request fewer before the first paint, which
 * in an LMS frame (often a slow, far server) is most of the wait.
 */
function inlineStylesheets(files: PlayerBuild['files']): PlayerBuild['files'] {
  const page = files.find((file) => file.path === 'index.html');
  if (!page) return files;
  const decode = (data: Uint8Array) => new TextDecoder().decode(data);
  const inlined = new Set<string>();
  const html = decode(page.data).replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (link, path: string) => {
    const css = files.find((file) => file.path === path);
    if (!css) return link;
    inlined.add(path);
    return `<style>${decode(css.data).replace(/<\/style/gi, '<\\/style')}</style>`;
  });
  return files
    .filter((file) => !inlined.has(file.path))
    .map((file) => (file === page ? { path: file.path, data: new TextEncoder().encode(html) } : file));
}

/** One player per version asked for, built one after the other (Vite builds share state). */
export async function buildPlayers(versions: ScormVersion[]): Promise<Partial<Record<ScormVersion, PlayerBuild>>> {
  const players: Partial<Record<ScormVersion, PlayerBuild>> = {};
  for (const version of versions) players[version] = await buildPlayer(version);
  return players;
}

function toBytes(source: string | Uint8Array): Uint8Array {
  return typeof source === 'string' ? new TextEncoder().encode(source) : source;
}
