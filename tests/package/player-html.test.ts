import { describe, expect, it } from 'vitest';
import { renderPlayerHtml } from '../../src/package/player-html.ts';
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
