// The catalog's inline stylesheet. Colours keep at least 7:1 contrast on white (above the AA
// minimum). Text reflows down to 320 px; the five-column package table keeps a readable width
// and scrolls on its own inside a focusable region instead, as WCAG 1.4.10 allows data tables to.
/** What the catalog and the tutor documents share: type, colours on white. */
export const PAGE_BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1b1b1b;
  background: #ffffff;
}
`;

export const CATALOG_CSS = `${PAGE_BASE_CSS}header, main { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.5rem; }
a { color: #0b4f94; text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
a:focus-visible { outline: 3px solid #0b4f94; outline-offset: 2px; }
section.unit { border-top: 2px solid #5c5c5c; margin-top: 2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 0.4rem 0.5rem;
  border: 1px solid #767676;
  overflow-wrap: break-word;
}
thead th { background: #eef1f5; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
code.checksum { overflow-wrap: anywhere; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-scroll:focus-visible { outline: 3px solid #0b4f94; outline-offset: 2px; }
.table-scroll table { min-width: 40rem; margin: 0; }
.workplace { font-weight: 600; }
.note { color: #3d3d3d; }
@media (max-width: 30rem) {
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.5rem; }
  table { font-size: 0.875rem; }
  th, td { padding: 0.25rem; hyphens: auto; }
}
`;
