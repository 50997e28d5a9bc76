// @vitest-environment jsdom
/**
 * Typed numbers (issue 13 item 4): read with a decimal comma or point, checked against the
 * field's range and kind, and named next to the field in the user's language when wrong.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readTyped, TypedNumber } from '../../../src/views/common/TypedNumber.tsx';

describe('readTyped()', () => {
  it('reads decimal commas, points and spaces as the readers do', () => {
    expect(readTyped('2,5', 0, 10, false)).toEqual({ value: 2.5 });
    expect(readTyped(' 2.5 ', 0, 10, false)).toEqual({ value: 2.5 });
    expect(readTyped('1 250,5', 0, 1e6, false)).toEqual({ value: 1250.5 });
  });
  it('names what is wrong: not a number, out of range, not whole, empty', () => {
    expect(readTyped('abc', 0, 10, false)).toEqual({ problem: 'field.notNumber' });
    expect(readTyped('11', 0, 10, false)).toEqual({ problem: 'field.range' });
    expect(readTyped('2,5', 1, 10, false, true)).toEqual({ problem: 'field.integer' });
    expect(readTyped('', 0, 10, false)).toEqual({ problem: 'field.empty' });
    expect(readTyped('', 0, 10, true)).toEqual({ value: undefined });
  });
});

describe('<TypedNumber>', () => {
  it('applies a valid value, keeps a wrong one unapplied with a Russian message', () => {
    const onValue = vi.fn();
    render(
      <TypedNumber value={3} min={2} max={12} integer label="k" testid="k" onValue={onValue} />,
    );
    const input = screen.getByTestId('k');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '5' } });
    expect(onValue).toHaveBeenLastCalledWith(5);
    fireEvent.change(input, { target: { value: '40' } });
    expect(screen.getByTestId('k-issue').textContent).toBe('Нужно число от 2 до 12');
    fireEvent.change(input, { target: { value: '2,5' } });
    expect(screen.getByTestId('k-issue').textContent).toBe('Нужно целое число');
    expect(onValue).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
