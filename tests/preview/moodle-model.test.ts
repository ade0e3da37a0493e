// The model of Moodle's SCORM 2004 resend, checked against a real multipart encoder, and every
// real unit's worst case held to the per-call budget, so two calls fit the unload quota.
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/index.ts';
import { scorm12 } from '../../src/lms/scorm12.ts';
import { scorm2004 } from '../../src/lms/scorm2004.ts';
import { worstCaseLmsValues } from '../../src/player/worst-case.ts';
import { KEEPALIVE_QUOTA, KeepaliveQuota, MOODLE_CALL_BUDGET, moodleCallBytes, multipartBytes } from '../../src/preview/moodle-model.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the multipart size', () => {
  it('matches what a real FormData body weighs, give or take the boundary', async () => {
    const fields: [string, string][] = [
      ['cmi__interactions__0__id', 'sitting-1'],
      ['cmi__suspend_data', '2|xCZ1K7YSoTmQ'],
      ['cmi__interactions__1__learner_response', 'Elle a dit « très bien » — 👍'],
    ];
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const response = new Response(form);
    const body = new Uint8Array(await response.arrayBuffer());
    const boundary = /boundary=(.+)$/.exec(response.headers.get('content-type')!)![1];
    // Our model uses Chrome's 38-character boundary; undici's differs in length only.
    const ours = multipartBytes(fields) - (fields.length + 1) * ('----WebKitFormBoundaryAbCdEfGhIjKlMnOp'.length - boundary.length);
    expect(ours).toBe(body.length);
  });
});

describe('every real unit, its worst-case learner', () => {
  const { units } = compileCourse({ root: ROOT });

  it.each(units.map((u) => [u.facts.id, u] as const))('%s: one Moodle 2004 call stays within budget, two within the quota', (_, unit) => {
    const bytes = moodleCallBytes(worstCaseLmsValues(unit, scorm2004));
    expect(bytes).toBeLessThanOrEqual(MOODLE_CALL_BUDGET);
    expect(2 * bytes).toBeLessThan(KEEPALIVE_QUOTA);
  });

  it('the sitting is one interaction in 2004 and one per answer in 1.2', () => {
    const unit = units.find((u) => u.pool.length > 0)!;
    const ids = (values: Map<string, string>) => [...values].filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k)).map(([, v]) => v);
    const in2004 = ids(worstCaseLmsValues(unit, scorm2004));
    const in12 = ids(worstCaseLmsValues(unit, scorm12));
    expect(in2004.filter((id) => id.startsWith('sitting-'))).toEqual(['sitting-1', 'sitting-2', 'sitting-3']);
    expect(in12.filter((id) => /^Q-/.test(id)).length).toBeGreaterThan(unit.assessment.perCriterion * 3);
  });
});

describe('the keepalive quota', () => {
  it('refuses a second beacon that would take the bytes in flight over 64 KB, as the first release\'s 36 KB calls were', () => {
    const quota = new KeepaliveQuota(1000);
    expect(quota.send(36 * 1024, 0)).toBe(true);
    expect(quota.send(36 * 1024, 10)).toBe(false);
  });

  it('takes two calls within budget, and more once the first are delivered', () => {
    const quota = new KeepaliveQuota(1000);
    expect(quota.send(MOODLE_CALL_BUDGET, 0)).toBe(true);
    expect(quota.send(MOODLE_CALL_BUDGET, 10)).toBe(true);
    expect(quota.send(MOODLE_CALL_BUDGET, 20)).toBe(false);
    expect(quota.send(MOODLE_CALL_BUDGET, 2000)).toBe(true);
  });
});
