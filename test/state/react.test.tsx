// @vitest-environment jsdom
/**
 * The React binding (src/state/react.tsx): inside <DeferredStore>, panels read the store one
 * render behind an urgent update and catch up in the background; outside it, in the update's
 * own render.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { memo, useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredStore, StoreProvider, useAction, useAppStore } from '../../src/state/react.tsx';
import { createAppStore, type AppState } from '../../src/state/store.ts';
import { defaultView } from '../../src/state/viewState.ts';

afterEach(cleanup);

const weightOf = (s: AppState) =>
  s.spec.rating.groups.flatMap((g) => g.indicators).find((i) => i.id === 'S_A')!.weight;

/** What the deferred panel showed when the live one committed each value. */
const seenAtCommit: [string, string][] = [];

function Live() {
  const w = useAppStore(weightOf);
  const set = useAppStore((s) => s.setIndicatorWeight);
  useLayoutEffect(() => {
    seenAtCommit.push([String(w), screen.queryByTestId('deferred')?.textContent ?? '']);
  }, [w]);
  return (
    <button type="button" data-testid="live" onClick={() => set('S_A', w + 1)}>
      {String(w)}
    </button>
  );
}

let deferredRenders = 0;
const Deferred = memo(function Deferred() {
  deferredRenders++;
  const w = useAppStore(weightOf);
  return <span data-testid="deferred">{String(w)}</span>;
});

describe('DeferredStore', () => {
  it('DeferredStore panels repaint after the urgent render and end on the same state', async () => {
    const store = createAppStore({ view: { ...defaultView(), language: 'en' } });
    const w0 = weightOf(store.getState());
    render(
      <StoreProvider store={store}>
        <Live />
        <DeferredStore>
          <Deferred />
        </DeferredStore>
      </StoreProvider>,
    );
    expect(screen.getByTestId('deferred').textContent).toBe(String(w0));
    seenAtCommit.length = 0;
    const before = deferredRenders;
    await act(async () => {
      fireEvent.click(screen.getByTestId('live'));
    });
    // The click's own commit showed the new weight beside the old deferred one...
    expect(seenAtCommit[0]).toEqual([String(w0 + 1), String(w0)]);
    // ...and the deferred panel caught up, rendering once for the change.
    expect(screen.getByTestId('deferred').textContent).toBe(String(w0 + 1));
    expect(deferredRenders - before).toBe(1);
  });
});

let actionRenders = 0;
/** Calls an action and reads nothing else: store updates must not re-render it. */
const ActionOnly = memo(function ActionOnly() {
  actionRenders++;
  const set = useAction('setIndicatorWeight');
  return (
    <button type="button" data-testid="action" onClick={() => set('S_A', 7)}>
      set
    </button>
  );
});

describe('useAction', () => {
  it('useAction gives the store action without re-rendering on store updates', async () => {
    const store = createAppStore({ view: { ...defaultView(), language: 'en' } });
    render(
      <StoreProvider store={store}>
        <ActionOnly />
      </StoreProvider>,
    );
    const before = actionRenders;
    await act(async () => {
      fireEvent.click(screen.getByTestId('action'));
    });
    expect(weightOf(store.getState())).toBe(7);
    await act(async () => {
      store.getState().setIndicatorWeight('S_A', 2);
    });
    expect(weightOf(store.getState())).toBe(2);
    expect(actionRenders).toBe(before);
  });
});
