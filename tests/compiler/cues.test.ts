// The cue check against tests/fixtures/cues: a unit whose questions give their answers away by
// their look (cued), reported figure by figure, and one that does not (fair); then the chances
// each strategy is given, and the expected share of criteria that follows from them.
import { describe, expect, it } from 'vitest';
import { expectedShare, strategyChance } from '../../src/compiler/cues.ts';
import type { ChoiceOption, ChoiceQuestion } from '../../src/shared/course.ts';
import { compile, diagnosticLines } from './helpers.ts';

const option = (key: string, html: string, correct = false, fixed = false): ChoiceOption => ({ key, html, correct, feedback: '', ...(fixed ? { fixed } : {}) });
const single = (options: ChoiceOption[], type: ChoiceQuestion['type'] = 'single'): ChoiceQuestion => ({
  kind: 'question', id: 'q', type, criteria: ['u:1.1'], prompt: '', description: '', options,
});

describe('the cue check', () => {
  const lines = diagnosticLines(compile('tests/fixtures/cues')).filter((line) => !line.includes('reads almost the same'));

  it('reports each figure of a unit past its threshold, naming the worst questions by file and line', () => {
    expect(lines).toEqual([
      'tests/fixtures/cues/cued/01-greeting.md:107:1: Option d of question "kc-above" refers to the other options ("All of the above", "Both of these"), which makes no sense once options are shuffled. Rewrite it as an answer of its own; "None of these" is kept only with "fixed: true".',
      `tests/fixtures/cues/cued/unit.md:1:1: A learner who knows nothing and always picks by "all but the odd one out" would meet 100% of cued's quiz-assessed criteria over every sitting (at most 20%; blind guessing meets 12.1%). Make the options of the questions that give it away look alike, starting with tests/fixtures/cues/cued/assessment.md:1, tests/fixtures/cues/cued/assessment.md:18, tests/fixtures/cues/cued/assessment.md:35, tests/fixtures/cues/cued/assessment.md:52, tests/fixtures/cues/cued/assessment.md:69.`,
      `tests/fixtures/cues/cued/unit.md:1:1: A learner who knows nothing and always picks by "longest" would meet 100% of cued's quiz-assessed criteria over every sitting (at most 20%; blind guessing meets 12.1%). Make the options of the questions that give it away look alike, starting with tests/fixtures/cues/cued/assessment.md:1, tests/fixtures/cues/cued/assessment.md:18, tests/fixtures/cues/cued/assessment.md:35, tests/fixtures/cues/cued/assessment.md:52, tests/fixtures/cues/cued/assessment.md:69.`,
      `tests/fixtures/cues/cued/unit.md:1:1: A learner who knows nothing and always picks by "no absolute words" would meet 100% of cued's quiz-assessed criteria over every sitting (at most 20%; blind guessing meets 12.1%). Make the options of the questions that give it away look alike, starting with tests/fixtures/cues/cued/assessment.md:1, tests/fixtures/cues/cued/assessment.md:18, tests/fixtures/cues/cued/assessment.md:35, tests/fixtures/cues/cued/assessment.md:52, tests/fixtures/cues/cued/assessment.md:69.`,
      'tests/fixtures/cues/cued/unit.md:1:1: In cued, 100% of multiple-answer questions have the same number of correct options (at most 70%), so a learner can tick that many. Vary how many are right.',
      'tests/fixtures/cues/cued/unit.md:1:1: In cued, 100% of single-answer questions have their correct option at the same written position (at most 40%). Spread the correct options over a, b, c and d.',
      'tests/fixtures/cues/cued/unit.md:1:1: In cued, 100% of true/false questions are keyed True (35% to 65% expected), so always answering one way pays. Balance the keys.',
      'tests/fixtures/cues/cued/unit.md:1:1: In cued, only wrong options use "always", "never", "only", "all", "none" or "must" in 69.2% of questions (at most 25%), so ruling them out finds the answer. Use such words in right options too, or in none, starting with tests/fixtures/cues/cued/01-greeting.md:107, tests/fixtures/cues/cued/assessment.md:1, tests/fixtures/cues/cued/assessment.md:18, tests/fixtures/cues/cued/assessment.md:35, tests/fixtures/cues/cued/assessment.md:52.',
      'tests/fixtures/cues/cued/unit.md:1:1: In cued, the correct option of 88.9% of single-answer questions is the longest (at most 35%; chance is 25%). Even out option lengths, starting with tests/fixtures/cues/cued/assessment.md:1, tests/fixtures/cues/cued/assessment.md:18, tests/fixtures/cues/cued/assessment.md:35, tests/fixtures/cues/cued/assessment.md:52, tests/fixtures/cues/cued/assessment.md:69.',
    ]);
  });

  it('passes a unit whose options look alike, keys spread and counts vary', () => {
    expect(lines.filter((line) => line.includes('/fair/'))).toEqual([]);
  });
});

describe('strategies', () => {
  const even = single([option('a', 'Greet her first'), option('b', 'Wait for a word', true), option('c', 'Finish the task'), option('d', 'Point to a sign')]);

  it('gain nothing over chance when the options look alike', () => {
    expect(strategyChance(even, 'longest')).toBe(0.25);
    expect(strategyChance(even, 'shortest')).toBe(0.25);
    expect(strategyChance(even, 'no absolute words')).toBe(0.25);
    expect(strategyChance(even, 'last shown')).toBe(0.25);
  });

  it('win when the correct option is the longest, or the only one without an absolute word', () => {
    const long = single([option('a', 'Greet her and ask how you can help today', true), option('b', 'Wait'), option('c', 'Leave'), option('d', 'Point')]);
    expect(strategyChance(long, 'longest')).toBe(1);
    expect(strategyChance(long, 'shortest')).toBe(0);
    const absolute = single([option('a', 'Greet her', true), option('b', 'Always wait'), option('c', 'Never look'), option('d', 'Only point')]);
    expect(strategyChance(absolute, 'no absolute words')).toBe(1);
  });

  it('see a fixed last option where it is written, and shuffle the rest', () => {
    const none = single([option('a', 'Refund', true), option('b', 'Repair'), option('c', 'Replace'), option('d', 'None of these', false, true)]);
    expect(strategyChance(none, 'last shown')).toBe(0);
    expect(strategyChance(single([...none.options.slice(0, 3), option('d', 'None of these', true, true)].map((o, i) => ({ ...o, correct: i === 3 }))), 'last shown')).toBe(1);
  });

  it('tick all but the odd one out on a multiple-answer question with one wrong option', () => {
    const ticks = single([option('a', 'Smile'), option('b', 'Greet'), option('c', 'Ask'), option('d', 'Look away and yawn loudly')], 'multiple');
    ticks.options.slice(0, 3).forEach((o) => (o.correct = true));
    expect(strategyChance(ticks, 'all but the odd one out')).toBe(1);
    // Options all of a length: no odd one stands out, so the wrong one is excluded by luck.
    ticks.options.forEach((o, i) => (o.html = ['Wave', 'Greet', 'Nods', 'Sigh'][i].slice(0, 4)));
    expect(strategyChance(ticks, 'all but the odd one out')).toBe(0.25);
  });

  it('meet about 18% of criteria by blind guessing on four options, two questions a criterion and three sittings', () => {
    const share = expectedShare(Array.from({ length: 20 }, () => Array(6).fill(0.25)), 2, 3);
    expect(share).toBeCloseTo(17.6, 0);
    expect(expectedShare([[1, 1, 1, 1, 1, 1]], 2, 3)).toBe(100);
    expect(expectedShare([[0, 0, 0, 0, 0, 0]], 2, 3)).toBe(0);
  });
});
