// `npm run dev`: the preview LMS with the live course. Packages are built by `npm run build`
// (src/cli/build.ts), which builds the player with src/vite/player-build.ts.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/vite/course-plugin.ts';

export default defineConfig({
  plugins: [svelte(), ...(process.env.VITEST ? [] : [coursePlugin()])],
  server: { open: '/src/preview/' },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
