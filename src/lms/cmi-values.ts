// Turning the player's values into strings every LMS accepts, whatever the version.

const IDENTIFIER_OUTSIDE = /[^A-Za-z0-9._-]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** "l1-cs1:2.1" -> "l1-cs1_2.1": strict LMSs refuse whitespace and most punctuation in ids. */
export function sanitiseIdentifier(id: string, maxLength: number): string {
  const safe = id.trim().replace(IDENTIFIER_OUTSIDE, '_').slice(0, maxLength);
  return safe === '' ? '_' : safe;
}

/** Control characters and line breaks break some LMS reports and CSV exports. */
export function singleLine(text: string, maxLength: number): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

export function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** Rounded so binary fractions (0.30000000000000004) never reach the LMS. */
export function decimalText(value: number, places: number): string {
  const factor = 10 ** places;
  return String(Math.round(value * factor) / factor);
}

/** A share 0..1 from an LMS string, or null when it is blank or nonsense. */
export function shareFrom(text: string, divisor: number): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return clamp(value / divisor, 0, 1);
}

export function countFrom(text: string): number {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
