// Question lint against tests/fixtures/quality/lint: every warning, exactly as an author reads it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { saysNothing } from '../../src/compiler/question-lint.ts';
import { readQuality } from '../../src/compiler/reading-levels.ts';
import { compile, diagnosticLines } from './helpers.ts';

const UNIT = 'tests/fixtures/quality/lint/l2-lint';

describe('question lint', () => {
  it('warns about empty feedback and near-duplicate questions', () => {
    expect(diagnosticLines(compile('tests/fixtures/quality/lint'))).toEqual([
      `${UNIT}/01-why.md:9:1: warning: The feedback of question "kc-why" for option a ("Correct!") only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
      `${UNIT}/01-why.md:22:1: warning: The feedback of question "kc-order" for "correct:" ("Well done.") and "incorrect:" ("WRONG ... right?") only says right or wrong. Say why the answer is right or wrong, so the learner learns from it.`,
      `${UNIT}/assessment.md:16:1: warning: The question "as-return-again" reads almost the same as "as-return" (line 1): 78% of their three-word phrases match. A learner could meet both in one sitting or on a retake; reword one, or make it test a different point.`,
    ]);
  });

  it('reports each bad threshold in quality.yaml at its line', () => {
    const file = 'tests/fixtures/quality/lint/quality.yaml';
    const good = readFileSync(file, 'utf8');
    // The old fractional similarity, a per cent over 100, a misspelt key and a missing one.
    const text = good
      .replace('duplicatePhrases: 60', 'duplicatePhrases: 0.6')
      .replace('longestCorrect: 80', 'longestCorrect: 150')
      .replace('positionShare: 100', 'positionShar: 100')
      .replace('  trueShare: { min: 0, max: 100 }\n', '');
    const diags = new Diagnostics();
    expect(readQuality({ file, path: file, text }, diags)).toBeUndefined();
    expect(diags.list.map(formatDiagnostic)).toEqual([
      `${file}:10:21: "duplicatePhrases" of "questions" in quality.yaml should be a whole number, such as 1.`,
      `${file}:17:3: "cues" in quality.yaml has an unknown field "positionShar". Use only: minItems, strategyShare, longestCorrect, shortestCorrect, absoluteOnlyWrong, positionShare, sameCorrectCount, trueShare.`,
      `${file}:14:19: "longestCorrect" of "cues" in quality.yaml is 150, but it is a per cent. Write a whole number from 0 to 100, such as 60.`,
      `${file}:12:3: "cues" in quality.yaml has no "positionShare". Add "positionShare:" with a whole number.`,
      `${file}:12:3: "cues" in quality.yaml has no "trueShare". Add "trueShare:" with min, max.`,
    ]);
    const read = readQuality({ file, path: file, text: good }, new Diagnostics());
    expect(read?.questions).toEqual({ duplicatePhrases: 60 });
    expect(read?.cues).toEqual({
      minItems: 8, strategyShare: 100, longestCorrect: 80, shortestCorrect: 80, absoluteOnlyWrong: 80, positionShare: 100, sameCorrectCount: 100, trueMin: 0, trueMax: 100,
    });
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
