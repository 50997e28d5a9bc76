import { auditCauseText, type AuditReason } from '../../i18n/auditCauses.ts';

/**
 * One difference the data audit found between a printed figure and the figure recomputed from
 * other printed figures (issue 2 item 7), and the shared rules for reporting it.
 */

export interface AuditFinding {
  /** Dataset id, e.g. `innovation-2014`. */
  dataset: string;
  /** Seed table as printed, e.g. `4`. */
  table: string;
  /** Row as printed: the № where the table has one, else the label. */
  row: string;
  /** Column id, e.g. `S_D`. */
  column: string;
  /** The figure as printed (its number), or the printed text of a non-numeric cell. */
  printed: number | string;
  recomputed: number;
  /** The most likely cause the evidence supports, in one or two sentences (English). */
  cause: string;
  /** The same cause as pieces with parameters, for the reader's language (i18n/auditCauses.ts). */
  reason: AuditReason[];
}

/** `cause` (English) and `reason` of a finding from its pieces. */
export function because(reason: AuditReason[]): Pick<AuditFinding, 'cause' | 'reason'> {
  return { cause: auditCauseText(reason, 'en'), reason };
}

/** Differences above this relative size are reported (1%). */
export const AUDIT_TOLERANCE = 0.01;

/** |printed - recomputed| / |recomputed|; Infinity where recomputed is 0 and printed is not. */
export function relativeDifference(printed: number, recomputed: number): number {
  if (recomputed === 0) return printed === 0 ? 0 : Infinity;
  return Math.abs(printed - recomputed) / Math.abs(recomputed);
}

/** True when the difference is over the audit tolerance. */
export function differs(printed: number, recomputed: number): boolean {
  return relativeDifference(printed, recomputed) > AUDIT_TOLERANCE;
}

/** Decimals shown in a printed figure: `2 063,15` -> 2. */
export function printedDecimals(printed: string): number {
  const i = printed.indexOf(',');
  return i < 0 ? 0 : printed.length - i - 1;
}

/**
 * A number the way the seeds print it (space thousands separator, decimal comma), so that a
 * cause can be compared with the printed page: 2063.154 -> `2 063,15`.
 */
export function formatPrinted(x: number, decimals: number): string {
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${x < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Rounds for output (findings carry recomputed values to 4 decimals, enough for any check). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
