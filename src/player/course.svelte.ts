// The player's state: where the learner is, what they have done, and what the LMS is told.
// Components call its methods; every change is saved through src/lms.
import { allPages, pageActivities } from '../shared/activities.ts';
import type { Module, Page, Question, Reflection, Response, Scenario, Unit } from '../shared/course.ts';
import type { Lms, LmsStatus } from '../lms/index.ts';
import { assessmentStatus, drawSitting, type AssessmentStatus } from './assessment.ts';
import { cmiRecord, objectiveRecords, questionInteraction, reflectionInteraction, reflectionRecord, scenarioInteraction } from './lms-report.ts';
import { decodeProgress, encodeProgress, type Progress } from './progress.ts';
import { loadReflections, saveReflections } from './reflection-store.ts';

export const ASSESSMENT = '#assessment';
export const RECORD = '#record';
/** The unit's key terms; not a page, so "every page viewed" never needs it. */
export const GLOSSARY = '#glossary';

export { reflectionInteraction };

export function reflectionIds(unit: Unit): string[] {
  return pageActivities(unit).flatMap((a) => (a.kind === 'reflection' ? [a.id] : []));
}

export type Stop =
  | { kind: 'page'; id: string; page: Page; module: Module | undefined; index: number }
  | { kind: 'assessment'; id: string }
  | { kind: 'record'; id: string }
  | { kind: 'glossary'; id: string };

export class Course {
  readonly unit: Unit;
  readonly stops: Stop[];
  readonly contentPages: number;
  readonly masteryScore: number | null;
  /** As the LMS gives it ("Last, First" in most); '' standalone. */
  readonly learnerName: string;
  progress = $state.raw<Progress>(null!);
  location = $state('');
  status = $state.raw<LmsStatus>({ state: 'connected', pending: false, message: '' });
  reflectionText = $state.raw<Record<string, string>>({});
  readonly assessment: AssessmentStatus;
  private readonly lms: Lms;
  private readonly storageKey: string;

  constructor(unit: Unit, lms: Lms) {
    this.unit = unit;
    this.lms = lms;
    this.masteryScore = lms.launch.masteryScore;
    this.learnerName = lms.launch.learnerName;
    this.storageKey = `cs-course:${unit.facts.id}`;
    const pages = allPages(unit);
    this.contentPages = pages.length;
    const moduleOf = (p: Page) => unit.modules.find((m) => m.pages.includes(p));
    this.stops = [
      ...pages.map((page, index): Stop => ({ kind: 'page', id: page.id, page, module: moduleOf(page), index })),
      { kind: 'assessment', id: ASSESSMENT },
      { kind: 'record', id: RECORD },
      ...(unit.terms.length > 0 ? [{ kind: 'glossary', id: GLOSSARY } as const] : []),
    ];
    this.progress = decodeProgress(unit, lms.launch.suspendData);
    this.assessment = $derived(assessmentStatus(this.unit, this.progress, this.masteryScore));
    this.reflectionText = this.restoreReflections(lms.launch.responses);
    const resumeAt = this.stops.some((s) => s.id === lms.launch.location) ? lms.launch.location : this.stops[0].id;
    lms.onStatus((s) => (this.status = s));
    this.goTo(resumeAt);
  }

  get stopIndex(): number {
    return this.stops.findIndex((s) => s.id === this.location);
  }

  get current(): Stop {
    return this.stops[this.stopIndex];
  }

  goTo(id: string): void {
    const stop = this.stops.find((s) => s.id === id);
    if (!stop) return;
    this.location = id;
    if (stop.kind === 'page' && !this.progress.seen.has(stop.index)) {
      this.progress = { ...this.progress, seen: new Set([...this.progress.seen, stop.index]) };
    }
    this.save();
  }

  step(delta: number): void {
    const next = this.stops[this.stopIndex + delta];
    if (next) this.goTo(next.id);
  }

  answerCheck(q: Question, response: Response, latencySeconds: number): void {
    this.progress = { ...this.progress, checks: { ...this.progress.checks, [q.id]: response } };
    this.lms.recordInteraction(questionInteraction(q, response, `kc-${q.id}`, latencySeconds, new Date()));
    this.save();
  }

  finishScenario(s: Scenario, path: number[], latencySeconds: number): void {
    this.progress = { ...this.progress, scenarios: { ...this.progress.scenarios, [s.id]: path } };
    this.lms.recordInteraction(scenarioInteraction(s, path, latencySeconds, new Date()));
    this.save();
  }

  /**
   * The browser's texts, plus those only the LMS holds (the learner was on another computer).
   * The browser's copy wins: it is at least as new. SCORM 2004 keeps text as one line with a
   * leading "{" made "(", so a text restored from the LMS comes back in that form.
   */
  private restoreReflections(fromLms: Record<string, string>): Record<string, string> {
    const texts = loadReflections(this.storageKey, this.unit.fingerprint);
    const missing = reflectionIds(this.unit).filter((id) => !(id in texts) && fromLms[reflectionInteraction(id)]);
    for (const id of missing) texts[id] = fromLms[reflectionInteraction(id)];
    if (missing.length > 0) saveReflections(this.storageKey, this.unit.fingerprint, texts);
    return texts;
  }

  writeReflection(r: Reflection, text: string): void {
    this.reflectionText = { ...this.reflectionText, [r.id]: text };
    saveReflections(this.storageKey, this.unit.fingerprint, this.reflectionText);
  }

  /** A reflection is recorded (and sent to the LMS) when the learner saves it with enough words. */
  submitReflection(r: Reflection, words: number, latencySeconds: number): void {
    this.progress = { ...this.progress, reflections: { ...this.progress.reflections, [r.id]: words } };
    this.lms.recordInteraction(reflectionRecord(r, this.reflectionText[r.id] ?? '', latencySeconds, new Date()));
    this.save();
  }

  startSitting(): void {
    if (this.assessment.open || this.assessment.finished) return;
    this.progress = { ...this.progress, sittings: [...this.progress.sittings, drawSitting(this.unit, this.progress)] };
    this.save();
  }

  answerSitting(index: number, response: Response): void {
    const sittings = this.progress.sittings.map((s) =>
      s.submitted ? s : { ...s, answers: s.answers.map((a, i) => (i === index ? response : a)) },
    );
    this.progress = { ...this.progress, sittings };
    this.save();
  }

  submitSitting(): void {
    const open = this.assessment.open;
    if (!open) return;
    const n = this.progress.sittings.indexOf(open);
    // The learner's own calendar day, numbered as days since 1970-01-01 (read back as UTC).
    const day = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000);
    const byId = new Map(this.unit.pool.map((q) => [q.id, q]));
    const now = new Date();
    open.questions.forEach((id, i) => this.lms.recordInteraction(questionInteraction(byId.get(id)!, open.answers[i] ?? null, `a${n + 1}-${id}`, 0, now)));
    this.progress = { ...this.progress, sittings: this.progress.sittings.map((s) => (s === open ? { ...s, submitted: true, day } : s)) };
    this.save();
    for (const objective of objectiveRecords(this.unit, this.assessment, Object.keys(this.progress.reflections))) this.lms.setObjective(objective);
    this.lms.flush();
  }

  questionById(id: string): Question | undefined {
    return this.unit.pool.find((q) => q.id === id);
  }

  /** Modules that teach a criterion, for sending a learner back to study it. */
  modulesTeaching(ref: string): Module[] {
    return this.unit.modules.filter((m) => m.criteria.includes(ref));
  }

  get seenAll(): boolean {
    return this.progress.seen.size >= this.contentPages;
  }

  private save(): void {
    const suspendData = encodeProgress(this.unit, this.progress);
    this.lms.update(cmiRecord(this.unit, this.progress, this.assessment, this.location, suspendData, this.contentPages));
  }

  flush(): void {
    this.lms.flush();
  }

  finish(): void {
    this.lms.finish();
  }
}
