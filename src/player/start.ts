import { mount, unmount } from 'svelte';
import type { Unit } from '../shared/course.ts';
import { connect, type ScormVersion } from '../lms/index.ts';
import App from './App.svelte';
import { Course, reflectionIds, reflectionInteraction } from './course.svelte.ts';
import { encodeProgress } from './progress.ts';
import { watchTerms } from './terms.ts';
import './theme.css';

/** Starts the course; returns how `npm run dev` swaps in recompiled content (packages ignore it). */
export function start(unit: Unit, version: ScormVersion): (next: Unit) => void {
  const responsesFor = reflectionIds(unit).map(reflectionInteraction);
  const lms = connect({ version, storageKey: `cs-lms:${unit.facts.id}:${version}`, responsesFor });
  let course = new Course(unit, lms);
  // Commit at once when the page is hidden; finish on pagehide. Never rely on unload.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && course.flush());
  addEventListener('pagehide', () => course.finish());
  const target = document.getElementById('app')!;
  target.textContent = '';
  let app = mount(App, { target, props: { course } });
  watchTerms(document);
  // The same LMS session goes on: the new course starts from this one's answers and page, as a
  // relaunch would (and, like a relaunch, drops them if the content's fingerprint changed).
  return (next) => {
    const now = { suspendData: encodeProgress(course.unit, course.progress), location: course.location };
    unmount(app);
    course = new Course(next, { ...lms, launch: { ...lms.launch, ...now } });
    app = mount(App, { target, props: { course } });
  };
}
