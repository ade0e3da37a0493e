import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sha256Fallback, sha256Hex } from '../../src/player/sha256.ts';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('SHA-256 for the signed record', () => {
  test.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Café £5 “quoted” 😀\n'.repeat(40)])('the fallback matches Node for %#', (text) => {
    expect(sha256Fallback(text)).toBe(node(text));
  });

  test('the browser digest and the fallback agree', async () => {
    const text = '{"learner":"Priya Shah"}\n';
    expect(await sha256Hex(text)).toBe(sha256Fallback(text));
    expect(sha256Fallback('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
