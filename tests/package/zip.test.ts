import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { deterministicZip, type OutputFile } from '../../src/package/zip.ts';

const file = (path: string, content: string): OutputFile => ({ path, data: new TextEncoder().encode(content) });

const files = [
  file('index.html', '<!doctype html>'),
  file('assets/b.js', 'b()'),
  file('assets/a.css', 'a{}'),
  file('imsmanifest.xml', '<manifest/>'),
];

const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

const dosDateTime = (zip: Uint8Array) => {
  const view = new DataView(zip.buffer, zip.byteOffset);
  return { time: view.getUint16(10, true), date: view.getUint16(12, true) };
};

describe('deterministicZip', () => {
  it('gives the same bytes for the same files in any order', () => {
    const first = deterministicZip(files);
    const second = deterministicZip([...files].reverse());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes in every time zone', () => {
    process.env.TZ = 'Pacific/Auckland';
    const auckland = deterministicZip(files);
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = deterministicZip(files);
    expect(Buffer.from(losAngeles).equals(Buffer.from(auckland))).toBe(true);
  });

  it('stamps every entry 1980-01-01 00:00:00', () => {
    // DOS date: year since 1980 << 9 | month << 5 | day; time 0 is midnight.
    expect(dosDateTime(deterministicZip(files))).toEqual({ time: 0, date: (0 << 9) | (1 << 5) | 1 });
  });

  it('stores entries sorted by path, with their content', () => {
    const entries = unzipSync(deterministicZip(files));
    expect(Object.keys(entries)).toEqual(['assets/a.css', 'assets/b.js', 'imsmanifest.xml', 'index.html']);
    expect(new TextDecoder().decode(entries['assets/b.js'])).toBe('b()');
  });

  it('refuses a path given twice', () => {
    expect(() => deterministicZip([...files, file('index.html', 'again')])).toThrow(
      'Two files would be written to "index.html": give one of them another name.',
    );
  });

  it.each(['../evil.js', '/etc/passwd', 'assets//a.js', 'assets\\a.js', './index.html'])(
    'refuses the unsafe path %s',
    (path) => {
      expect(() => deterministicZip([file(path, 'x')])).toThrow('is not a relative path with forward slashes');
    },
  );
});
