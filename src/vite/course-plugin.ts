// Serves the live course to the preview LMS in `npm run dev`: compiles content/ on start and on
// every change, serves each unit's launch page exactly as a package would, and shows content
// mistakes in Vite's error overlay at their file and line.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileCourse, type CompileResult } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { renderPlayerHtml } from '../package/player-html.ts';
import type { ScormVersion } from '../shared/scorm.ts';

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
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        if (url.pathname === '/') {
          res.writeHead(302, { location: '/src/vite/preview/' }).end();
        } else if (url.pathname === '/__course/units.json') {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(result.units.map((u) => u.facts.id)));
        } else if (url.pathname === '/__course/player.html') {
          const unit = result.units.find((u) => u.facts.id === url.searchParams.get('unit'));
          if (errors().length > 0 || !unit) {
            res.statusCode = errors().length > 0 ? 500 : 404;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(errors().length > 0 ? errors().map(formatDiagnostic).join('\n') : 'No such unit.');
            setTimeout(() => overlay(server), 500);
            return;
          }
          const template = readFileSync(join(root, 'src/player/index.html'), 'utf8').replace('./main.ts', '/src/player/main.ts');
          const version = (url.searchParams.get('scorm') === '1.2' ? '1.2' : '2004') as ScormVersion;
          const html = await server.transformIndexHtml(url.pathname, renderPlayerHtml(template, unit, version));
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        } else next();
      });
    },
  };
}
