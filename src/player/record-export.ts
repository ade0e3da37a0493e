// Saving "My record" as files: the signed evidence record (HTML, to print or keep), and the same
// record as data (JSON, CSV) for an e-portfolio. RecordView loads this module with import() only
// when the learner clicks a save button, so none of it weighs on the player's launch.
import { CSV_COLUMNS, recordCsv, recordJson, type EvidenceRecord } from '../shared/evidence-data.ts';
import type { Course } from './course.svelte.ts';
import { evidenceRecord } from './evidence-record.ts';
import { sha256Hex } from './sha256.ts';

export { CSV_COLUMNS };

/** The learner's own calendar day (as course.svelte.ts numbers it). */
function today(now = Date.now()): number {
  return Math.floor((now - new Date(now).getTimezoneOffset() * 60_000) / 86_400_000);
}

export function recordOf(course: Course): EvidenceRecord {
  return evidenceRecord({
    unit: course.unit,
    progress: course.progress,
    met: course.assessment.met,
    learnerName: course.learnerName,
    learnerId: course.learnerId,
    reflectionText: course.reflectionText,
    today: today(),
  });
}

function download(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href));
}

const fileName = (course: Course, extension: string) => `my-record-${course.unit.facts.id}.${extension}`;

export function saveJson(course: Course): void {
  download(fileName(course, 'json'), recordJson(recordOf(course)), 'application/json');
}

export function saveCsv(course: Course): void {
  download(fileName(course, 'csv'), recordCsv(recordOf(course)), 'text/csv');
}

/** A long date for people: "5 December 2026". */
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The signed evidence record: who, which unit and release, when; the record as on screen; a
 * declaration for the learner and the assessor to sign and date; and the SHA-256 of the record's
 * data, which is also inside the page, so a copy whose data was changed can be spotted.
 */
export async function saveSignedHtml(course: Course, shown: HTMLElement): Promise<void> {
  const record = recordOf(course);
  const json = recordJson(record);
  const hash = await sha256Hex(json);
  const doc = document.implementation.createHTMLDocument(`My record: ${record.unit.title}`);
  doc.documentElement.lang = 'en-GB';
  doc.head.insertAdjacentHTML('afterbegin', '<meta charset="utf-8">');
  const rules = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((rule) => rule.cssText);
    } catch {
      return []; // another origin's stylesheet, unreadable: the record still saves, plainer
    }
  };
  const css = [...document.styleSheets].flatMap(rules).join('\n');
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: `${css}\n${SIGNED_CSS}` }));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) => {
    const node = Object.assign(doc.createElement(tag), { textContent: text });
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };
  const facts = el('dl', '', { class: 'evidence-facts' });
  const codes = Object.entries(record.unit.codes).map(([label, value]) => `${value} (${label})`).join(', ');
  const rows: [string, string][] = [
    ['Learner', record.learner.name || 'Not given by a learning platform'],
    ...(record.learner.id ? [['Learner id', record.learner.id] as [string, string]] : []),
    ['Unit', record.unit.title],
    ['Unit code', codes || 'None stated'],
    ['Version', record.unit.version],
    ['Date generated', longDate(record.generated)],
  ];
  for (const [term, detail] of rows) facts.append(el('dt', term), el('dd', detail));
  const declaration = el('section', '', { class: 'declaration', 'aria-labelledby': 'declaration' });
  declaration.append(
    el('h2', 'Declaration', { id: 'declaration' }),
    el('p', 'I confirm that this record and the evidence it lists are my own work.'),
    signLine(el, 'Learner'),
    el('p', 'I confirm that I have checked this record against the learner’s evidence.'),
    signLine(el, 'Assessor'),
    el('h3', 'Content hash'),
    el('p', `SHA-256 of this record’s data (the file ${fileName(course, 'json')} saved with it, also held in this page):`),
    el('p', hash, { class: 'hash', id: 'evidence-hash' }),
    el('pre', json, { id: 'evidence-data', hidden: '' }),
  );
  doc.body.append(el('h1', doc.title), el('p', 'Signed evidence record', { class: 'evidence-kind' }), facts, doc.importNode(shown, true), declaration);
  download(fileName(course, 'html'), `<!doctype html>\n${doc.documentElement.outerHTML}`, 'text/html');
}

function signLine(el: (tag: 'p' | 'span', text?: string, attrs?: Record<string, string>) => HTMLElement, who: string): HTMLElement {
  const line = el('p', '', { class: 'sign' });
  line.append(el('span', `${who} signature: `), el('span', '', { class: 'blank' }), el('span', ' Date: '), el('span', '', { class: 'blank short' }));
  return line;
}

const SIGNED_CSS = `
.evidence-kind { font-weight: 700; }
.evidence-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.evidence-facts dt { font-weight: 700; }
.evidence-facts dd { margin: 0; }
.declaration { margin-top: 2rem; break-inside: avoid; }
.sign { margin: 2rem 0 1rem; }
.sign .blank { display: inline-block; width: 16rem; border-bottom: 1px solid; }
.sign .short { width: 8rem; }
.hash { font-family: monospace; overflow-wrap: anywhere; }
`;
