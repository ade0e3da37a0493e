// Key terms: the compiler marks a term's first use on a page as a button described by its
// definition (src/compiler/terms.ts), so the player only shows and hides. Keyboard focus, a click
// or a tap shows the definition; it stays until focus leaves, another click or tap, or Escape,
// which leaves focus where it is (WCAG 1.4.13). Focus shows it only when the focus ring does, so
// the click that focuses a term toggles it once.
export function watchTerms(doc: Document): void {
  const show = (e: Event, open?: boolean) => {
    const term = (e.target as Element).closest?.('button.term');
    term?.setAttribute('aria-expanded', String(open ?? term.getAttribute('aria-expanded') !== 'true'));
  };
  doc.addEventListener('click', (e) => show(e));
  doc.addEventListener('focusin', (e) => (e.target as Element).matches?.(':focus-visible') && show(e, true));
  doc.addEventListener('focusout', (e) => show(e, false));
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') doc.querySelectorAll('button.term').forEach((term) => term.setAttribute('aria-expanded', 'false'));
  });
}
