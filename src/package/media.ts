// Files a unit's markdown links to (images, documents): the compiler points the HTML at them
// under media/, and every package of the unit that uses one carries it there.
import { readFile } from 'node:fs/promises';
import type { MediaFile } from '../compiler/index.ts';
import type { Unit } from '../shared/course.ts';
import type { OutputFile } from './zip.ts';

/** Reads a unit's media once: each of its packages, in either version, takes the files it uses. */
export async function readMedia(media: MediaFile[]): Promise<OutputFile[]> {
  return Promise.all(media.map(async (file) => ({ path: file.path, data: new Uint8Array(await readFile(file.source)) })));
}

/**
 * The media that a packaged unit's HTML (all of a whole unit's, a module package's share), or an
 * HTML document built from it such as a tutor guide, points at.
 */
export function mediaUsedBy<T extends { path: string }>(content: Unit | string, media: T[]): T[] {
  if (media.length === 0) return [];
  const used = referencedPaths(content);
  return media.filter((file) => used.has(file.path));
}

// In sanitised HTML every "<" of the text is escaped, so "<" and a letter open a tag, and every
// attribute value is in double quotes that it never contains itself. A reference may carry a
// ?query or #fragment, and is percent-encoded.
const TAG = /<[a-z][^\s/>]*((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/gi;
const REFERENCE = /\s(?:src|href)="([^"]*)"/gi;

function referencedPaths(content: Unit | string): Set<string> {
  const paths = new Set<string>();
  JSON.stringify(content, (_key, value: unknown) => {
    if (typeof value === 'string' && value.includes('<')) {
      for (const [, attributes] of value.matchAll(TAG)) {
        for (const [, href] of attributes.matchAll(REFERENCE)) paths.add(decodePath(href.replace(/[?#].*$/, '')));
      }
    }
    return value;
  });
  return paths;
}

function decodePath(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
