/**
 * A number the user types (issue 13 item 4): read with the decimal comma or point
 * (data/readers/parseNumber.ts, the readers' rules: `1 250,5` and `1250.5` alike), applied
 * while it is valid, and otherwise left unapplied with a message next to the field in the
 * user's language. An empty field means "none" where `optional` allows it.
 */
import { useId, useState } from 'react';
import { parseNumber } from '../../data/readers/parseNumber.ts';
import { numberLocale } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';

export interface TypedNumberProps {
  value: number | undefined;
  min: number;
  max: number;
  /** Called with each valid value (undefined = emptied, only when optional). */
  onValue: (v: number | undefined) => void;
  label: string;
  testid: string;
  optional?: boolean;
  /** Only whole numbers (a count such as k). */
  integer?: boolean;
  digits?: number;
}

/** The typed text as a number, or what is wrong with it (a message key and its values). */
export function readTyped(
  text: string,
  min: number,
  max: number,
  optional: boolean,
  integer = false,
):
  | { value: number | undefined }
  | { problem: 'field.empty' | 'field.notNumber' | 'field.range' | 'field.integer' } {
  const s = text.trim();
  if (s === '') return optional ? { value: undefined } : { problem: 'field.empty' };
  const p = parseNumber(s, s.includes(',') && !s.includes('.') ? ',' : '.');
  if (p.kind !== 'number' || !Number.isFinite(p.value)) return { problem: 'field.notNumber' };
  if (integer && !Number.isInteger(p.value)) return { problem: 'field.integer' };
  if (p.value < min || p.value > max) return { problem: 'field.range' };
  return { value: p.value };
}

const PLAIN = new Map<string, Intl.NumberFormat>();

/**
 * The field's number format, made once per locale and digits: an index editor shows ~50 of
 * these fields and re-renders them on every slider step, and building an Intl.NumberFormat
 * each time was the largest single cost of a step (bench:ui profile, 2026-12-02).
 */
function plainFormat(locale: string, digits: number): Intl.NumberFormat {
  const id = `${locale}|${digits}`;
  let f = PLAIN.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false });
    PLAIN.set(id, f);
  }
  return f;
}

export function TypedNumber(props: TypedNumberProps) {
  const { value, min, max, onValue, label, testid, optional = false, integer = false } = props;
  const digits = integer ? 0 : (props.digits ?? 2);
  const t = useT();
  const shown = value === undefined ? '' : plainFormat(numberLocale(t.lang), digits).format(value);
  // What the user is typing, while the field has the focus; otherwise the value as it is
  // (a slider or undo changes it from outside).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const id = useId();
  const read = readTyped(text, min, max, optional, integer);
  const problem = 'problem' in read ? read.problem : null;
  return (
    <span className="typed-number">
      <input
        type="text"
        inputMode="decimal"
        value={text}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem ? id : undefined}
        data-testid={testid}
        onFocus={() => setDraft(shown)}
        onBlur={() => setDraft(null)}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = readTyped(e.target.value, min, max, optional, integer);
          if ('value' in r) onValue(r.value);
        }}
      />
      {problem && (
        <span id={id} className="field-issues error" role="alert" data-testid={`${testid}-issue`}>
          {t(problem, {
            value: text.trim().slice(0, 40),
            min: t.num(min, integer ? 0 : digits),
            max: t.num(max, integer ? 0 : digits),
          })}
        </span>
      )}
    </span>
  );
}
