// The width and height of a picture, read from its file, so the page reserves its space before
// it loads (no jump when it arrives) and a lazily loaded picture has a size to wait in.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

export const FIGURE_TYPES = ['.svg', '.png', '.jpg', '.jpeg', '.webp'];

/** Pixels, or undefined when the file's header cannot be read as its extension says. */
export function imageSize(path: string): { width: number; height: number } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    // Unreadable (no permission, or gone since it was found): reported as a picture whose size cannot be read.
    return undefined;
  }
  try {
    return sizeOf(extname(path).toLowerCase(), data);
  } catch {
    // A header cut short: reading past the end of the file throws.
    return undefined;
  }
}

function sizeOf(ext: string, data: Buffer): { width: number; height: number } | undefined {
  if (ext === '.svg') return svgSize(data.toString('utf8'));
  if (ext === '.png') return data.toString('latin1', 12, 16) === 'IHDR' ? { width: data.readUInt32BE(16), height: data.readUInt32BE(20) } : undefined;
  if (ext === '.jpg' || ext === '.jpeg') return jpegSize(data);
  if (ext === '.webp') return webpSize(data);
  return undefined;
}

function svgSize(text: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const px = (value: string | undefined) => (value && /^[\d.]+(px)?$/.test(value.trim()) ? Number.parseFloat(value) : undefined);
  const width = px(attr('width')) ?? box?.[2];
  const height = px(attr('height')) ?? box?.[3];
  return width && height ? { width: Math.round(width), height: Math.round(height) } : undefined;
}

function jpegSize(data: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < data.length && data[at] === 0xff) {
    const marker = data[at + 1];
    // Start-of-frame markers (baseline, progressive...) carry the size; 0xc4, 0xc8 and 0xcc do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}

function webpSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.toString('latin1', 0, 4) !== 'RIFF' || data.toString('latin1', 8, 12) !== 'WEBP') return undefined;
  const chunk = data.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + data.readUIntLE(24, 3), height: 1 + data.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = data.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: data.readUInt16LE(26) & 0x3fff, height: data.readUInt16LE(28) & 0x3fff };
  return undefined;
}
