// Reflection texts can run to thousands of words, far beyond what suspend_data may hold, so the
// text is kept in the browser and sent to the LMS as an interaction when the learner saves it.

// A learner's writing is theirs whatever changes in the package, so texts are kept by reflection
// id alone (the first release also stored a fingerprint of the unit, now ignored).
export function loadReflections(key: string): Record<string, string> {
  try {
    const saved = JSON.parse(localStorage.getItem(`${key}:reflections`) ?? 'null');
    return saved && typeof saved.texts === 'object' ? saved.texts : {};
  } catch {
    return {};
  }
}

export function saveReflections(key: string, texts: Record<string, string>): void {
  try {
    localStorage.setItem(`${key}:reflections`, JSON.stringify({ texts }));
  } catch {
    // Storage full or blocked: the text stays on screen and is still sent to the LMS on save.
  }
}

export function countWords(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
}
