import { mount, unmount } from 'svelte';
import type { Unit } from '../shared/course.ts';
import { connect, type ScormVersion } from '../lms/index.ts';
import App from './App.svelte';
import { Course, reflectionIds, reflectionInteraction } from './course.svelte.ts';
import { memoryLoader, type UnitLoader } from './loader.ts';
import { encodeProgress } from './progress.ts';
import { watchTerms } from './terms.ts';
import './theme.css';

/** Starts the course; returns how `npm run dev` swaps in recompiled content (packages ignore it). */
export function start(unit: Unit, version: ScormVersion, loader: UnitLoader): (next: Unit) => void {
  const responsesFor = reflectionIds(unit).map(reflectionInteraction);
  const lms = connect({ version, storageKey: `cs-lms:${unit.facts.id}:${version}`, responsesFor });
  let course = new Course(unit, lms, loader);
  // Commit at once when the page is hidden; finish on pagehide. Never rely on unload.
  // The time-on-task clock stops while the page is hidden and restarts when it is shown.
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? course.flush() : course.resumeClock()));
  addEventListener('pagehide', () => course.finish());
  const target = document.getElementById('app')!;
  target.textContent = '';
  let app = mount(App, { target, props: { course } });
  watchTerms(document);
  // The same LMS session goes on: the new course starts from this one's answers and page, as a
  // relaunch would (and, like a relaunch, keeps what is unchanged and drops only what changed).
  return (next) => {
    const now = { suspendData: encodeProgress(course.unit, course.progress), location: course.location };
    unmount(app);
    course = new Course(next, { ...lms, launch: { ...lms.launch, ...now } }, memoryLoader(next));
    course.goTo(now.location); // the page on screen, not the cover a relaunch opens at
    app = mount(App, { target, props: { course } });
  };
}
