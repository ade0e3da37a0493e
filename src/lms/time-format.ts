// SCORM time formats. Everything is rounded to hundredths first, because strict LMSs refuse a
// third decimal and rounding the parts separately can produce "60" seconds.

const CENTIS_PER_HOUR = 360_000;
const MAX_12_CENTIS = 10_000 * CENTIS_PER_HOUR - 1;

function centiseconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) : 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function splitCentis(centis: number): { hours: number; minutes: number; seconds: number; hundredths: number } {
  return {
    hours: Math.floor(centis / CENTIS_PER_HOUR),
    minutes: Math.floor((centis % CENTIS_PER_HOUR) / 6000),
    seconds: Math.floor((centis % 6000) / 100),
    hundredths: centis % 100,
  };
}

function secondsText(seconds: number, hundredths: number): string {
  return hundredths === 0 ? String(seconds) : `${seconds}.${pad(hundredths, 2).replace(/0$/, '')}`;
}

/** SCORM 1.2 CMITimespan, "HHHH:MM:SS.SS": hours 2 to 4 digits, capped at 9999 hours. */
export function timespan12(seconds: number): string {
  const parts = splitCentis(Math.min(centiseconds(seconds), MAX_12_CENTIS));
  const clock = `${pad(parts.hours, 2)}:${pad(parts.minutes, 2)}:${pad(parts.seconds, 2)}`;
  return parts.hundredths === 0 ? clock : `${clock}.${pad(parts.hundredths, 2)}`;
}

/** SCORM 1.2 CMITime, the learner's local time of day "HH:MM:SS". */
export function clockTime12(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** SCORM 2004 timeinterval "PT#H#M#S", at most 2 decimals. */
export function duration2004(seconds: number): string {
  const parts = splitCentis(centiseconds(seconds));
  const hours = parts.hours > 0 ? `${parts.hours}H` : '';
  const minutes = parts.minutes > 0 ? `${parts.minutes}M` : '';
  const showSeconds = parts.seconds > 0 || parts.hundredths > 0 || (hours === '' && minutes === '');
  return `PT${hours}${minutes}${showSeconds ? `${secondsText(parts.seconds, parts.hundredths)}S` : ''}`;
}

/** SCORM 2004 timeinterval in seconds only, "PT#S", as latencies read best. */
export function seconds2004(seconds: number): string {
  const centis = centiseconds(seconds);
  return `PT${secondsText(Math.floor(centis / 100), centis % 100)}S`;
}

/** SCORM 2004 time(second,10,0), in UTC, cut to hundredths of a second. */
export function timestamp2004(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().replace(/\.(\d{2})\d*Z$/, '.$1Z');
}
