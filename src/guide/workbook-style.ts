// The workbook's stylesheet: the tutor documents' page (guide-page.ts) plus the unit's blocks,
// figures and diagrams laid out for paper, boxes to tick, lines to write on and record tables.
// Colours keep at least 7:1 contrast on white and on the callouts' tint. Lines and boxes are
// empty elements' borders, so they never reach the text a screen reader or the PDF's tags read.
import { GUIDE_CSS } from './guide-page.ts';

export const WORKBOOK_CSS = `${GUIDE_CSS}
dl.facts { grid-template-columns: minmax(8rem, 14rem) 1fr; }
.figure { margin: 1rem 0; }
.figure img, .figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-size: 0.9rem; color: #3d3d3d; margin-top: 0.25rem; }
.long-description { border-left: 3px solid #767676; padding-left: 0.75rem; margin-top: 0.5rem; }
.callout { border-left: 5px solid #1f4e8c; background: #f3f5f8; padding: 0.5rem 0.75rem; margin: 1rem 0; }
.callout-law { border-color: #6a3d9a; }
.callout-work { border-color: #1d6b35; }
.callout-title { font-weight: 700; margin: 0 0 0.25rem; }
.callout > :last-child { margin-bottom: 0; }
.law-checked { font-size: 0.9rem; color: #3d3d3d; }
.tab-panel, .accordion > .part { border: 1px solid #767676; border-radius: 4px; padding: 0 0.75rem 0.25rem; margin: 0.5rem 0; }
.tab-panel > h4, .accordion > .part > h4 { margin-top: 0.5rem; }
ol.steps > li > h4 { margin: 0.25rem 0; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.5rem; }
.card { border: 1px solid #1f4e8c; border-radius: 6px; padding: 0.4rem 0.6rem; height: 100%; }
.card-front { font-weight: 700; margin: 0 0 0.25rem; }
.card-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #3d3d3d; margin: 0; }
.term { text-decoration: underline dotted; text-underline-offset: 0.2em; }
.module-facts { color: #3d3d3d; }
.page-title { border-bottom: 1px solid #767676; padding-bottom: 0.25rem; }
.how { font-style: italic; }
.key { font-weight: 700; }
ul.options { list-style: none; padding: 0; margin: 0.5rem 0; }
ul.options > li { display: flex; gap: 0.6rem; align-items: flex-start; margin: 0.35rem 0; }
ul.options.plain > li { display: block; }
.box { flex: none; width: 1.2rem; height: 1.2rem; margin-top: 0.15rem; border: 2px solid #1b1b1b; border-radius: 2px; }
.box { display: inline-block; vertical-align: -0.2em; }
li > .box:first-child { margin-right: 0.4rem; }
.box.ticked::after { content: '✓'; display: block; line-height: 1; text-align: center; font-weight: 700; }
.write-line { height: 2.5rem; border-bottom: 1px solid #1b1b1b; margin: 0.5rem 0 1rem; }
.writing { margin: 0.5rem 0 1rem; padding: 0 0.75rem 0.75rem; border: 1px solid #767676; border-radius: 4px; }
.writing .rule { height: 2rem; border-bottom: 1px solid #9a9a9a; }
table.match td.blank, .record td.blank, .records .learner td.blank { height: 2.5rem; }
.comments { height: 6rem; border: 1px solid #767676; border-radius: 4px; }
.dialogue { border-left: 3px solid #1f4e8c; padding-left: 0.75rem; margin: 0.5rem 0; }
.dialogue p { margin: 0.25rem 0; }
.speaker { font-weight: 700; }
.see { font-size: 0.9rem; color: #3d3d3d; }
.asked { color: #3d3d3d; font-style: italic; }
ul.why { padding-left: 1.25rem; }
ul.why > li { margin-bottom: 0.35rem; }
ul.why p, div.why p { margin: 0.15rem 0; }
.answer { border-bottom: 1px solid #c9c9c9; padding-bottom: 0.5rem; }
.aid { border-top: 2px solid #5c5c5c; }
@media print {
  .module, .aid, .records, .glossary, .answers { break-before: page; }
  nav.contents { display: block; }
  .figure, .callout, .card, ul.options > li, .record table, .writing, .comments { break-inside: avoid; }
  .aid { border-top: 0; }
  .page-title, .item > h4, .answer > h4, h5, .how, .label { break-after: avoid; }
  .writing .rule { height: 9mm; }
  table.match td.blank, .record td.blank, .records .learner td.blank { height: 10mm; }
  .comments { height: 30mm; }
}
`;
