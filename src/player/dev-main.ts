// The launch page's entry in `npm run dev`: the unit comes as a module from the course plugin
// (virtual:course/<unit>), and each markdown edit swaps the recompiled unit in place, on the same
// page, keeping the learner's answers and the LMS session.
import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../shared/scorm.ts';
import { memoryLoader } from './loader.ts';
import { start } from './start.ts';

const data = document.getElementById('course-data')!;
// The page is /__course/<unit>/player.html (course-routes.ts).
const id = decodeURIComponent(location.pathname.split('/')[2]);
const { default: unit } = (await import(/* @vite-ignore */ `/@id/__x00__virtual:course/${id}`)) as { default: Unit };
const swap = start(unit, (data.dataset.scorm ?? '2004') as ScormVersion, memoryLoader(unit));
addEventListener('course:unit', (event) => swap((event as CustomEvent<Unit>).detail));
