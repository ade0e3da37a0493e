// The page both tutor documents share: the HTML shell and its stylesheet, on screen and on A4.
// Colours keep at least 7:1 contrast on white. Print needs no script: page breaks, repeated
// table headers and wrapping come from CSS alone.
import { PAGE_BASE_CSS } from '../package/catalog-style.ts';
import { escapeHtml as esc } from '../package/escape.ts';

export const GUIDE_CSS = `${PAGE_BASE_CSS}header, main { max-width: 56rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 2px solid #5c5c5c; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.criterion > h3 { border-top: 1px solid #767676; padding-top: 0.75rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
h5 { font-size: 1rem; margin: 0 0 0.25rem; }
a { color: #0b4f94; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid #0b4f94; outline-offset: 2px; }
p, li, dd, td, th { overflow-wrap: break-word; }
img, svg, video { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border: 1px solid #767676; overflow-wrap: anywhere; }
thead th { background: #eef1f5; }
th[scope="row"] { font-weight: 400; }
th[scope="rowgroup"] { background: #eef1f5; font-weight: 600; }
td > :first-child, th > :first-child, .prompt > :first-child { margin-top: 0; }
td > :last-child, th > :last-child, .prompt > :last-child { margin-bottom: 0; }
.note { color: #3d3d3d; }
.workplace { font-weight: 600; }
.item { border: 1px solid #767676; border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0 1rem; }
.item .where { color: #3d3d3d; font-size: 0.9rem; margin: 0 0 0.5rem; }
.prompt { font-weight: 600; }
tr.correct > * { background: #e7f3ea; }
.answers-3 thead th:first-child { width: 42%; }
.answers-3 thead th:nth-child(2) { width: 14%; }
.mark { font-weight: 700; }
.steps { padding-left: 1.25rem; }
.steps > li { margin-bottom: 0.75rem; }
.ending { font-weight: 700; }
.label { font-weight: 600; margin: 0.5rem 0 0.25rem; }
.example { border-left: 3px solid var(--line, #999); padding: 0 0.75rem; margin: 0.25rem 0 0.75rem; }
.example.strong { border-color: #1b6e3a; }
.example.weak { border-color: #a4470b; }
table.observation td.write { min-width: 6rem; height: 2rem; }
.write-box { border: 1px solid #555; min-height: 8rem; margin: 0.5rem 0; }
dl.feedback dd { margin: 0 0 0.5rem; }
.sheet td.blank { height: 2.75rem; }
.sheet .declarations td { height: 3.25rem; }
.print-only { display: none; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 10pt; }
  header, main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav.contents, .screen-only { display: none; }
  .print-only { display: block; }
  .outcome, .sheet, .register { break-before: page; }
  h2, h3, h4, h5, caption, .label { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .steps > li, dl.facts > *, table.declarations { break-inside: avoid; }
  .item { break-inside: auto; }
  .sheet td.blank { height: 11mm; }
  .sheet .declarations td { height: 14mm; }
}
`;

/** A complete, self-contained HTML page: no script, no external files; `css` is the tutor documents' unless given. */
export function guidePage(title: string, body: string, css = GUIDE_CSS): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
