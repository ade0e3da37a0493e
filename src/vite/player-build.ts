// Builds the player once with Vite; every package then gets the same files with its own data.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';
import type { PlayerBuild } from '../package/player-html.ts';

const PLAYER_ROOT = fileURLToPath(new URL('../player', import.meta.url));

export async function buildPlayer(): Promise<PlayerBuild> {
  const output = await build({
    root: PLAYER_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [svelte()],
    build: {
      write: false,
      modulePreload: false,
      reportCompressedSize: false,
      target: 'es2020',
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
  return { files };
}

function toBytes(source: string | Uint8Array): Uint8Array {
  return typeof source === 'string' ? new TextEncoder().encode(source) : source;
}
