import type { Block, Page, Question, Reflection, Scenario, Unit } from '../../src/shared/course.ts';
import type { PlayerBuild } from '../../src/package/player-html.ts';
import { itemsOf } from '../../src/shared/items.ts';

const html = (text: string): Block => ({ kind: 'html', html: `<p>${text}</p>` });

function singleQuestion(id: string, criteria: string[], prompt: string): Question {
  return {
    kind: 'question',
    id,
    type: 'single',
    criteria,
    prompt: `<p>${prompt}</p>`,
    description: prompt,
    options: [
      { key: 'a', html: 'Ask what they need, then repeat it back.', correct: true, feedback: '<p>Yes.</p>' },
      { key: 'b', html: 'Tell them the policy first.', correct: false, feedback: '<p>Not yet.</p>' },
      { key: 'c', html: 'Pass them to a manager.', correct: false, feedback: '<p>Too soon.</p>' },
    ],
  };
}

function scenario(id: string, criteria: string[]): Scenario {
  return {
    kind: 'scenario',
    id,
    criteria,
    title: 'A parcel that never came',
    start: 'greet',
    steps: [
      {
        id: 'greet',
        says: [],
        html: '<p><strong>Mrs Okafor:</strong> “My parcel was due on Monday.”</p>',
        choices: [
          { html: 'Apologise and check the tracking.', next: 'good-end', best: true, feedback: '<p>Good.</p>' },
          { html: 'Say the courier is to blame.', next: 'poor-end', best: false, feedback: '<p>No.</p>' },
        ],
      },
      { id: 'good-end', says: [], html: '<p>She thanks you.</p>', choices: [], outcome: 'good' },
      { id: 'poor-end', says: [], html: '<p>She asks for a manager.</p>', choices: [], outcome: 'poor' },
    ],
  };
}

function reflection(id: string, criteria: string[]): Reflection {
  return {
    kind: 'reflection',
    id,
    criteria,
    prompt: '<p>Describe a complaint you dealt with at work.</p>',
    description: 'Describe a complaint you dealt with at work.',
    minWords: 80,
    guidance: '<p>Listens, apologises, agrees a remedy, follows up.</p>',
    model: '<p>Says what the complaint was, what you did at each step, and how it ended.</p>',
    strong: '<p>A full account of one complaint. [Strong.]</p>',
    weak: '<p>"I sorted it." [Weak.]</p>',
    rubric: [],
  };
}

const page = (id: string, title: string, blocks: Block[]): Page => ({ id, title, blocks });

/** A realistic unit: 2 outcomes, 3 criteria (2.1 workplace), 2 modules, a pool of 4. */
export function fixtureUnit(): Unit {
  return withItems({
    facts: {
      id: 'l2-fixture',
      ref: 'l2-fix',
      title: 'Principles of customer service & care',
      level: '2',
      credits: '3',
      glh: '24',
      codes: { 'Ofqual unit code': 'J/506/2132' },
      facts: { 'Assessment type': 'Portfolio' },
      seed: '001_fixture.txt',
      purpose: 'Learners find out what customers expect <and> how to deal with complaints.',
      synoptic: [],
    version: '1',
    changes: [],
    },
    outcomes: [
      {
        id: '1',
        text: 'Understand customer expectations',
        criteria: [
          { id: '1.1', text: 'Explain how customer expectations are formed' },
          { id: '1.2', text: 'Describe the difference between "needs" and "expectations", with examples' },
        ],
      },
      {
        id: '2',
        text: 'Be able to deal with customer complaints',
        criteria: [{ id: '2.1', text: 'Deal with a customer complaint', evidence: 'workplace' }],
      },
    ],
    assessment: { perCriterion: 1, attempts: 3 },
    terms: [{ term: 'service offer', definition: 'What an organisation promises its customers.' }],
    intro: [page('intro/welcome', 'Welcome', [html('This unit is about customers.')])],
    modules: [
      {
        id: 'expectations',
        file: '01-expectations.md',
        title: 'What customers expect',
        criteria: ['l2-fix:1.1', 'l2-fix:1.2'],
        minutes: 20,
        pages: [
          page('expectations/what-customers-expect', 'What customers expect', [
            html('Expectations come from adverts, past visits and friends.'),
            singleQuestion('kc-expectations', ['l2-fix:1.1'], 'Where do expectations come from?'),
          ]),
          page('expectations/needs-and-wants', 'Needs and expectations', [
            html('A need is what the customer must have.'),
            singleQuestion('kc-needs', ['l2-fix:1.2'], 'Which is a need?'),
            scenario('late-parcel', ['l2-fix:1.1', 'l2-fix:1.2']),
          ]),
        ],
      },
      {
        id: 'complaints',
        file: '02-complaints.md',
        title: 'Putting things right',
        criteria: ['l2-fix:2.1'],
        minutes: 25,
        pages: [
          page('complaints/listening', 'Listening first', [
            html('Let the customer finish.'),
            singleQuestion('kc-complaint', ['l2-fix:2.1'], 'What do you do first?'),
            reflection('my-complaint', ['l2-fix:2.1']),
          ]),
        ],
      },
    ],
    pool: [
      singleQuestion('q-expect-adverts', ['l2-fix:1.1'], 'An advert promises next-day delivery...'),
      singleQuestion('q-expect-friends', ['l2-fix:1.1'], 'A friend recommends a café...'),
      singleQuestion('q-need-kettle', ['l2-fix:1.2'], 'A customer must boil water...'),
      singleQuestion('q-need-hotel', ['l2-fix:1.2'], 'A hotel guest expects a quiet room...'),
    ],
    external: {},
    aids: [],
    fingerprint: '3f9a1c2b7d4e5f60',
  });
}

/** A synoptic unit (like CS 5) assessing the fixture unit's quiz criteria; no outcomes of its own. */
export function fixtureSynopticUnit(): Unit {
  const base = fixtureUnit();
  return withItems({
    ...base,
    facts: {
      ...base.facts,
      id: 'l1-synoptic',
      ref: 'l1-syn',
      title: 'Competence-based synoptic unit',
      level: '1',
      credits: undefined,
      glh: undefined,
      codes: {},
      facts: {},
      purpose: 'Practise everything from the fixture unit in realistic scenarios.',
      synoptic: ['l2-fix'],
    },
    outcomes: [],
    intro: [],
    modules: [
      {
        id: 'practice',
        file: '01-practice.md',
        title: 'Practice scenarios',
        criteria: ['l2-fix:1.1', 'l2-fix:1.2'],
        minutes: 30,
        pages: [
          page('practice/shop-floor', 'On the shop floor', [
            scenario('shop-floor', ['l2-fix:1.1', 'l2-fix:1.2']),
            singleQuestion('kc-shop', ['l2-fix:1.1'], 'What did the customer expect?'),
          ]),
        ],
      },
    ],
    pool: [
      singleQuestion('syn-q-1', ['l2-fix:1.1'], 'A caller expected a refund...'),
      singleQuestion('syn-q-2', ['l2-fix:1.2'], 'A guest needs a ramp...'),
    ],
    external: {
      'l2-fix:1.1': {
        unitTitle: 'Principles of customer service & care',
        outcomeId: '1',
        text: 'Explain how customer expectations are formed',
      },
      'l2-fix:1.2': {
        unitTitle: 'Principles of customer service & care',
        outcomeId: '1',
        text: 'Describe the difference between "needs" and "expectations", with examples',
      },
    },
    aids: [],
    fingerprint: '9b8c7d6e5f4a3b2c',
  });
}

/** A unit as the compiler finishes it, with its index of activities. */
function withItems(unit: Omit<Unit, 'items'>): Unit {
  return { ...unit, items: itemsOf(unit) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** A stand-in for the player's `vite build`: a launch page with both markers and two assets. */
export function fixturePlayer(launchPage?: string): PlayerBuild {
  const template =
    launchPage ??
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title><!--course-title--></title>' +
      '<link rel="stylesheet" href="assets/player-3c4d.css"></head><body><div id="app"></div>' +
      '<!--course-data--><script type="module" src="assets/player-1a2b.js"></script></body></html>';
  return {
    files: [
      { path: 'index.html', data: bytes(template) },
      { path: 'assets/player-1a2b.js', data: bytes('console.log("player");') },
      // The stylesheet uses two of public/'s files, so packages carry them; public/ holds one no one uses.
      {
        path: 'assets/player-3c4d.css',
        data: bytes('body{margin:0}@font-face{src:url("../fonts/Atkinson%20Hyperlegible.woff2")}.brand{background:url(../images/logo.svg)}'),
      },
    ],
  };
}
