import { describe, expect, it } from 'vitest';
import { renderPlayerHtml } from '../../src/package/player-html.ts';
import type { ChoiceQuestion } from '../../src/shared/course.ts';
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

  it("leaves the assessment pool's feedback out of the learner's data, and keeps the knowledge checks'", () => {
    const unit = fixtureUnit();
    const page = renderPlayerHtml(TEMPLATE, unit, '2004');
    const data = JSON.parse(page.slice(page.indexOf('>', page.indexOf('<script')) + 1, page.lastIndexOf('</script>')));
    expect(unit.pool.length).toBeGreaterThan(0);
    for (const q of data.pool) {
      expect(q.options.every((o: { feedback: string }) => o.feedback === '')).toBe(true);
      expect(q.feedback).toBeUndefined();
      expect(q.options.some((o: { correct: boolean }) => o.correct)).toBe(true);
    }
    expect((unit.pool[0] as ChoiceQuestion).options[0].feedback).not.toBe('');
    expect(JSON.stringify(data.modules)).toBe(JSON.stringify(unit.modules));
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
