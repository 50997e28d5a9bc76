// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hclust, mulberry32, normal } from '../../../src/core/index.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { Dendrogram } from '../../../src/views/clustering/Dendrogram.tsx';

function drawn(n: number, selected: string[] = []) {
  const rng = mulberry32(3);
  const tree = hclust(
    Array.from({ length: n }, () => [normal(rng), normal(rng)]),
    'ward',
  );
  const { container } = render(
    <StoreProvider store={createAppStore()}>
      <Dendrogram
        tree={tree}
        k={3}
        onK={() => {}}
        label={(i) => `Unit ${i + 1}`}
        code={(i) => `U${i + 1}`}
        selected={selected}
        onToggle={() => {}}
        hovered={null}
        onHover={() => {}}
        width={760}
      />
    </StoreProvider>,
  );
  const leaves = Array.from(container.querySelectorAll('[data-testid="dendrogram-leaf"]'));
  const xs = leaves.map((g) =>
    Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]),
  );
  const printed = leaves.flatMap((g, i) => (g.querySelector('text')!.textContent ? [xs[i]] : []));
  const titles = leaves.map((g) => g.querySelector('title')!.textContent);
  return {
    leaves,
    printed,
    titles,
    text: (code: string) => container.querySelector(`[data-region="${code}"] text`)!.textContent,
  };
}

afterEach(cleanup);

describe('Dendrogram leaf names', () => {
  it('prints every name when the leaves have room (16 leaves)', () => {
    const d = drawn(16);
    expect(d.leaves).toHaveLength(16);
    expect(d.printed).toHaveLength(16);
  });

  it('thins the names of a dense tree (400 leaves) so that no two printed names are closer than a line of text', () => {
    const d = drawn(400, ['U7']);
    expect(d.leaves).toHaveLength(400);
    // Every leaf keeps its name as a tooltip.
    expect(d.titles.every((t) => t !== null && /^Unit \d+$/.test(t))).toBe(true);
    expect(d.printed.length).toBeGreaterThan(30);
    expect(d.printed.length).toBeLessThan(80);
    // Apart from the selected leaf's name, printed names are at least a line (13 px) apart.
    const xs = [...d.printed].sort((a, b) => a - b);
    const close = xs.slice(1).filter((x, i) => x - xs[i] < 13);
    expect(close.length).toBeLessThanOrEqual(2);
    // The selected unit's name is printed wherever it falls.
    expect(d.text('U7')).toBe('Unit 7');
  });
});
