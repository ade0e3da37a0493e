// The legislation register and its check: the register's own diagnostics, finding mentions in
// content, the three failure rules and the review warning (with today fixed), against the
// fixtures in tests/fixtures/legislation, then the real content and `npm run check`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic, sortDiagnostics } from '../../src/compiler/diagnostics.ts';
import { compileCourse } from '../../src/compiler/index.ts';
import { checkLegislation, findMentions, legislationEntries, readRegister, todayIso } from '../../src/compiler/legislation.ts';
import { type FileText, MODULE_FILE, readUnitFolder } from '../../src/compiler/unit-folder.ts';
import { ROOT } from './helpers.ts';

const DIR = 'tests/fixtures/legislation';
const TODAY = '2026-11-22';

/** Every markdown file of every unit folder under a content folder, as the compiler reads them. */
function markdownFiles(contentDir: string): FileText[] {
  return readdirSync(join(ROOT, contentDir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(ROOT, contentDir, d.name)).filter((f) => f.endsWith('.md')).map((f) => join(contentDir, d.name, f)))
    .map((file) => ({ file, path: join(ROOT, file), text: readFileSync(join(ROOT, file), 'utf8') }));
}

/** The texts a learner reads in the files, as the compiler's parser keeps them, unit folder by unit folder. */
function textsOf(files: FileText[]) {
  const folders = [...new Set(files.map((f) => f.file.slice(0, f.file.lastIndexOf('/'))))];
  return folders.flatMap((dir) => {
    const inDir = files.filter((f) => f.file.startsWith(`${dir}/`));
    const named = (name: string) => inDir.find((f) => f.file.endsWith(`/${name}`));
    const modules = inDir.filter((f) => MODULE_FILE.test(f.file.slice(dir.length + 1))).sort((a, b) => a.file.localeCompare(b.file));
    const draft = readUnitFolder(dir, { unit: named('unit.md'), assessment: named('assessment.md'), modules, unknown: [] }, new Diagnostics());
    return draft?.texts ?? [];
  });
}

/** The register's diagnostics and the check's, as `file:line:col: message` lines. */
function check(contentDir: string, today = TODAY, files = markdownFiles(contentDir)): string[] {
  const diags = new Diagnostics();
  checkLegislation(readRegister(ROOT, contentDir, diags, today), textsOf(files), diags);
  return sortDiagnostics(diags.list).map(formatDiagnostic);
}

const REGISTER = (name: string) => `${DIR}/${name}/legislation.yaml`;
const PLANTED = `${DIR}/invalid/planted`;
const NOT_CURRENT = (law: string, status: string, by: string) =>
  `The ${law} is taught here as current law, but the legislation register says it is ${status} and was replaced by ${by}. ` +
  'Teach the law that applies now, or say in this sentence or the one before that it was replaced.';
const NOT_LISTED = (written: string) =>
  `"${written}" is not in the legislation register (${REGISTER('invalid')}). Check its title and year on legislation.gov.uk, then add it to the register with its status.`;
const SOGA = ['Sale of Goods Act 1979', 'superseded (still applies to sales between businesses)', 'the Consumer Rights Act 2015, for consumer contracts'] as const;
const DPA_1998 = ['Data Protection Act 1998', 'repealed', 'UK GDPR and the Data Protection Act 2018'] as const;

const PLANTED_DIAGNOSTICS = [
  // A misdated Act.
  `${PLANTED}/01-the-law.md:7:5: "Equality Act 2009" has the wrong year: the legislation register lists the Equality Act 2010. Correct the year.`,
  // A repealed Act taught as current, in prose.
  `${PLANTED}/01-the-law.md:9:5: ${NOT_CURRENT(...DPA_1998)}`,
  // A real Act missing from this register, and a year-only reference to no Act the file names.
  `${PLANTED}/01-the-law.md:11:5: ${NOT_LISTED('Consumer Protection Act 1987')}`,
  `${PLANTED}/01-the-law.md:11:82: "the 2019 Act" refers to no Act of 2019 that this file names in full. Name it in full, or correct the year.`,
  // Quotation marks excuse an old name, not one missing from the register.
  `${PLANTED}/01-the-law.md:13:34: ${NOT_LISTED('Customer Care Act 2001')}`,
  // The correct option of a question, and its feedback.
  `${PLANTED}/01-the-law.md:22:15: ${NOT_CURRENT(...SOGA)}`,
  `${PLANTED}/01-the-law.md:24:30: ${NOT_CURRENT('Trade Descriptions Act 1968', 'superseded (mostly repealed in 2008)', 'the Consumer Protection from Unfair Trading Regulations 2008, now the Digital Markets, Competition and Consumers Act 2024')}`,
  // A scenario step, misdated.
  `${PLANTED}/01-the-law.md:37:51: "Consumer Rights Act 2016" has the wrong year: the legislation register lists the Consumer Rights Act 2015. Correct the year.`,
  // A reflection prompt, naming a superseded Act without its year.
  `${PLANTED}/01-the-law.md:51:26: ${NOT_CURRENT(...SOGA)}`,
  // A key term's definition in unit.md (the seed's criterion above it is left alone).
  `${PLANTED}/unit.md:17:69: ${NOT_CURRENT(...DPA_1998)}`,
];

describe('the legislation register', () => {
  const bad = (line: number, col: number, message: string) => `${REGISTER('bad-register')}:${line}:${col}: ${message}`;
  const entry = (title: string) => `The register entry "${title}"`;

  it('reports every malformed entry, and a review more than a year old', () => {
    expect(check(`${DIR}/bad-register`)).toEqual([
      bad(3, 12, `The title "Equality Act 2010" of entry 1 ends in its year. Write it without the year, which belongs in "year: 2010".`),
      bad(7, 12, `The title "UK GDPR" of entry 2 does not end in "Act", "Regulations", "Regulation" or "Order", so the content's mentions of it cannot be found. Write the short title as legislation.gov.uk gives it, and other names under "aliases".`),
      bad(13, 5, `${entry('Sale of Goods Act')} is superseded but has no "detail". Say what still applies and to whom, such as "still applies to sales between businesses".`),
      bad(13, 5, `${entry('Sale of Goods Act')} is superseded but has no "replacedBy". Say what replaced it, so the course and the tutor guide can teach the law that applies now.`),
      bad(14, 5, `${entry('Sale of Goods Act')} has an unknown field "repealedBy". Use only: title, year, status, detail, replaced, replacedBy, aliases, reviewed.`),
      bad(18, 13, `${entry('Data Protection Act')} has status "abolished", which the check does not know. Use one of: in force, partly in force, superseded, repealed, revoked.`),
      bad(23, 5, `${entry('Consumer Rights Act')} is in force but has "replacedBy". If another law replaced it, make its status superseded, repealed or revoked; if it was only amended, say so in "detail".`),
      bad(26, 11, `"year" of the register entry "Misrepresentation Act" should be the four-digit year in the law's title, such as 2010.`),
      bad(31, 5, `${entry('Consumer Protection Act')} is partly in force but has no "detail". Say what still applies and to whom, such as "still applies to sales between businesses".`),
      bad(32, 15, `"reviewed" of the register entry "Consumer Protection Act" should be the date the entry was last checked, written like 2026-11-22.`),
      bad(36, 15, `${entry('Environmental Protection Act')} says it was reviewed on 2027-01-05, which is after today (2026-11-22). Write the date it was last checked.`),
      bad(37, 5, `The Environmental Protection Act 1990 is in the legislation register twice (also at line 33). Keep one entry.`),
      bad(44, 15, `The alias "Health and Safety at Work Act 1974" of the register entry "Health and Safety at Work etc. Act" ends in its year. Write it without the year, which belongs in "year: 1974".`),
      bad(45, 15, `warning: ${entry('Health and Safety at Work etc. Act')} was last reviewed on 2025-11-21, more than a year ago. Check its status and what replaced it on legislation.gov.uk, then set "reviewed" to the date you checked.`),
      bad(46, 5, `The name "RIDDOR" is given to both the Health and Safety at Work etc. Act and the Reporting of Injuries, Diseases and Dangerous Occurrences Regulations, so a mention of it cannot be checked. Keep it on one entry.`),
      bad(51, 5, `Entry 12 of the legislation register has no "title". Add "title:" with its text.`),
      bad(51, 5, `Entry 12 of the legislation register is repealed but has no "replacedBy". Say what replaced it, so the course and the tutor guide can teach the law that applies now.`),
    ]);
  });

  it('warns of a review only once it is more than a year old', () => {
    const stale = (lines: string[]) => lines.filter((l) => l.includes('more than a year ago'));
    // RIDDOR was reviewed on 2025-11-22: a year old on 2026-11-22, more than a year the day after.
    expect(stale(check(`${DIR}/bad-register`, '2026-11-22'))).toHaveLength(1);
    expect(stale(check(`${DIR}/bad-register`, '2026-11-23'))).toEqual([
      expect.stringContaining(`${REGISTER('bad-register')}:45:15: warning:`),
      expect.stringContaining(`${REGISTER('bad-register')}:50:15: warning: ${entry('Reporting of Injuries, Diseases and Dangerous Occurrences Regulations')} was last reviewed on 2025-11-22`),
    ]);
    expect(stale(check(`${DIR}/valid`, '2027-11-22'))).toEqual([]);
    expect(stale(check(`${DIR}/valid`, '2027-11-23'))).toHaveLength(12);
  });

  it('gives the tutor guide every entry, in the register order', () => {
    const entries = legislationEntries(ROOT, `${DIR}/valid`);
    expect(entries.map((e) => `${e.title} ${e.year}`)).toEqual([
      'Consumer Rights Act 2015',
      'Sale of Goods Act 1979',
      'Data Protection Act 2018',
      'Data Protection Act 1998',
      'UK General Data Protection Regulation 2016',
      'Equality Act 2010',
      'Disability Discrimination Act 1995',
      'Health and Safety at Work etc. Act 1974',
      'Trade Descriptions Act 1968',
      'Consumer Protection from Unfair Trading Regulations 2008',
      'Digital Markets, Competition and Consumers Act 2024',
      'Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013',
    ]);
    expect(entries[1]).toEqual({
      title: 'Sale of Goods Act',
      year: 1979,
      status: 'Superseded: still applies to sales between businesses',
      replacedBy: 'the Consumer Rights Act 2015, for consumer contracts',
      reviewed: '2026-11-22',
    });
    expect(entries[0]).toEqual({
      title: 'Consumer Rights Act',
      year: 2015,
      status: 'In force',
      replaced: 'the Sale of Goods Act 1979, for consumer contracts',
      reviewed: '2026-11-22',
    });
  });

  it('falls back to the project register for a content folder without one, and reports nothing about it', () => {
    const diags = new Diagnostics();
    const register = readRegister(ROOT, 'tests/fixtures/valid', diags, '2099-01-01');
    expect(register.file).toBe('content/legislation.yaml');
    expect(register.path).toBeUndefined();
    expect(register.laws.length).toBeGreaterThan(20);
    expect(diags.list).toEqual([]);
  });
});

describe('finding mentions', () => {
  const register = readRegister(ROOT, `${DIR}/valid`, new Diagnostics(), TODAY);
  const written = (text: string) => findMentions(register, text).map((m) => (m.known ? m.written : `?${m.written}`));

  it.each([
    ['Under the Consumer Rights Act 2015 she can reject it.', ['Consumer Rights Act 2015']],
    ['The **Equality Act 2010** and **UK GDPR** apply.', ['Equality Act 2010', 'UK GDPR']],
    ['The Equality Act protects customers.', ['Equality Act']],
    ['See the Digital Markets, Competition and Consumers Act 2024.', ['Digital Markets, Competition and Consumers Act 2024']],
    ['Report it under RIDDOR 2013 (Reporting of Injuries, Diseases and Dangerous Occurrences Regulations).', ['Reporting of Injuries, Diseases and Dangerous Occurrences Regulations', 'RIDDOR 2013']],
    ['The Health and Safety at Work etc. Act 1974. It applies.', ['Health and Safety at Work etc. Act 1974']],
    ['A handbook says "Health and Safety at Work Act 1979".', ['Health and Safety at Work Act 1979']],
    ['Right. The Data Protection Act 2018, the Data Protection Act 1998 and the 2018 Act.', ['Data Protection Act 2018', 'Data Protection Act 1998', '?the 2018 Act']],
    ['Under the Foo Bar Act 2001 and the Customer (Care) Regulations 1999.', ['?Foo Bar Act 2001', '?Customer (Care) Regulations 1999']],
    ['Plan-Do-Check-Act: plan, do, check, Act. Act at once. The Act says so.', []],
    ['Order and delivery tracking. In order to act, the regulations apply; the main Act too.', []],
    ['Plan, Do, Check, Act is a cycle. An act of kindness.', []],
  ])('%s', (text, expected) => {
    expect(written(text)).toEqual(expected);
  });

  it('gives the line and column of each, counting from 1', () => {
    expect(findMentions(register, 'First line.\n  Under UK GDPR and the Equality Act 2010.')).toEqual([
      { written: 'Equality Act 2010', line: 2, col: 25, known: true },
      { written: 'UK GDPR', line: 2, col: 9, known: true },
    ]);
  });
});

describe('the legislation check', () => {
  it('accepts current law, history, old names in quotations, wrong answers and seed criteria', () => {
    expect(check(`${DIR}/valid`)).toEqual([]);
  });

  it('reports a misdated Act, a replaced Act taught as current and an Act not in the register, wherever they are', () => {
    expect(check(`${DIR}/invalid`)).toEqual(PLANTED_DIAGNOSTICS);
  });

  it('runs inside the compiler, naming the file and line', () => {
    const result = compileCourse({ root: ROOT, contentDir: `${DIR}/invalid`, today: TODAY });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expect.arrayContaining(PLANTED_DIAGNOSTICS));
    expect(result.files).toContain(join(ROOT, REGISTER('invalid')));
  });
});

describe('the real content', () => {
  const files = markdownFiles('content');

  it('names every Act in the register, with the right year, and teaches none that was replaced as current', () => {
    expect(check('content', todayIso(), files).filter((line) => !line.includes(': warning: '))).toEqual([]);
  });

  it('fails on a planted mistake in any module, naming the file and line', () => {
    const modules = files.filter((f) => /\/\d+-[^/]+\.md$/.test(f.file));
    expect(modules.length).toBeGreaterThan(30);
    const planted = modules.map((f) => {
      const end = f.text.replace(/\n*$/, '').split('\n').length;
      const text = `${f.text.replace(/\n*$/, '')}\n\nThe Equality Act 2009 protects customers.\n\nThe Data Protection Act 1998 controls customer data.\n\nThe Customer Care Act 2001 sets response times.\n`;
      return { file: { ...f, text }, lines: [end + 2, end + 4, end + 6] };
    });
    const others = files.filter((f) => !modules.includes(f));
    const found = check('content', todayIso(), [...others, ...planted.map((p) => p.file)]).filter((line) => !line.includes(': warning: '));
    expect(found.map((line) => /^([^:]+:\d+):/.exec(line)![1]).sort()).toEqual(planted.flatMap((p) => p.lines.map((n) => `${p.file.file}:${n}`)).sort());
  });
});

describe('npm run check', () => {
  it('fails on the planted fixture, printing each mistake with its file and line', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/check.ts', '--content', `${DIR}/invalid`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual(expect.arrayContaining(PLANTED_DIAGNOSTICS));
  }, 120_000);
});
