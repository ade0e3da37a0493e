// The stricter rules real LMSs enforce, checked over the calls a SCO made to the test LMS.
import type { Call } from '../../src/preview/lms-host.ts';
import type { Version } from './learner-helpers.ts';

export function strictViolations(calls: Call[], version: Version): string[] {
  const v12 = version === '1.2';
  const [init, term, set, commit] = v12 ? ['LMSInitialize', 'LMSFinish', 'LMSSetValue', 'LMSCommit'] : ['Initialize', 'Terminate', 'SetValue', 'Commit'];
  const out: string[] = [];
  let initialised = 0;
  let terminated = false;
  const interactionFields = new Map<number, string[]>();
  for (const c of calls) {
    if (terminated) out.push(`${c.method} after ${term}`);
    if (c.method === init && ++initialised > 1) out.push(`second ${init}`);
    if (c.method === term) terminated = true;
    if (c.method !== set) continue;
    const [element, value] = c.args;
    if (/\.id$/.test(element) && /\s/.test(value)) out.push(`identifier with whitespace: ${element}=${value}`);
    if (element === 'cmi.suspend_data' && value.length > (v12 ? 4096 : 64000)) out.push(`suspend_data of ${value.length} characters`);
    if (element === 'cmi.core.session_time' && !/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(value)) out.push(`session_time ${value}`);
    if (/session_time|latency$/.test(element) && !v12 && /\.\d{3,}S/.test(value)) out.push(`${element} with more than 2 decimals: ${value}`);
    if (/timestamp$/.test(element) && /\.\d{3,}/.test(value)) out.push(`${element} with more than 2 decimals: ${value}`);
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (m) {
      const n = Number(m[1]);
      if (!interactionFields.has(n) && n > 0 && !interactionFields.has(n - 1)) out.push(`interaction ${n} written before ${n - 1}`);
      const fields = interactionFields.get(n) ?? [];
      fields.push(m[2]);
      interactionFields.set(n, fields);
      if (!v12 && fields.length <= 2 && fields[fields.length - 1] !== ['id', 'type'][fields.length - 1]) {
        out.push(`interaction ${n}: ${m[2]} set before id and type`);
      }
    }
  }
  const sets = calls.filter((c) => c.method === set).length;
  const commits = calls.filter((c) => c.method === commit).length;
  if (commits > 1 && commits >= sets / 2) out.push(`${commits} commits for ${sets} values: commits are not batched`);
  return out;
}
