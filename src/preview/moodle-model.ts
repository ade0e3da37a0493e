// A model of how Moodle's SCORM 2004 runtime talks to its server, written from its documented
// behaviour (no code of Moodle's is used): on every Commit and Terminate it sends every element
// whose value differs from its default, not only what changed (so every interaction and objective
// ever written, each time), as form fields named with "__" for "." ("cmi__interactions__0__id").
// On page unload it sends them with navigator.sendBeacon as multipart form data, and browsers
// refuse keepalive requests once 64 KB are in flight: a hidden page's Commit and the pagehide
// Terminate must fit together. SCORM 1.2 sends only what changed, so it is not modelled here.

/** Browsers cap the bodies of keepalive requests (sendBeacon) in flight at once. */
export const KEEPALIVE_QUOTA = 64 * 1024;

/** What the course must keep one call under, so that two calls fit the quota with room to spare. */
export const MOODLE_CALL_BUDGET = 24 * 1024;

/** The fields Moodle adds to every request beside the data model: course module, attempt, session key. */
const MOODLE_FIELDS: [string, string][] = [
  ['id', '1234'],
  ['a', '567'],
  ['scoid', '8901'],
  ['attempt', '1'],
  ['sesskey', 'AbCdEfGhIj'],
];

/** Chrome's multipart boundary: "----WebKitFormBoundary" and 16 characters. */
const BOUNDARY = '----WebKitFormBoundaryAbCdEfGhIjKlMnOp';

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** The bytes of one multipart body holding the given fields. */
export function multipartBytes(fields: Iterable<readonly [string, string]>): number {
  let bytes = utf8Bytes(`--${BOUNDARY}--\r\n`);
  for (const [name, value] of fields) {
    bytes += utf8Bytes(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  return bytes;
}

/** Data model defaults Moodle leaves out of a request. */
const DEFAULTS: Record<string, string> = {
  'cmi.completion_status': 'unknown',
  'cmi.success_status': 'unknown',
  'cmi.exit': '',
  'cmi.location': '',
  'cmi.suspend_data': '',
};

/** The body of one Commit or Terminate, given every value the SCO has set in the attempt. */
export function moodleCallBytes(values: ReadonlyMap<string, string>): number {
  const fields: [string, string][] = [...MOODLE_FIELDS];
  for (const [element, value] of values) {
    if (value === '' || DEFAULTS[element] === value) continue;
    fields.push([element.replaceAll('.', '__'), value]);
  }
  return multipartBytes(fields);
}

/**
 * The browser's keepalive quota as Moodle meets it on unload: each call is a beacon in flight
 * until delivered; one that would take the bytes in flight over the quota is refused.
 */
export class KeepaliveQuota {
  private inFlight: { bytes: number; until: number }[] = [];

  constructor(private readonly deliveryMs = 1000) {}

  /** True when the call's beacon is queued; false when the browser refuses it. */
  send(bytes: number, now: number): boolean {
    this.inFlight = this.inFlight.filter((b) => b.until > now);
    const queued = this.inFlight.reduce((sum, b) => sum + b.bytes, 0);
    if (queued + bytes > KEEPALIVE_QUOTA) return false;
    this.inFlight.push({ bytes, until: now + this.deliveryMs });
    return true;
  }
}
