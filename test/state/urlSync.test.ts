/**
 * The address follows the store (src/state/urlSync.ts): a route change is written at once
 * (a history entry for Back); other edits once they pause for WRITE_INTERVAL_MS (at least
 * every MAX_WAIT_MS during a long drag), always ending with the latest state, and at once when
 * the page is hidden or left.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { decodeHash } from '../../src/state/url.ts';
import {
  connectUrl,
  MAX_WAIT_MS,
  WRITE_INTERVAL_MS,
  type UrlWindow,
} from '../../src/state/urlSync.ts';

const ROUTES = ['map', 'rating'];

function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>();
  const replaced: string[] = [];
  const pushed: string[] = [];
  const loc = { hash: '#/rating' };
  const win: UrlWindow = {
    location: {
      get hash() {
        return loc.hash;
      },
      set hash(h: string) {
        loc.hash = h;
        pushed.push(h);
      },
    },
    history: {
      replaceState: (_d, _u, url) => {
        loc.hash = url;
        replaced.push(url);
      },
    },
    addEventListener: (type, f) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    removeEventListener: (type, f) =>
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((g) => g !== f),
      ),
  };
  const fire = (type: string) => (listeners.get(type) ?? []).forEach((f) => f());
  return { win, replaced, pushed, fire, loc };
}

const weightIn = (hash: string) =>
  decodeHash(hash, ROUTES).spec.rating.groups[1].indicators.find((i) => i.id === 'S_A')!.weight;

describe('connectUrl()', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('connectUrl() writes slider steps once they pause, with the last one', () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow();
    let t = 1000;
    connectUrl(store, win, ROUTES, () => t);
    replaced.length = 0;
    for (let k = 1; k <= 10; k++) {
      store.getState().setIndicatorWeight('S_A', 1 + k / 10);
      // Nothing is written inside the handler that made the edit, nor between steps.
      expect(replaced).toHaveLength(0);
      t += 50;
      vi.advanceTimersByTime(50);
    }
    t += WRITE_INTERVAL_MS;
    vi.advanceTimersByTime(WRITE_INTERVAL_MS);
    // 10 steps 50 ms apart, then a pause: one write, of the last step.
    expect(replaced).toHaveLength(1);
    expect(weightIn(win.location.hash)).toBe(2);
  });

  it('connectUrl() writes at least every MAX_WAIT_MS during a long drag', () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow();
    let t = 1000;
    connectUrl(store, win, ROUTES, () => t);
    replaced.length = 0;
    const steps = (2 * MAX_WAIT_MS) / 50;
    for (let k = 1; k <= steps; k++) {
      store.getState().setIndicatorWeight('S_A', 1 + k / 100);
      t += 50;
      vi.advanceTimersByTime(50);
    }
    // Two seconds of steps 50 ms apart: written about once a second while they went on.
    expect(replaced.length).toBeGreaterThanOrEqual(1);
    expect(replaced.length).toBeLessThanOrEqual(2);
    t += WRITE_INTERVAL_MS;
    vi.advanceTimersByTime(WRITE_INTERVAL_MS);
    expect(replaced.length).toBeGreaterThanOrEqual(2);
    expect(replaced.length).toBeLessThanOrEqual(3);
    expect(weightIn(win.location.hash)).toBe(1 + steps / 100);
  });

  it('connectUrl() writes a pending edit at once when the page is hidden', () => {
    const store = createAppStore();
    const { win, fire } = fakeWindow();
    const t = 1000;
    connectUrl(store, win, ROUTES, () => t);
    store.getState().setIndicatorWeight('S_A', 1.5); // written after a pause
    vi.advanceTimersByTime(WRITE_INTERVAL_MS);
    store.getState().setIndicatorWeight('S_A', 2.5); // waits for the next pause
    expect(weightIn(win.location.hash)).toBe(1.5);
    fire('visibilitychange');
    expect(weightIn(win.location.hash)).toBe(2.5);
  });

  it('connectUrl() pushes a route change at once', () => {
    const store = createAppStore();
    const { win, pushed } = fakeWindow();
    connectUrl(store, win, ROUTES, () => 0);
    store.getState().setRoute('map');
    expect(pushed).toHaveLength(1);
    expect(decodeHash(pushed[0], ROUTES).route).toBe('map');
  });
});
