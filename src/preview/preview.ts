// The preview LMS page: `npm run dev` opens it on the live course; the browser tests open it
// on a built package with ?src=<package index.html>&scorm=<version>.
import { LmsHost, type Version } from './lms-host.ts';

const params = new URLSearchParams(location.search);
const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const frame = el<HTMLIFrameElement>('sco');
const unitSelect = el<HTMLSelectElement>('unit');
const versionSelect = el<HTMLSelectElement>('version');
const masteryInput = el<HTMLInputElement>('mastery');
const win = window as unknown as Window & Record<string, unknown>;
let host: LmsHost;

versionSelect.value = params.get('scorm') ?? '2004';
masteryInput.value = params.get('mastery') ?? '';

async function units(): Promise<string[]> {
  if (params.get('src')) return [params.get('src')!];
  return (await fetch('/__course/units.json')).json();
}

function playerUrl(): string {
  const src = params.get('src');
  if (src) return src;
  // A folder per unit, as a package's root: the page's media/ URLs resolve beside it.
  return `/__course/${encodeURIComponent(unitSelect.value)}/player.html?scorm=${versionSelect.value}`;
}

function launch(): void {
  const version = versionSelect.value as Version;
  const mastery = masteryInput.value === '' ? undefined : Number(masteryInput.value);
  const moodle = params.get('lms') === 'moodle';
  // ?learner=<id>&learnerName=<"Last, First"> launches as another learner (the browser tests' cohort).
  const learner = params.get('learner') ? { id: params.get('learner')!, name: params.get('learnerName') ?? '' } : undefined;
  host = new LmsHost({ version, learnerKey: `preview-lms:${unitSelect.value}:${version}`, mastery, moodle, onChange: render, learner });
  host.failing = el<HTMLInputElement>('failing').checked;
  host.install(win);
  win.lmsHost = host;
  frame.src = playerUrl();
  render();
}

function relaunch(reset: boolean): void {
  // The SCO finishes its session on pagehide; then a new session starts over the kept data.
  frame.src = 'about:blank';
  setTimeout(() => {
    if (reset) host.reset(win);
    else host.relaunch(win);
    frame.src = playerUrl();
    render();
  }, 50);
}

let pending = false;
function render(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    el('cmi').textContent = JSON.stringify(host.cmi(), null, 1);
    el('calls').textContent = host.calls
      .slice(-40)
      .map((c) => `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) = ${c.result}`)
      .join('\n');
  });
}

(await units()).forEach((u) => unitSelect.add(new Option(u, u)));
unitSelect.value = params.get('unit') ?? unitSelect.options[0]?.value ?? '';
unitSelect.onchange = versionSelect.onchange = masteryInput.onchange = launch;
el('relaunch').onclick = () => relaunch(false);
el('reset').onclick = () => relaunch(true);
el<HTMLInputElement>('failing').onchange = (e) => (host.failing = (e.target as HTMLInputElement).checked);
// Reload the course when its content changes (the dev server sends this).
import.meta.hot?.on('course:changed', () => relaunch(false));
launch();
