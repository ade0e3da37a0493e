// The answer key: each question with its correct answers and feedback, each scenario as a map
// of its steps and endings, each reflection with its guidance. Prompts, options and feedback
// are sanitised HTML from the compiler; everything else is plain text and escaped here.
import { escapeHtml as esc } from '../package/escape.ts';
import type { Question, Reflection, Scenario, ScenarioOutcome, ScenarioStep } from '../shared/course.ts';
import { kindOf } from '../shared/question-kinds.ts';
import { anchorOf } from './criteria.ts';

export const OUTCOME_NAME: Record<ScenarioOutcome, string> = {
  good: 'good outcome',
  partial: 'partly good outcome',
  poor: 'poor outcome',
};

export const itemAnchor = (id: string) => anchorOf('item', id);

/** The kind's answer key as a table (the rows that are the right answer marked), then any feedback on the whole answer. */
function answers(q: Question): string {
  const key = kindOf(q).answerKey(q);
  const cell = (html: string, i: number) => (i === 0 ? `<th scope="row">${html}</th>` : `<td>${html}</td>`);
  const rows = key.rows.map((row) => `<tr${row.correct ? ' class="correct"' : ''}>${row.cells.map(cell).join('')}</tr>`).join('\n');
  const feedback = key.feedback
    ? `\n<dl class="feedback">
<dt class="label">Feedback when right</dt><dd>${key.feedback.correct}</dd>
<dt class="label">Feedback when wrong</dt><dd>${key.feedback.incorrect}</dd>
</dl>`
    : '';
  return `<table class="answers answers-${key.head.length}">
<thead><tr>${key.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>${feedback}`;
}

/** A question with its answer key. `what` names it: "Knowledge check" or "Assessment question". */
export function questionItem(q: Question, what: string, where: string): string {
  return `<article class="item question" id="${esc(itemAnchor(q.id))}" aria-labelledby="${esc(itemAnchor(q.id))}-h">
<h5 id="${esc(itemAnchor(q.id))}-h">${esc(what)} <code>${esc(q.id)}</code> (${kindOf(q).name})</h5>
<p class="where">${esc(where)}</p>
<div class="prompt">${q.prompt}</div>
${answers(q)}
</article>`;
}

/** Steps from the start outwards, so the map reads in the order a learner meets them. */
function stepsInPlayOrder(s: Scenario): ScenarioStep[] {
  const byId = new Map(s.steps.map((step) => [step.id, step]));
  const order: ScenarioStep[] = [];
  const queue = [s.start];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!);
    if (!step || order.includes(step)) continue;
    order.push(step);
    queue.push(...step.choices.map((choice) => choice.next));
  }
  return [...order, ...s.steps.filter((step) => !order.includes(step))];
}

/** The route taking the best choice at every step, as step ids. */
export function bestRoute(s: Scenario): string[] {
  const byId = new Map(s.steps.map((step) => [step.id, step]));
  const route: string[] = [];
  let step = byId.get(s.start);
  while (step && !route.includes(step.id)) {
    route.push(step.id);
    step = byId.get((step.choices.find((choice) => choice.best) ?? step.choices[0])?.next ?? '');
  }
  return route;
}

function stepEntry(s: Scenario, step: ScenarioStep): string {
  const anchor = esc(anchorOf(`step-${s.id}`, step.id));
  const name = `<p class="label" id="${anchor}">Step <code>${esc(step.id)}</code>${step.id === s.start ? ' (start)' : ''}${
    step.outcome ? `: <span class="ending">ending, ${OUTCOME_NAME[step.outcome]}</span>` : ''
  }</p>`;
  if (step.choices.length === 0) return `<li>${name}\n${step.html}</li>`;
  const rows = step.choices
    .map(
      (choice) =>
        `<tr${choice.best ? ' class="correct"' : ''}><th scope="row"><div>${choice.html}</div>${
          choice.best ? '<p class="mark"><span aria-hidden="true">✓ </span>Best choice</p>' : ''
        }</th>` +
        `<td><a href="#${esc(anchorOf(`step-${s.id}`, choice.next))}">${esc(choice.next)}</a></td><td>${choice.feedback}</td></tr>`,
    )
    .join('\n');
  return `<li>${name}
${step.html}
<table class="choices">
<colgroup><col style="width: 40%"><col style="width: 18%"><col style="width: 42%"></colgroup>
<thead><tr><th scope="col">Choice</th><th scope="col">Leads to</th><th scope="col">Feedback</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></li>`;
}

/** A scenario as a map: every step with its choices and where each leads, and every ending. */
export function scenarioItem(s: Scenario, where: string): string {
  const endings = s.steps.filter((step) => step.outcome);
  const counts = (['good', 'partial', 'poor'] as const)
    .map((outcome) => [outcome, endings.filter((step) => step.outcome === outcome).length] as const)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  const decisions = s.steps.length - endings.length;
  return `<article class="item scenario" id="${esc(itemAnchor(s.id))}" aria-labelledby="${esc(itemAnchor(s.id))}-h">
<h5 id="${esc(itemAnchor(s.id))}-h">Scenario <code>${esc(s.id)}</code>: ${esc(s.title)}</h5>
<p class="where">${esc(where)}</p>
<p>${decisions} decision ${decisions === 1 ? 'point' : 'points'}, ${endings.length} ${endings.length === 1 ? 'ending' : 'endings'} (${counts}).
Best route: ${bestRoute(s).map((id) => `<code>${esc(id)}</code>`).join(' → ')}.</p>
<ol class="steps">
${stepsInPlayOrder(s).map((step) => stepEntry(s, step)).join('\n')}
</ol>
</article>`;
}

/** A reflection with the words asked for and what an assessor looks for. */
export function reflectionItem(r: Reflection, where: string): string {
  return `<article class="item reflection" id="${esc(itemAnchor(r.id))}" aria-labelledby="${esc(itemAnchor(r.id))}-h">
<h5 id="${esc(itemAnchor(r.id))}-h">Reflection <code>${esc(r.id)}</code></h5>
<p class="where">${esc(where)}</p>
<div class="prompt">${r.prompt}</div>
<p>At least ${r.minWords} words. The learner’s text is sent to the LMS when they save it.</p>
<p class="label">What an assessor looks for</p>
${r.guidance}
${r.rubric.length ? `<p class="label">Marking points</p>\n<ul>${r.rubric.map((point) => `<li>${esc(point)}</li>`).join('')}</ul>` : ''}
${r.model ? `<p class="label">What a good answer covers (learners see this once they have saved theirs)</p>\n${r.model}` : ''}
${r.strong ? `<p class="label">A strong answer, annotated</p>\n<div class="example strong">${r.strong}</div>` : ''}
${r.weak ? `<p class="label">A weak answer, annotated</p>\n<div class="example weak">${r.weak}</div>` : ''}
</article>`;
}
