// A job aid as a page of its own in the package (aids/<id>.html), laid out to print on one A4
// sheet: the unit's title, the aid's title, and its content, with the blocks' print styles.
import type { Unit } from '../shared/course.ts';
import { PAGE_BASE_CSS } from './catalog-style.ts';
import { escapeHtml as esc } from './escape.ts';

const AID_CSS = `${PAGE_BASE_CSS}
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
.unit { color: #3d3d3d; margin: 0; }
.figure { margin: 1rem 0; }
.figure img, .figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: 0.9rem; color: #3d3d3d; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.callout { border-left: 5px solid #1f4e8c; background: #f3f5f8; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.callout-title { font-weight: 700; margin: 0; }
ol.steps { padding-left: 1.5rem; }
ol.steps h3, .tab-panel h3 { font-size: 1rem; margin: 0.5rem 0 0.2rem; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem; }
.flip { border: 1px solid #1f4e8c; border-radius: 6px; padding: 0.4rem 0.6rem; }
.flip summary { font-weight: 700; list-style: none; }
.print { margin: 1rem 0; }
@page { size: A4; margin: 12mm; }
@media print { .print { display: none; } body { font-size: 10pt; } main { padding: 0; max-width: none; } details > * { display: block; } }
`;

/** Every job aid of the unit as a page to print. Media URLs are relative to the package root, so the page sits one folder down. */
export function aidPages(unit: Unit): { path: string; data: Uint8Array }[] {
  return unit.aids.map((aid) => ({
    path: `aids/${aid.id}.html`,
    data: new TextEncoder().encode(`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(aid.title)}: ${esc(unit.facts.title)}</title>
<base href="../">
<style>${AID_CSS}</style>
</head>
<body>
<main>
<p class="unit">${esc(unit.facts.title)}</p>
<h1>${esc(aid.title)}</h1>
${aid.html.replace(/<details/g, '<details open')}
<p class="print"><button type="button" onclick="print()">Print this page</button></p>
</main>
</body>
</html>
`),
  }));
}
