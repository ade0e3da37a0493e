// Question lint against tests/fixtures/quality/lint: every warning, exactly as an author reads it.
import { describe, expect, it } from 'vitest';
import { saysNothing } from '../../src/compiler/question-lint.ts';
import { compile, diagnosticLines } from './helpers.ts';

const UNIT = 'tests/fixtures/quality/lint/l2-lint';

describe('question lint', () => {
  it('warns about empty feedback, answers guessable by length and near-duplicate questions', () => {
    expect(diagnosticLines(compile('tests/fixtures/quality/lint'))).toEqual([
      `${UNIT}/01-why.md:9:1: warning: The feedback of question "kc-why" for option a ("Correct!") only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
      `${UNIT}/01-why.md:22:1: warning: The feedback of question "kc-order" for "correct:" ("Well done.") and "incorrect:" ("WRONG ... right?") only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
      `${UNIT}/assessment.md:1:1: warning: In 6 of the pool's 8 single and multiple questions (75%), the correct option is the longest, so a learner can guess by length. Lengthen some wrong options or tighten some right ones, starting with "as-return", "as-return-again", "as-tell".`,
      `${UNIT}/assessment.md:16:1: warning: The question "as-return-again" reads almost the same as "as-return" (line 1): 78% of their three-word phrases match. A learner could meet both in one sitting or on a retake; reword one, or make it test a different point.`,
    ]);
  });

  it.each([
    ['Correct', true],
    ['correct!', true],
    ['<p>Incorrect.</p>', true],
    ['Right, well done!', true],
    ['WRONG', true],
    ['Correct: a refund is due because the kettle is faulty.', false],
    ['Well done. Each barrier needs a different fix.', false],
    ['Yes.', false],
  ])('feedback %j says nothing: %s', (feedback, expected) => {
    expect(saysNothing(feedback)).toBe(expected);
  });
});
