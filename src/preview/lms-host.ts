// A test LMS: hosts a SCO in a frame with scorm-again as its API, keeps the learner's CMI data
// across launches (as a real LMS would), logs every call, and can simulate failures.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from '../lms/types.ts';
import { KeepaliveQuota, moodleCallBytes } from './moodle-model.ts';

export type Version = ScormVersion;
export interface Call {
  method: string;
  args: string[];
  result: string;
  /** Moodle model only: the bytes this Commit or Terminate would send. */
  bytes?: number;
}

export interface HostOptions {
  version: Version;
  /** Key under which this learner's data is kept in localStorage. */
  learnerKey: string;
  /** Mastery score 0-100 supplied to the SCO, as an LMS reads it from the manifest. */
  mastery?: number;
  /**
   * SCORM 2004 only: behave as Moodle's runtime does (src/preview/moodle-model.ts): each Commit
   * and Terminate sends every value set in the attempt so far, as a beacon within the keepalive
   * quota, and is refused (false, error 101) when the quota is full.
   */
  moodle?: boolean;
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
  /** Moodle model: every value set in the attempt, across sessions, and the beacons in flight. */
  private values = new Map<string, string>();
  private quota = new KeepaliveQuota();
  private refused = false;

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
        if (this.moodleMode() && method === 'GetLastError' && this.refused) return '101';
        const failing = this.failing && /SetValue|Commit/.test(method);
        let result = failing ? 'false' : String(api[method](...args));
        if (this.moodleMode() && method === 'SetValue' && result === 'true') this.values.set(args[0], args[1]);
        let bytes: number | undefined;
        if (this.moodleMode() && /Commit|Terminate/.test(method) && result === 'true') {
          bytes = moodleCallBytes(this.values);
          this.refused = !this.quota.send(bytes, Date.now());
          if (this.refused) result = 'false';
        }
        this.calls.push({ method, args, result, ...(bytes === undefined ? {} : { bytes }) });
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
    localStorage.removeItem(`${this.options.learnerKey}:values`);
    this.calls.length = 0;
    this.relaunch(win);
  }

  private moodleMode(): boolean {
    return this.options.moodle === true && this.options.version === '2004';
  }

  private createApi(): Scorm12API | Scorm2004API {
    this.values = new Map(JSON.parse(localStorage.getItem(`${this.options.learnerKey}:values`) ?? '[]'));
    this.refused = false;
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
    if (this.moodleMode()) localStorage.setItem(`${this.options.learnerKey}:values`, JSON.stringify([...this.values]));
  }
}
