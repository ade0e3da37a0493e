import { describe, expect, it } from 'vitest';
import { learnerUnit, renderPlayerHtml, unitDataFiles } from '../../src/package/player-html.ts';
import type { ChoiceQuestion, Module } from '../../src/shared/course.ts';
import { fixtureUnit } from './fixture-unit.ts';

const TEMPLATE = '<title><!--course-title--></title><body><!--course-data--></body>';

describe('renderPlayerHtml', () => {
  it('inlines the unit as script-safe JSON with its SCORM version', () => {
    const unit = fixtureUnit();
    unit.intro[0].blocks = [{ kind: 'html', html: '<p>Not </script> here</p>' }];
    const page = renderPlayerHtml(TEMPLATE, unit, '1.2');
    expect(page).toContain('<title>Principles of customer service &amp; care</title>');
    expect(page).toContain('<script id="course-data" type="application/json" data-scorm="1.2">');
    expect(page).not.toContain('</script> here');
  });

  it('escapes only what could end the script, so the data parses back exactly', () => {
    const unit = fixtureUnit();
    unit.intro[0].blocks = [{ kind: 'html', html: '<p>A <!-- note --> and </script><b>bold</b></p>' }];
    const page = renderPlayerHtml(TEMPLATE, unit, '2004');
    const json = page.slice(page.indexOf('>', page.indexOf('<script')) + 1, page.lastIndexOf('</script>'));
    expect(json).not.toMatch(/<\/script|<!--/);
    expect(json).toContain('<b>bold<\\/b>');
    expect(JSON.parse(json).intro[0].blocks[0].html).toBe('<p>A <!-- note --> and </script><b>bold</b></p>');
  });

  it('carries the outline and the introduction; each module and the pool come in files of their own', () => {
    const unit = fixtureUnit();
    const page = renderPlayerHtml(TEMPLATE, unit, '2004');
    const data = JSON.parse(page.slice(page.indexOf('>', page.indexOf('<script')) + 1, page.lastIndexOf('</script>')));
    expect(data.intro).toEqual(unit.intro);
    expect(data.pool).toEqual([]);
    expect(data.items).toEqual(unit.items);
    expect(data.modules.map((m: Module) => m.pages.map((p) => [p.id, p.title, p.blocks.length]))).toEqual(unit.modules.map((m) => m.pages.map((p) => [p.id, p.title, 0])));
    const files = unitDataFiles(unit);
    expect(files.map((f) => f.path)).toEqual([...unit.modules.map((m) => `course/m-${m.id}.js`), 'course/pool.js']);
    const handed: Record<string, unknown> = {};
    for (const file of files) new Function('__courseData', new TextDecoder().decode(file.data))((name: string, value: unknown) => (handed[name] = value));
    expect(handed[`m-${unit.modules[0].id}`]).toEqual(unit.modules[0].pages.map((p) => p.blocks));
  });

  it("leaves the assessment pool's feedback out of the learner's data, and keeps the knowledge checks'", () => {
    const unit = fixtureUnit();
    const data = { ...learnerUnit(unit) };
    expect(unit.pool.length).toBeGreaterThan(0);
    for (const q of data.pool as ChoiceQuestion[]) {
      expect(q.options.every((o: { feedback: string }) => o.feedback === '')).toBe(true);
      expect('feedback' in q).toBe(false);
      expect(q.options.some((o: { correct: boolean }) => o.correct)).toBe(true);
    }
    expect((unit.pool[0] as ChoiceQuestion).options[0].feedback).not.toBe('');
    expect(JSON.stringify(data.modules)).toBe(JSON.stringify(unit.modules));
    expect(data.aids.every((aid) => aid.html === '')).toBe(true);
  });

  it('keeps "$" sequences in course text as they are', () => {
    const unit = fixtureUnit();
    unit.facts.title = "Prices in $' and $&";
    unit.facts.purpose = "Costs $` or $&, not more";
    const page = renderPlayerHtml(TEMPLATE, unit, '2004');
    expect(page).toContain("<title>Prices in $' and $&amp;</title>");
    expect(page).toContain('"purpose":"Costs $` or $&, not more"');
  });

  it('refuses a template without its markers', () => {
    expect(() => renderPlayerHtml('<title></title>', fixtureUnit(), '1.2')).toThrow('lacks its course-data or course-title marker');
  });
});
