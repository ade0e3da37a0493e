// The unit's activities on paper. In the teaching, each is something to do with a pen: a
// knowledge check with boxes to tick or fill, a scenario as a case study told part by part, a
// reflection as its prompt and ruled space to write. At the back, each one's answer: the right
// answer and why (from the question's kind, src/shared/question-kinds.ts), the best choice at each
// part of a case study and why, and what a good reflection covers.
import { escapeHtml as esc } from '../package/escape.ts';
import type { Question, Reflection, Scenario, ScenarioChoice, ScenarioStep } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { OPTION_KEYS } from '../shared/text.ts';
import { bestRoute } from './answer-key.ts';

/** Turns compiler HTML into printable HTML for the page an activity sits on (workbook-html.ts). */
export type Fix = (html: string) => string;

/** How the workbook names an activity: "Knowledge check 3", "Case study 1", "Reflection 2". */
export interface Numbered<T> {
  activity: T;
  name: string;
}

export const bodyId = (id: string) => `do-${id}`;
export const answerId = (id: string) => `answer-${id}`;

/**
 * A fixed order of n things that is not the written one (for n > 1): items to put in order are
 * written in their right order, and scenario choices often with the best first. Seeded by the
 * activity's id, so every build prints the same order.
 */
export function printedOrder(seed: string, n: number): number[] {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    const j = h % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return n > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]] : order;
}

const box = '<span class="box" aria-hidden="true"></span>';
const letter = (i: number) => OPTION_KEYS[i];

function heading(level: number, id: string, text: string): string {
  return `<h${level} id="${esc(id)}">${esc(text)}</h${level}>`;
}

/** Lettered things with a box beside each, to tick or to number. */
function boxedList(items: string[], label: string): string {
  return `<ul class="options" aria-label="${esc(label)}">${items.map((html, i) => `<li>${box}<span><span class="key">${letter(i)}.</span> ${html}</span></li>`).join('')}</ul>`;
}

const CHOOSE: Record<string, string> = {
  single: 'Tick the one right answer.',
  multiple: 'Tick every answer that is right.',
  truefalse: 'Tick true or false.',
};

function questionTask(q: Question, fix: Fix): string {
  if (q.type === 'order') {
    const shown = printedOrder(q.id, q.items.length).map((i) => esc(q.items[i]));
    return `<p class="how">Number them in the right order, 1 first.</p>\n${boxedList(shown, 'Items to number')}`;
  }
  if (q.type === 'match') {
    const rights = printedOrder(q.id, q.pairs.length).map((i) => esc(q.pairs[i].right));
    const rows = q.pairs.map((pair, i) => `<tr><th scope="row">${i + 1}. ${esc(pair.left)}</th><td class="blank"></td></tr>`).join('');
    return `<p class="how">Write the letter of its match beside each item.</p>
<table class="match"><colgroup><col style="width: 70%"><col style="width: 30%"></colgroup>
<thead><tr><th scope="col">Item</th><th scope="col">Letter of its match</th></tr></thead><tbody>${rows}</tbody></table>
<p class="label">Matches</p>
<ul class="options plain">${rights.map((html, i) => `<li><span><span class="key">${letter(i)}.</span> ${html}</span></li>`).join('')}</ul>`;
  }
  if (q.type === 'text') return '<p class="how">Write your answer on the line.</p>\n<div class="write-line"></div>';
  return `<p class="how">${CHOOSE[q.type]}</p>\n${boxedList(q.options.map((o) => fix(o.html)), 'Options')}`;
}

/** A knowledge check to answer in pen, with where its answer is. */
export function questionBody({ activity: q, name }: Numbered<Question>, fix: Fix): string {
  return `<article class="item check" aria-labelledby="${bodyId(q.id)}">
${heading(4, bodyId(q.id), name)}
<div class="prompt">${fix(q.prompt)}</div>
${questionTask(q, fix)}
<p class="see">Answer: <a href="#${answerId(q.id)}">${esc(name)}</a> in the answers at the back.</p>
</article>`;
}

function rightAnswer(q: Question, fix: Fix): string {
  const kind = kindOf(q);
  if (q.type === 'text') return q.answers.map(esc).join(' or ');
  if (q.type === 'order') {
    const shown = printedOrder(q.id, q.items.length);
    const letters = q.items.map((_, i) => letter(shown.indexOf(i))).join(', ');
    return `${letters}: ${kind.answerHtml(q, kind.right(q))}`;
  }
  if (q.type === 'match') {
    const shown = printedOrder(q.id, q.pairs.length);
    return q.pairs.map((pair, i) => `${i + 1}. ${esc(pair.left)}: ${letter(shown.indexOf(i))}. ${esc(pair.right)}`).join('; ');
  }
  return q.options.filter((o) => o.correct).map((o) => `${o.key}. ${fix(o.html)}`).join('; ');
}

/** Why: the feedback on the right answer, and for options, on each wrong one too. */
function why(q: Question, fix: Fix): string {
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') {
    const items = q.options.map(
      (o) => `<li><span class="key">${o.key}.</span> <strong>${o.correct ? 'Right' : 'Not right'}.</strong> ${fix(o.feedback)}</li>`,
    );
    return `<ul class="why">${items.join('')}</ul>`;
  }
  const kind = kindOf(q);
  return kind.feedbackOn(q, kind.right(q)).map((f) => `<div class="why">${fix(f.html)}</div>`).join('');
}

export function questionAnswer({ activity: q, name }: Numbered<Question>, fix: Fix): string {
  return `<article class="answer" aria-labelledby="${answerId(q.id)}">
${heading(4, answerId(q.id), name)}
<p class="asked">${esc(q.description)}</p>
<p><strong>Answer:</strong> ${rightAnswer(q, fix)}</p>
${why(q, fix)}
</article>`;
}

function dialogue(step: ScenarioStep, fix: Fix): string {
  const lines = step.says.map((l) => `<p><span class="speaker">${esc(l.speaker)}</span> (${esc(l.role)}): ${fix(l.line)}</p>`);
  return (lines.length ? `<div class="dialogue">${lines.join('')}</div>\n` : '') + fix(step.html);
}

/** The decision steps on the best route, then its ending. */
function bestParts(s: Scenario): { parts: ScenarioStep[]; ending?: ScenarioStep } {
  const byId = new Map(s.steps.map((step) => [step.id, step]));
  const route = bestRoute(s).map((id) => byId.get(id)!);
  return { parts: route.filter((step) => !step.outcome), ending: route.find((step) => step.outcome) };
}

const shownChoices = (s: Scenario, step: ScenarioStep): ScenarioChoice[] =>
  printedOrder(`${s.id}/${step.id}`, step.choices.length).map((i) => step.choices[i]);

/** A scenario as a case study: each part of the best route, with the choices to pick from. */
export function scenarioBody({ activity: s, name }: Numbered<Scenario>, fix: Fix): string {
  const { parts } = bestParts(s);
  const partHtml = parts.map(
    (step, n) => `<h5>Part ${n + 1}</h5>
${dialogue(step, fix)}
<p class="how">What do you do? Tick one.</p>
${boxedList(shownChoices(s, step).map((c) => fix(c.html)), `Choices, part ${n + 1}`)}`,
  );
  return `<article class="item case" aria-labelledby="${bodyId(s.id)}">
${heading(4, bodyId(s.id), `${name}: ${s.title}`)}
${parts.length > 1 ? '<p class="note">Each part follows on from the best choice in the part before.</p>' : ''}
${partHtml.join('\n')}
<p class="see">Best choices: <a href="#${answerId(s.id)}">${esc(name)}</a> in the answers at the back.</p>
</article>`;
}

export function scenarioAnswer({ activity: s, name }: Numbered<Scenario>, fix: Fix): string {
  const { parts, ending } = bestParts(s);
  const partHtml = parts.map((step, n) => {
    const shown = shownChoices(s, step);
    const best = shown.findIndex((c) => c.best);
    const others = shown.map((c, i) => ({ c, i })).filter(({ i }) => i !== best);
    return `<h5>Part ${n + 1}</h5>
<p><strong>Best choice:</strong> <span class="key">${letter(best)}.</span> ${fix(shown[best].html)}</p>
<div class="why">${fix(shown[best].feedback)}</div>
${others.length ? `<ul class="why">${others.map(({ c, i }) => `<li><span class="key">${letter(i)}.</span> ${fix(c.feedback)}</li>`).join('')}</ul>` : ''}`;
  });
  return `<article class="answer" aria-labelledby="${answerId(s.id)}">
${heading(4, answerId(s.id), `${name}: ${s.title}`)}
${partHtml.join('\n')}
${ending ? `<p class="label">How it ends</p>\n${dialogue(ending, fix)}` : ''}
</article>`;
}

/** Ruled lines for about eight handwritten words each, between 6 and 24 of them. */
const linesFor = (minWords: number) => Math.max(6, Math.min(24, Math.ceil(minWords / 8) + 2));

/** A reflection: its prompt, what to include, and ruled space to write. */
export function reflectionBody({ activity: r, name }: Numbered<Reflection>, fix: Fix): string {
  const guidance = r.guidance ? `<p class="label">What to include</p>\n${fix(r.guidance)}` : '';
  const back = r.model ? `\n<p class="see">What a good answer covers: <a href="#${answerId(r.id)}">${esc(name)}</a> in the answers at the back.</p>` : '';
  return `<article class="item reflection" aria-labelledby="${bodyId(r.id)}">
${heading(4, bodyId(r.id), name)}
<div class="prompt">${fix(r.prompt)}</div>
${guidance}
<p class="how">Write at least ${r.minWords} words.</p>
<div class="writing">${'<div class="rule"></div>'.repeat(linesFor(r.minWords))}</div>${back}
</article>`;
}

/** What a good answer covers; empty when the reflection has no model. */
export function reflectionAnswer({ activity: r, name }: Numbered<Reflection>, fix: Fix): string {
  if (!r.model) return '';
  return `<article class="answer" aria-labelledby="${answerId(r.id)}">
${heading(4, answerId(r.id), name)}
<p class="asked">${esc(r.description)}</p>
<p class="label">What a good answer covers</p>
${fix(r.model)}
</article>`;
}
