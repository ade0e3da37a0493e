import { mount } from 'svelte';
import type { Unit } from '../shared/course.ts';
import { connect, type ScormVersion } from '../lms/index.ts';
import App from './App.svelte';
import { Course, reflectionIds, reflectionInteraction } from './course.svelte.ts';
import { watchTerms } from './terms.ts';
import './theme.css';

export function start(unit: Unit, version: ScormVersion): void {
  const responsesFor = reflectionIds(unit).map(reflectionInteraction);
  const lms = connect({ version, storageKey: `cs-lms:${unit.facts.id}:${version}`, responsesFor });
  const course = new Course(unit, lms);
  // Commit at once when the page is hidden; finish on pagehide. Never rely on unload.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && course.flush());
  addEventListener('pagehide', () => course.finish());
  const target = document.getElementById('app')!;
  target.textContent = '';
  mount(App, { target, props: { course } });
  watchTerms(document);
}
