// A test LMS: hosts a SCO in a frame with scorm-again as its API, keeps the learner's CMI data
// across launches (as a real LMS would), logs every call, and can simulate failures.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from '../lms/types.ts';

export type Version = ScormVersion;
export interface Call {
  method: string;
  args: string[];
  result: string;
}

export interface HostOptions {
  version: Version;
  /** Key under which this learner's data is kept in localStorage. */
  learnerKey: string;
  /** Mastery score 0-100 supplied to the SCO, as an LMS reads it from the manifest. */
  mastery?: number;
  onChange?: () => void;
  /** Who the learner is, as the LMS names them; "learner-1", "Learner, Test" unless given. */
  learner?: { id: string; name: string };
}

const METHODS = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
} as const;

export class LmsHost {
  readonly calls: Call[] = [];
  /** When true, SetValue and Commit return "false" (an LMS that is failing). */
  failing = false;
  private api: Scorm12API | Scorm2004API;

  constructor(readonly options: HostOptions) {
    this.api = this.createApi();
  }

  /** The object a SCO finds as window.API or window.API_1484_11. */
  install(win: Window & Record<string, unknown>): void {
    const name = this.options.version === '1.2' ? 'API' : 'API_1484_11';
    const api = this.api as unknown as Record<string, (...a: string[]) => string>;
    const facade: Record<string, (...a: string[]) => string> = {};
    for (const method of METHODS[this.options.version]) {
      facade[method] = (...args: string[]) => {
        const failing = this.failing && /SetValue|Commit/.test(method);
        const result = failing ? 'false' : String(api[method](...args));
        this.calls.push({ method, args, result });
        if (!failing && /Commit|Finish|Terminate/.test(method) && result === 'true') this.persist();
        this.options.onChange?.();
        return result;
      };
    }
    win[name] = facade;
  }

  /** The CMI data as the LMS holds it now. */
  cmi(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.api.cmi));
  }

  /** A new launch of the SCO: a fresh API session over the data kept so far. */
  relaunch(win: Window & Record<string, unknown>): void {
    this.api = this.createApi();
    this.install(win);
  }

  /** Forget this learner entirely, then relaunch. */
  reset(win: Window & Record<string, unknown>): void {
    localStorage.removeItem(this.options.learnerKey);
    this.calls.length = 0;
    this.relaunch(win);
  }

  private createApi(): Scorm12API | Scorm2004API {
    const settings = { autocommit: false, logLevel: 5 as const, lmsCommitUrl: false as const };
    const api = this.options.version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const saved = localStorage.getItem(this.options.learnerKey);
    const cmi = saved ? JSON.parse(saved) : {};
    const v12 = this.options.version === '1.2';
    const learner = this.options.learner ?? { id: 'learner-1', name: 'Learner, Test' };
    if (v12) {
      cmi.core = { ...cmi.core, entry: cmi.core?.exit === 'suspend' ? 'resume' : '', student_name: learner.name, student_id: learner.id };
      delete cmi.core.exit;
      delete cmi.core.session_time;
      if (this.options.mastery !== undefined) cmi.student_data = { ...cmi.student_data, mastery_score: String(this.options.mastery) };
    } else {
      cmi.entry = cmi.exit === 'suspend' ? 'resume' : '';
      cmi.learner_name = learner.name;
      cmi.learner_id = learner.id;
      delete cmi.exit;
      delete cmi.session_time;
      if (this.options.mastery !== undefined) cmi.scaled_passing_score = String(this.options.mastery / 100);
    }
    api.loadFromJSON(cmi, '');
    return api;
  }

  private persist(): void {
    localStorage.setItem(this.options.learnerKey, JSON.stringify(this.cmi()));
  }
}
