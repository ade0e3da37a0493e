// The player's state: where the learner is, what they have done, and what the LMS is told.
// Components call its methods; every change is saved through src/lms, and a copy is kept in
// this browser (for damaged saved data, and for a second tab of the same course).
import { allPages, criterionText, quizCriteria, workplaceCriteria } from '../shared/activities.ts';
import type { Block, Module, Page, Question, Reflection, Response, Scenario, Unit } from '../shared/course.ts';
import { sanitiseIdentifier, type Lms, type LmsStatus } from '../lms/index.ts';
import { assessmentStatus, drawSitting, metByV1Sittings, submitSitting, type AssessmentStatus } from './assessment.ts';
import { seededRandom } from './display-order.ts';
import { cmiRecord, objectiveRecords, reflectionInteraction, reflectionLimit, reflectionRecord, scenarioInteraction, sittingInteractions } from './lms-report.ts';
import type { UnitLoader } from './loader.ts';
import { decodeProgress, encodeProgress, type Progress } from './progress.ts';
import { loadReflections, saveReflections } from './reflection-store.ts';
import { mergeProgress, restoreProgress, type BrowserCopy } from './restore.ts';
import { TimeClock, type TimeKind } from './time-spent.ts';

export const COVER = '#start';
export const ASSESSMENT = '#assessment';
export const FINISH = '#finish';
export const RECORD = '#record';
/** The unit's key terms; not a page, so "every page viewed" never needs it. */
export const GLOSSARY = '#glossary';

export { reflectionInteraction };

export function reflectionIds(unit: Unit): string[] {
  return unit.items.filter((i) => i.kind === 'reflection').map((i) => i.id);
}

export type Stop =
  | { kind: 'page'; id: string; page: Page; module: Module | undefined; index: number }
  | { kind: 'cover' | 'assessment' | 'finish' | 'record' | 'glossary'; id: string };

/** The learner's own calendar day, numbered as days since 1970-01-01 (read back as UTC). */
export function today(now = Date.now()): number {
  return Math.floor((now - new Date(now).getTimezoneOffset() * 60_000) / 86_400_000);
}

/** The browser's own id for a learner with no LMS, kept so their shuffles stay the same. */
function browserLearnerId(): string {
  try {
    const known = localStorage.getItem('cs-course:learner');
    if (known) return known;
    const id = `b${Math.random().toString(36).slice(2, 10)}`;
    localStorage.setItem('cs-course:learner', id);
    return id;
  } catch {
    return 'browser';
  }
}

export class Course {
  unit = $state.raw<Unit>(null!);
  readonly stops: Stop[];
  readonly contentPages: number;
  readonly masteryScore: number | null;
  /** As the LMS gives it ("Last, First" in most); '' standalone. */
  readonly learnerName: string;
  /** Seeds every shuffle: the LMS's learner id, or this browser's own. */
  readonly learner: string;
  /** As the LMS gives it; '' standalone. */
  readonly learnerId: string;
  /** Criteria the LMS records as met, by ref: they stay met whatever the saved progress says. */
  readonly held: Record<string, number>;
  /** True when the learner has been here before (the cover says welcome back). */
  readonly returning: boolean;
  /** Where the learner was last time, to continue from. */
  readonly resumeAt: string;
  progress = $state.raw<Progress>(null!);
  location = $state('');
  status = $state.raw<LmsStatus>({ state: 'connected', pending: false, message: '' });
  reflectionText = $state.raw<Record<string, string>>({});
  /** Something the learner should know about their saved progress; '' when nothing. */
  notice = $state('');
  /** Module ids (and "pool") whose content has arrived. */
  loaded = $state.raw<Set<string>>(new Set());
  readonly assessment: AssessmentStatus;
  private readonly lms: Lms;
  private readonly loader: UnitLoader;
  private readonly storageKey: string;
  private readonly copyKey: string;
  private lastCopy = '';
  private readonly clock = new TimeClock();
  /** The content page the learner was last on, which the LMS is told to resume at. */
  private lastPageId: string;

  constructor(unit: Unit, lms: Lms, loader: UnitLoader) {
    this.unit = unit;
    this.lms = lms;
    this.loader = loader;
    this.masteryScore = lms.launch.masteryScore;
    this.learnerName = lms.launch.learnerName;
    this.learnerId = lms.launch.learnerId;
    this.learner = lms.launch.learnerId || browserLearnerId();
    this.storageKey = `cs-course:${unit.facts.id}`;
    this.copyKey = `cs-course:${unit.facts.id}:${this.learner}:progress`;
    const pages = allPages(unit);
    this.contentPages = pages.length;
    const moduleOf = (p: Page) => unit.modules.find((m) => m.pages.includes(p));
    this.stops = [
      { kind: 'cover', id: COVER },
      ...pages.map((page, index): Stop => ({ kind: 'page', id: page.id, page, module: moduleOf(page), index })),
      { kind: 'assessment', id: ASSESSMENT },
      { kind: 'finish', id: FINISH },
      { kind: 'record', id: RECORD },
      ...(unit.terms.length > 0 ? [{ kind: 'glossary', id: GLOSSARY } as const] : []),
    ];
    this.loaded = new Set([
      ...unit.modules.filter((m) => m.pages.every((p) => p.blocks.length > 0)).map((m) => m.id),
      ...(unit.pool.length > 0 || !unit.items.some((i) => !i.page) ? ['pool'] : []),
    ]);
    this.held = heldCriteria(unit, lms.launch.objectivesPassed);
    const restored = restoreProgress(unit, lms.launch.suspendData, this.readCopy(), (sittings) => metByV1Sittings(unit.pool, sittings));
    this.progress = restored.progress;
    this.notice = restored.notice;
    this.assessment = $derived(assessmentStatus(this.unit, this.progress, this.masteryScore, this.held));
    this.reflectionText = this.restoreReflections(lms.launch.responses);
    this.lastPageId = this.stops.some((s) => s.id === lms.launch.location && s.kind === 'page') ? lms.launch.location : '';
    // A sitting under way is where the learner left off, whatever page the LMS kept as the location.
    this.resumeAt = this.progress.open ? ASSESSMENT : this.lastPageId;
    this.returning = this.resumeAt !== '' || this.progress.seen.size > 0 || Object.keys(this.held).length > 0;
    lms.onStatus((s) => (this.status = s));
    this.location = COVER;
    this.watchOtherTabs();
    // The LMS lists every criterion of the unit from the first launch, with its status so far.
    this.reportObjectives();
    this.save();
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
    if (stop.kind === 'page') {
      this.lastPageId = stop.id;
      if (!this.progress.seen.has(stop.page.id)) this.progress = { ...this.progress, seen: new Set([...this.progress.seen, stop.page.id]) };
      this.prefetch(stop.module);
    }
    if (stop.kind === 'assessment' || stop.kind === 'finish') void this.load('pool');
    this.save();
  }

  step(delta: number): void {
    const next = this.stops[this.stopIndex + delta];
    if (next) this.goTo(next.id);
  }

  /** The page's blocks, or undefined while its module is still arriving. */
  blocksOf(page: Page): Block[] | undefined {
    const module = this.unit.modules.find((m) => m.pages.some((p) => p.id === page.id));
    if (module && !this.loaded.has(module.id)) return undefined;
    return allPages(this.unit).find((p) => p.id === page.id)?.blocks;
  }

  /** Loads a module's content (or the pool), once; a failure is retried on the next visit. */
  async load(what: string): Promise<void> {
    if (this.loaded.has(what)) return;
    try {
      if (what === 'pool') {
        const pool = await this.loader.pool();
        this.unit = { ...this.unit, pool };
      } else {
        const blocks = await this.loader.module(what);
        const modules = this.unit.modules.map((m) => (m.id === what ? { ...m, pages: m.pages.map((p, i) => ({ ...p, blocks: blocks[i] ?? [] })) } : m));
        this.unit = { ...this.unit, modules };
      }
      this.loaded = new Set([...this.loaded, what]);
    } catch {
      this.notice = 'Part of the course could not be loaded. Check your connection, then open the page again.';
    }
  }

  /** Every module's content, for views that summarise the whole unit. */
  async loadAll(): Promise<void> {
    await Promise.all(this.unit.modules.map((m) => this.load(m.id)));
  }

  /** The module being read, and the next, so moving on never waits. */
  private prefetch(module: Module | undefined): void {
    if (!module) return;
    const i = this.unit.modules.findIndex((m) => m.id === module.id);
    void this.load(module.id).then(() => this.unit.modules[i + 1] && this.load(this.unit.modules[i + 1].id));
  }

  /** The seed of an activity's shuffle: the learner's, the sitting's and the activity's own. */
  seed(activityId: string, sitting = 0): string {
    return `${this.learner}:${sitting}:${activityId}`;
  }

  /** Knowledge checks are practice: kept in the saved progress, not sent to the LMS as evidence. */
  answerCheck(q: Question, response: Response): void {
    this.progress = { ...this.progress, checks: { ...this.progress.checks, [q.id]: response } };
    this.save();
  }

  /** True once the scenario has a recorded ending: later plays are practice. */
  scenarioRecorded(s: Scenario): boolean {
    return s.id in this.progress.scenarios;
  }

  /** The first path to an ending is the one recorded (and sent); replays are practice and change nothing. */
  finishScenario(s: Scenario, path: number[], latencySeconds: number): void {
    if (this.scenarioRecorded(s)) return;
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
    const texts = loadReflections(this.storageKey);
    const missing = reflectionIds(this.unit).filter((id) => !(id in texts) && fromLms[reflectionInteraction(id)]);
    for (const id of missing) texts[id] = fromLms[reflectionInteraction(id)];
    if (missing.length > 0) saveReflections(this.storageKey, texts);
    return texts;
  }

  writeReflection(r: Reflection, text: string): void {
    this.reflectionText = { ...this.reflectionText, [r.id]: text };
    saveReflections(this.storageKey, this.reflectionText);
  }

  /** A reflection is recorded (and sent to the LMS) when the learner saves it with enough words. */
  submitReflection(r: Reflection, words: number, latencySeconds: number): void {
    this.progress = { ...this.progress, reflections: { ...this.progress.reflections, [r.id]: words } };
    this.lms.recordInteraction(reflectionRecord(r, this.reflectionText[r.id] ?? '', latencySeconds, new Date(), reflectionLimit(this.unit)));
    this.reportObjectives();
    this.save();
  }

  /** The sitting number a new or open sitting has: 1 for the first. */
  get sittingNumber(): number {
    return this.progress.sat.length + 1;
  }

  async startSitting(): Promise<void> {
    if (this.assessment.open || this.assessment.finished) return;
    await this.load('pool');
    // Seeded, so two tabs of the course draw the same sitting.
    const open = drawSitting(this.unit, this.progress, this.assessment.met, seededRandom(this.seed('sitting', this.sittingNumber)));
    const { last, ...rest } = this.progress;
    void last;
    this.progress = { ...rest, open };
    this.save();
  }

  answerSitting(index: number, response: Response): void {
    const open = this.progress.open;
    if (!open) return;
    this.progress = { ...this.progress, open: { ...open, answers: open.answers.map((a, i) => (i === index ? response : a)) } };
    this.save();
  }

  submitSitting(): void {
    const open = this.progress.open;
    if (!open) return;
    sittingInteractions(this.unit, open, this.sittingNumber, this.lms.launch.mode, new Date()).forEach((record) => this.lms.recordInteraction(record));
    this.progress = submitSitting(this.unit, this.unit.pool, this.progress, today());
    this.save();
    this.reportObjectives();
    this.lms.flush();
  }

  questionById(id: string): Question | undefined {
    return this.unit.pool.find((q) => q.id === id);
  }

  /** Modules that teach a criterion, for sending a learner back to study it. */
  modulesTeaching(ref: string): Module[] {
    return this.unit.modules.filter((m) => m.criteria.includes(ref));
  }

  /** The page that teaches a criterion best: one with a knowledge check on it, else its first module's first page. */
  pageTeaching(ref: string): Page | undefined {
    const checked = this.unit.items.find((i) => i.kind === 'question' && i.page && i.criteria.includes(ref))?.page;
    return allPages(this.unit).find((p) => p.id === checked) ?? this.modulesTeaching(ref)[0]?.pages[0];
  }

  get seenAll(): boolean {
    return this.unseen.length === 0;
  }

  /** The content pages not yet seen, in reading order. */
  get unseen(): Page[] {
    return allPages(this.unit).filter((p) => !this.progress.seen.has(p.id));
  }

  /** The criteria the assessor judges, with whether the learner's reflection on each is saved. */
  get awaitingAssessor(): { ref: string; text: string; reflected: boolean }[] {
    return workplaceCriteria(this.unit).map((ref) => ({
      ref,
      text: criterionText(this.unit, ref),
      reflected: this.unit.items.some((i) => i.kind === 'reflection' && i.criteria.includes(ref) && i.id in this.progress.reflections),
    }));
  }

  private reportObjectives(): void {
    for (const objective of objectiveRecords(this.unit, this.assessment, Object.keys(this.progress.reflections))) this.lms.setObjective(objective);
  }

  /** What the time on screen now counts towards: teaching on the pages and key terms, assessment while a sitting is open. */
  private get timing(): TimeKind | null {
    const kind = this.current?.kind;
    if (kind === 'page' || kind === 'glossary') return 'teaching';
    return kind === 'assessment' && this.progress.open ? 'assessment' : null;
  }

  /** Saves the progress; `timed` false when the clock has just been paused and must stay so. */
  private save(timed = true): void {
    const time = timed ? this.clock.tick(this.progress.time, this.timing) : this.progress.time;
    if (time) this.progress = { ...this.progress, time };
    const suspendData = encodeProgress(this.unit, this.progress);
    this.lms.update(cmiRecord(this.unit, this.progress, this.assessment, this.lms.launch.held, this.lastPageId, suspendData));
    this.writeCopy(suspendData);
  }

  private readCopy(): BrowserCopy | null {
    try {
      const saved = JSON.parse(localStorage.getItem(this.copyKey) ?? 'null');
      return typeof saved?.text === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  private writeCopy(text: string): void {
    if (text === this.lastCopy) return;
    this.lastCopy = text;
    try {
      localStorage.setItem(this.copyKey, JSON.stringify({ text, savedAt: Date.now() } satisfies BrowserCopy));
    } catch {
      // Storage full or blocked: the LMS still has it.
    }
  }

  /**
   * A second tab of the same course: each tells the other it is there, and each takes in what the
   * other saves, item by item, so answers given in either are kept.
   */
  private watchOtherTabs(): void {
    const channelName = `${this.copyKey}:tabs`;
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(channelName);
      channel.onmessage = (e) => {
        if (e.data === 'hello') channel.postMessage('here');
        this.notice = 'This course is open in another tab or window too. Your answers in both are kept, but it is easier to use one: close the other.';
      };
      channel.postMessage('hello');
    }
    addEventListener('storage', (e) => {
      if (e.key !== this.copyKey || !e.newValue) return;
      const other = decodeProgress(this.unit, (JSON.parse(e.newValue) as BrowserCopy).text, () => ({}));
      if (!other) return;
      const merged = mergeProgress(this.progress, other);
      if (encodeProgress(this.unit, merged) === encodeProgress(this.unit, this.progress)) return;
      this.progress = merged;
      this.save();
    });
  }

  /** The page is hidden: the time so far is saved, and the clock stops until the learner is back. */
  flush(): void {
    const time = this.clock.pause(this.progress.time);
    if (time) this.progress = { ...this.progress, time };
    this.save(false);
    this.lms.flush();
  }

  resumeClock(): void {
    this.clock.resume();
  }

  finish(): void {
    this.lms.finish();
  }
}

/** The day a criterion the LMS holds was met is not known: shown as "recorded by your learning platform". */
export const HELD_DAY = -1;

/** Criteria the LMS records as met: objectives it holds as passed, matched by the id the package sends. */
function heldCriteria(unit: Unit, passed: string[]): Record<string, number> {
  const held: Record<string, number> = {};
  for (const ref of quizCriteria(unit)) if (passed.includes(sanitiseIdentifier(ref, 255))) held[ref] = HELD_DAY;
  return held;
}
