// @vitest-environment jsdom
// API discovery: parent chain, opener, cross-origin frames, hop limits, no API at all.

import { describe, expect, it } from 'vitest';
import { connect } from '../../src/lms/index.ts';
import { API_NAME, asWindow, frameBelow, STORAGE_KEY, topWindow, VERSIONS, type FakeWindow } from './harness.ts';
import { strictApi } from './strict-lms.ts';

const MAX_HOPS = { '1.2': 7, '2004': 500 } as const;

function modeFrom(win: FakeWindow, version: '1.2' | '2004'): string {
  return connect({ version, storageKey: STORAGE_KEY, win: asWindow(win) }).launch.mode;
}

/** A window from another origin: reading anything but parent/opener throws, as browsers do. */
function crossOrigin(parent: FakeWindow): FakeWindow {
  return new Proxy({ parent, opener: null } as FakeWindow, {
    get(target, key) {
      if (key === 'parent' || key === 'opener') return target[key as string];
      throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

describe.each(VERSIONS)('API discovery, SCORM %s', (version) => {
  const mode = version === '1.2' ? 'scorm12' : 'scorm2004';
  const name = API_NAME[version];

  it('finds the API on the window itself and initializes it once', () => {
    const api = strictApi(version);
    expect(modeFrom(topWindow({ [name]: api }), version)).toBe(mode);
    expect(api.calls.filter((call) => /Initialize$/.test(call))).toHaveLength(1);
  });

  it('finds the API in an ancestor frame', () => {
    const api = strictApi(version);
    expect(modeFrom(frameBelow(topWindow({ [name]: api }), 3), version)).toBe(mode);
    expect(api.violations).toEqual([]);
  });

  it(`walks at most ${MAX_HOPS[version]} parents`, () => {
    const reachable = frameBelow(topWindow({ [name]: strictApi(version) }), MAX_HOPS[version]);
    const tooFar = frameBelow(topWindow({ [name]: strictApi(version) }), MAX_HOPS[version] + 1);
    expect(modeFrom(reachable, version)).toBe(mode);
    expect(modeFrom(tooFar, version)).toBe('standalone');
  });

  it("ignores the other version's API", () => {
    const other = version === '1.2' ? '2004' : '1.2';
    expect(modeFrom(topWindow({ [API_NAME[other]]: strictApi(other) }), version)).toBe('standalone');
  });

  it('skips an object that only looks like the API', () => {
    const api = strictApi(version);
    const top = topWindow({ [name]: api });
    const frame = { parent: top, opener: null, [name]: { note: 'not an API' } };
    expect(modeFrom(frame, version)).toBe(mode);
  });

  it("finds the API in a popup's opener", () => {
    const api = strictApi(version);
    expect(modeFrom(topWindow({ opener: topWindow({ [name]: api }) }), version)).toBe(mode);
  });

  it("finds the API in a parent of the popup's opener", () => {
    const api = strictApi(version);
    const opener = frameBelow(topWindow({ [name]: api }), 2);
    expect(modeFrom(topWindow({ opener }), version)).toBe(mode);
  });

  it('finds the API from a frame inside a popup, through the popup window’s opener', () => {
    const api = strictApi(version);
    const popup = topWindow({ opener: topWindow({ [name]: api }) });
    expect(modeFrom(frameBelow(popup, 2), version)).toBe(mode);
  });

  it('passes a cross-origin frame in the chain without failing', () => {
    const api = strictApi(version);
    const top = topWindow({ [name]: api });
    const frame = { parent: crossOrigin(top), opener: null, localStorage: top.localStorage };
    expect(modeFrom(frame, version)).toBe(mode);
  });

  it('falls back to standalone when every ancestor is cross-origin and throws', () => {
    const locked = new Proxy({} as FakeWindow, {
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    const frame = { parent: locked, opener: locked };
    expect(modeFrom(frame, version)).toBe('standalone');
  });

  it('never reads window.top', () => {
    const read: string[] = [];
    const top = topWindow({ [name]: strictApi(version) });
    const spy = new Proxy(frameBelow(top, 1), {
      get(target, key) {
        read.push(String(key));
        return target[key as string];
      },
    });
    expect(modeFrom(spy, version)).toBe(mode);
    expect(read).not.toContain('top');
  });

  it('runs standalone when there is no API anywhere', () => {
    expect(modeFrom(frameBelow(topWindow({ opener: topWindow() }), 2), version)).toBe('standalone');
  });
});
