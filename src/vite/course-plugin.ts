// Serves the live course to the preview LMS in `npm run dev`: compiles content/ on start and on
// every change, serves each unit's launch page and media laid out as in a package (the URLs are
// in course-routes.ts), and shows content mistakes in Vite's error overlay at their file and line.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileCourse, type CompileResult } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { renderPlayerHtml } from '../package/player-html.ts';
import { courseResponse, type PlayerPage } from './course-routes.ts';

export function coursePlugin(root = process.cwd()): Plugin {
  let result: CompileResult;
  const compile = () => (result = compileCourse({ root }));
  const errors = () => result.diagnostics.filter((d) => d.severity === 'error');

  function overlay(server: ViteDevServer): void {
    const list = errors();
    if (list.length === 0) return;
    const first = list[0];
    server.ws.send({
      type: 'error',
      err: {
        message: `${list.length} content problem${list.length === 1 ? '' : 's'}:\n${list.map(formatDiagnostic).join('\n')}`,
        stack: '',
        id: resolve(root, first.file),
        loc: { file: resolve(root, first.file), line: first.line, column: first.col },
        plugin: 'course',
      },
    });
  }

  return {
    name: 'course',
    apply: 'serve',
    configureServer(server) {
      compile();
      server.watcher.add(join(root, 'content'));
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(join(root, 'content')) || !file.endsWith('.md')) return;
        compile();
        if (errors().length > 0) overlay(server);
        else server.ws.send({ type: 'custom', event: 'course:changed' });
      });
      const playerPage: PlayerPage = (unit, version, pathname) => {
        const template = readFileSync(join(root, 'src/player/index.html'), 'utf8').replace('./main.ts', '/src/player/main.ts');
        return server.transformIndexHtml(pathname, renderPlayerHtml(template, unit, version));
      };
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        if (url.pathname === '/') {
          res.writeHead(302, { location: '/src/vite/preview/' }).end();
          return;
        }
        const response = await courseResponse(result, url, playerPage);
        if (!response) return next();
        res.writeHead(response.status, { 'content-type': response.type }).end(response.body);
        // A launch page that cannot be served points at the content mistakes in the overlay.
        if (url.pathname.endsWith('/player.html') && response.status !== 200) setTimeout(() => overlay(server), 500);
      });
    },
  };
}
