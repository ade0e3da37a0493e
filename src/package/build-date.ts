// The day a build is dated in the catalog. Outputs are byte-identical for the same input, so
// the date is a day, not a time, and a reproducible build can fix it as other tools do, with
// SOURCE_DATE_EPOCH (seconds since 1970).
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** YYYY-MM-DD, in UTC: from SOURCE_DATE_EPOCH when it is set to a number, else today. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH?.trim() && Number.isFinite(epoch) ? isoDay(new Date(epoch * 1000)) : isoDay(now);
}
