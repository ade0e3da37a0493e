// Serves the live course to the preview LMS in `npm run dev`: compiles content/ on start and on
// every change, serves each unit's launch page and media laid out as in a package (the URLs are
// in course-routes.ts), and shows content mistakes in Vite's error overlay at their file and line.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileCourse, type CompileResult } from '../compiler/index.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import { learnerUnit, renderPlayerHtml } from '../package/player-html.ts';
import type { Unit } from '../shared/course.ts';
import { courseResponse, type PlayerPage } from './course-routes.ts';

/** The module a launch page imports its unit from; an edit to the unit hot-swaps it. */
const UNIT_MODULE = 'virtual:course/';

export function coursePlugin(root = process.cwd(), contentDir = 'content'): Plugin {
  let result: CompileResult;
  const compile = () => (result = compileCourse({ root, contentDir }));
  const contentRoot = resolve(root, contentDir);
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

  // The unit's data as a module that accepts its own updates and hands them to the player
  // (src/player/dev-main.ts), which swaps them in without leaving the page or the LMS session.
  const unitModule = (unit: Unit) =>
    `export default ${JSON.stringify(learnerUnit(unit))};\n` +
    `if (import.meta.hot) import.meta.hot.accept((next) => next && dispatchEvent(new CustomEvent('course:unit', { detail: next.default })));\n`;

  return {
    name: 'course',
    apply: 'serve',
    resolveId(id) {
      return id.startsWith(UNIT_MODULE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${UNIT_MODULE}`)) return undefined;
      const unit = result.units.find((u) => u.facts.id === id.slice(UNIT_MODULE.length + 1));
      if (!unit) throw new Error(`No unit ${id.slice(UNIT_MODULE.length + 1)} in ${contentDir}: see the content problems.`);
      return unitModule(unit);
    },
    configureServer(server) {
      compile();
      server.watcher.add(contentRoot);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(contentRoot) || !/\.(md|ya?ml)$/.test(file)) return;
        compile();
        if (errors().length > 0) {
          overlay(server);
          return;
        }
        // Open launch pages take the new content in place; with none open (a page that failed
        // to load, say), the preview relaunches the course.
        const graph = server.environments.client.moduleGraph;
        const open = result.units.flatMap((u) => graph.getModuleById(`\0${UNIT_MODULE}${u.facts.id}`) ?? []);
        if (open.length === 0) server.ws.send({ type: 'custom', event: 'course:changed' });
        for (const mod of open) void server.environments.client.reloadModule(mod);
      });
      const playerPage: PlayerPage = (unit, version, pathname) => {
        const template = readFileSync(join(root, 'src/player/index.html'), 'utf8').replace('./main.ts', '/src/player/dev-main.ts');
        return server.transformIndexHtml(pathname, renderPlayerHtml(template, unit, version));
      };
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        if (url.pathname === '/') {
          res.writeHead(302, { location: '/src/preview/' }).end();
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
