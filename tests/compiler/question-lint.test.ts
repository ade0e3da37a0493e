// Question lint against tests/fixtures/quality/lint: every warning, exactly as an author reads it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { saysNothing } from '../../src/compiler/question-lint.ts';
import { readQuality } from '../../src/compiler/reading-levels.ts';
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

  it('reports each bad threshold in quality.yaml at its line', () => {
    const file = 'tests/fixtures/quality/lint/quality.yaml';
    const good = readFileSync(file, 'utf8');
    // The old fractional similarity, a per cent over 100 and a misspelt key.
    const text = good.replace('duplicatePhrases: 60', 'duplicatePhrases: 0.6').replace('longestAnswerPool: 8', 'longestAnswerPol: 8').replace('longestAnswerShare: 50', 'longestAnswerShare: 150');
    const diags = new Diagnostics();
    expect(readQuality({ file, path: file, text }, diags)).toBeUndefined();
    expect(diags.list.map(formatDiagnostic)).toEqual([
      `${file}:11:3: "questions" in quality.yaml has an unknown field "longestAnswerPol". Use only: duplicatePhrases, longestAnswerPool, longestAnswerShare.`,
      `${file}:10:21: "duplicatePhrases" of "questions" in quality.yaml should be a whole number, such as 1.`,
      `${file}:10:3: "questions" in quality.yaml has no "longestAnswerPool". Add "longestAnswerPool:" with a whole number.`,
      `${file}:12:23: "longestAnswerShare" of "questions" in quality.yaml is 150, but it is a per cent. Write a whole number from 0 to 100, such as 60.`,
    ]);
    expect(readQuality({ file, path: file, text: good }, new Diagnostics())?.questions).toEqual({ duplicatePhrases: 60, longestAnswerPool: 8, longestAnswerShare: 50 });
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
