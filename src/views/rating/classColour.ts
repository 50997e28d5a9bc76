/**
 * Badge colours for the paper's class groups (seed 004, Table 1): A leaders, B average,
 * C low, D unsatisfactory. Blue-to-orange ramp, readable with red-green colour blindness.
 * The paper prints group B with a Cyrillic В, and C with Cyrillic С; both spellings match.
 */
import type { T } from '../../i18n/useT.ts';

/** Quintile classes (core classScale.ts: Q1 = top fifth), on the same blue-to-orange ramp. */
const QUINTILE_COLOURS: Record<string, { bg: string; fg: string }> = {
  Q1: { bg: '#1f4e79', fg: '#ffffff' },
  Q2: { bg: '#6f9bd1', fg: '#0b1f35' },
  Q3: { bg: '#d9dde3', fg: '#1d2430' },
  Q4: { bg: '#f3d9a4', fg: '#4a3000' },
  Q5: { bg: '#e3a36f', fg: '#3b1d00' },
};

export function classColour(label: string): { bg: string; fg: string } {
  const q = QUINTILE_COLOURS[label];
  if (q) return q;
  const g = label.trim().charAt(0).toUpperCase();
  if (g === 'A' || g === 'А') return { bg: '#1f4e79', fg: '#ffffff' };
  if (g === 'B' || g === 'В') return { bg: '#6f9bd1', fg: '#0b1f35' };
  if (g === 'C' || g === 'С') return { bg: '#f3d9a4', fg: '#4a3000' };
  if (g === 'D') return { bg: '#e3a36f', fg: '#3b1d00' };
  return { bg: '#e5e7eb', fg: '#1d2430' };
}

/**
 * A class label as the user reads it: the core's quintile codes Q1..Q5 in the interface
 * language (К1 in Russian and Kazakh), every band label as written.
 */
export function classText(label: string, t: T): string {
  const m = /^Q([1-5])$/.exec(label);
  return m ? t('rating.quintile', { n: m[1] }) : label;
}

/** The tooltip of a quintile class; '' for a band. */
export function classTitle(label: string, t: T): string {
  const m = /^Q([1-5])$/.exec(label);
  return m ? t('rating.quintileTitle', { n: m[1] }) : '';
}
