// The player's state: where the learner is, what they have done, and what the LMS is told.
// Components call its methods; every change is saved through src/lms.
import { allPages, isCorrect, pageActivities, quizCriteria, scenarioPath, workplaceCriteria, criterionText } from '../shared/activities.ts';
import type { Module, Page, Question, Reflection, Scenario, Unit } from '../shared/course.ts';
import type { InteractionRecord, Lms, LmsStatus } from '../lms/index.ts';
import { assessmentStatus, drawSitting, type AssessmentStatus } from './assessment.ts';
import { interactionFor } from './interactions.ts';
import { decodeProgress, encodeProgress, type Progress } from './progress.ts';
import { loadReflections, saveReflections } from './reflection-store.ts';

export const ASSESSMENT = '#assessment';
export const RECORD = '#record';
/** The unit's key terms; not a page, so "every page viewed" never needs it. */
export const GLOSSARY = '#glossary';

/** A reflection's interaction id: the LMS records its text under it and, in SCORM 2004, hands it back. */
export const reflectionInteraction = (id: string): string => `rf-${id}`;

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

  answerCheck(q: Question, response: string[], latencySeconds: number): void {
    this.progress = { ...this.progress, checks: { ...this.progress.checks, [q.id]: response } };
    this.record(interactionFor(q, response, `kc-${q.id}`, latencySeconds));
    this.save();
  }

  finishScenario(s: Scenario, path: number[], latencySeconds: number): void {
    this.progress = { ...this.progress, scenarios: { ...this.progress.scenarios, [s.id]: path } };
    const visited = scenarioPath(s, path);
    const step = visited[visited.length - 1];
    const result = step.outcome === 'good' ? 'correct' : step.outcome === 'poor' ? 'incorrect' : 'neutral';
    this.record({
      id: `sc-${s.id}`,
      type: 'other',
      description: s.title,
      response: [visited.map((st) => st.id).join(' > ')],
      correct: [],
      result,
      objectives: s.criteria,
      latencySeconds,
      timestamp: new Date(),
    });
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
    this.record({
      id: reflectionInteraction(r.id),
      type: 'long-fill-in',
      description: r.prompt.replace(/<[^>]+>/g, ''),
      response: [this.reflectionText[r.id] ?? ''],
      correct: [],
      result: 'neutral',
      objectives: r.criteria,
      latencySeconds,
      timestamp: new Date(),
    });
    this.save();
  }

  startSitting(): void {
    if (this.assessment.open || this.assessment.finished) return;
    this.progress = { ...this.progress, sittings: [...this.progress.sittings, drawSitting(this.unit, this.progress)] };
    this.save();
  }

  answerSitting(index: number, response: string[]): void {
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
    open.questions.forEach((id, i) =>
      this.record(interactionFor(byId.get(id)!, open.answers[i] ?? [], `a${n + 1}-${id}`, 0)),
    );
    this.progress = { ...this.progress, sittings: this.progress.sittings.map((s) => (s === open ? { ...s, submitted: true, day } : s)) };
    this.save();
    this.reportObjectives();
    this.lms.flush();
  }

  questionById(id: string): Question | undefined {
    return this.unit.pool.find((q) => q.id === id);
  }

  isCorrect(q: Question, response: string[]): boolean {
    return isCorrect(q, response);
  }

  /** Modules that teach a criterion, for sending a learner back to study it. */
  modulesTeaching(ref: string): Module[] {
    return this.unit.modules.filter((m) => m.criteria.includes(ref));
  }

  get seenAll(): boolean {
    return this.progress.seen.size >= this.contentPages;
  }

  private record(interaction: InteractionRecord): void {
    this.lms.recordInteraction(interaction);
  }

  private reportObjectives(): void {
    const a = this.assessment;
    for (const ref of a.criteria) {
      const met = a.met.has(ref);
      this.lms.setObjective({
        id: ref,
        description: criterionText(this.unit, ref),
        success: met ? 'passed' : a.finished ? 'failed' : 'unknown',
        completion: met ? 'completed' : a.sat > 0 ? 'incomplete' : 'unknown',
        scoreScaled: a.sat > 0 ? (met ? 1 : 0) : null,
      });
    }
    for (const ref of workplaceCriteria(this.unit)) {
      const done = Object.keys(this.progress.reflections).some((id) =>
        this.unit.modules.some((m) => m.pages.some((p) => p.blocks.some((b) => b.kind === 'reflection' && b.id === id && b.criteria.includes(ref)))),
      );
      this.lms.setObjective({ id: ref, description: criterionText(this.unit, ref), success: 'unknown', completion: done ? 'completed' : 'incomplete', scoreScaled: null });
    }
  }

  private save(): void {
    const a = this.assessment;
    const hasQuiz = quizCriteria(this.unit).length > 0;
    const finished = hasQuiz ? a.finished : true;
    this.lms.update({
      location: this.location,
      suspendData: encodeProgress(this.unit, this.progress),
      completion: this.seenAll && finished ? 'completed' : 'incomplete',
      success: !hasQuiz || !a.finished ? 'unknown' : a.passed ? 'passed' : 'failed',
      // Only a final score is sent: Moodle's "mastery score overrides status" would turn an
      // interim score below the mastery score into "failed" while retakes remain.
      scoreRaw: a.finished ? Math.round(a.share * 100) : null,
      progress: Math.min(1, (this.progress.seen.size + (finished && a.sat > 0 ? 1 : 0)) / (this.contentPages + 1)),
    });
  }

  flush(): void {
    this.lms.flush();
  }

  finish(): void {
    this.lms.finish();
  }
}
