// LMSs give the learner's name as they store it, most often "Last, First" ("Smith, Jo"): shown
// to the learner as "Jo Smith".
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}
