// Small string helpers both the build and the player use: one of each, here.

/** The keys of options, items and pairs, by position as written: a to h. */
export const OPTION_KEYS = 'abcdefgh';

/** Text safe inside HTML or XML content and double-quoted attributes. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A relative path as an href: each segment percent-encoded, so a space or "#" in a name points where it should. */
export const hrefOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** A typed answer as it is compared: case, spacing and the marks . , ! ? ' " ignored. */
export function normaliseText(s: string): string {
  return s.toLowerCase().replace(/[.,!?'"]/g, '').replace(/\s+/g, ' ').trim();
}

/** The text with its first letter in capitals, to start a sentence. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
