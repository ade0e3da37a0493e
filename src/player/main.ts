// The package's entry: the unit's data is inlined in index.html by the packager.
import type { Unit } from '../shared/course.ts';
import type { ScormVersion } from '../lms/index.ts';
import { scriptLoader } from './loader.ts';
import { start } from './start.ts';

const data = document.getElementById('course-data')!;
// Let the browser paint the launch page's header first: the learner sees the course at once,
// and the player replaces it a frame later.
requestAnimationFrame(() =>
  setTimeout(() => start(JSON.parse(data.textContent!) as Unit, (data.dataset.scorm ?? '2004') as ScormVersion, scriptLoader())),
);
