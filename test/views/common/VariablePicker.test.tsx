// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INDUSTRIES_DATASET, numericColumns } from '../../../src/state/analysisCompute.ts';
import { StoreProvider } from '../../../src/state/react.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { defaultView } from '../../../src/state/viewState.ts';
import { bundledTable } from '../../../src/views/clustering/bundled.ts';
import { VariablePicker } from '../../../src/views/common/VariablePicker.tsx';

afterEach(cleanup);

function renderPicker(selected: string[], minimum: number) {
  const ds = bundledTable(INDUSTRIES_DATASET);
  if (!ds) throw new Error('bundled industries table missing');
  const available = numericColumns(ds);
  const onChange = vi.fn();
  render(
    <StoreProvider store={createAppStore({ view: { ...defaultView(), language: 'en' } })}>
      <VariablePicker
        ds={ds}
        available={available}
        selected={selected}
        minimum={minimum}
        testidPrefix="v"
        onChange={onChange}
      />
    </StoreProvider>,
  );
  return { available, onChange };
}

describe('VariablePicker', () => {
  it('VariablePicker adds a ticked variable in the table column order', () => {
    const probe = bundledTable(INDUSTRIES_DATASET)!;
    const [first, second, third] = numericColumns(probe);
    const { onChange } = renderPicker([third], 1);
    fireEvent.click(screen.getByTestId(`v-${first}`));
    expect(onChange).toHaveBeenLastCalledWith([first, third]);
    fireEvent.click(screen.getByTestId(`v-${second}`));
    expect(onChange).toHaveBeenLastCalledWith([second, third]);
  });

  it('VariablePicker locks the last `minimum` ticked boxes and resets to the default set', () => {
    const probe = bundledTable(INDUSTRIES_DATASET)!;
    const [first, second] = numericColumns(probe);
    renderPicker([first, second], 2);
    expect((screen.getByTestId(`v-${first}`) as HTMLInputElement).disabled).toBe(true);
    cleanup();
    const { onChange } = renderPicker([first, second], 1);
    expect((screen.getByTestId(`v-${first}`) as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId(`v-${first}`));
    expect(onChange).toHaveBeenLastCalledWith([second]);
    fireEvent.click(screen.getByRole('button'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('VariablePicker shows a column id beside its name only where they differ', () => {
    const ds = bundledTable(INDUSTRIES_DATASET)!;
    const [first] = numericColumns(ds);
    // A user's table: the column's name is its header, which is its id.
    const user = {
      ...ds,
      columns: ds.columns.map((c) => ({ ...c, title: { ru: c.id, kk: c.id, en: c.id } })),
    };
    render(
      <StoreProvider store={createAppStore({ view: { ...defaultView(), language: 'en' } })}>
        <VariablePicker
          ds={user}
          available={[first]}
          selected={[first]}
          minimum={1}
          testidPrefix="u"
          onChange={vi.fn()}
        />
      </StoreProvider>,
    );
    const label = screen.getByTestId(`u-${first}`).closest('label')!;
    expect(label.textContent).toBe(first);
    expect(label.querySelector('.code')).toBeNull();
    cleanup();
    renderPicker([first], 1);
    const bundled = screen.getByTestId(`v-${first}`).closest('label')!;
    expect(bundled.querySelector('.code')?.textContent).toBe(first);
    expect(bundled.textContent).not.toBe(first);
  });
});
