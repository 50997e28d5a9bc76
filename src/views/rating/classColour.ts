/**
 * Badge colours for the paper's class groups (seed 004, Table 1): A leaders, B average,
 * C low, D unsatisfactory. Blue-to-orange ramp, readable with red-green colour blindness.
 * The paper prints group B with a Cyrillic В, and C with Cyrillic С; both spellings match.
 */
export function classColour(label: string): { bg: string; fg: string } {
  const g = label.trim().charAt(0).toUpperCase();
  if (g === 'A' || g === 'А') return { bg: '#1f4e79', fg: '#ffffff' };
  if (g === 'B' || g === 'В') return { bg: '#6f9bd1', fg: '#0b1f35' };
  if (g === 'C' || g === 'С') return { bg: '#f3d9a4', fg: '#4a3000' };
  if (g === 'D') return { bg: '#e3a36f', fg: '#3b1d00' };
  return { bg: '#e5e7eb', fg: '#1d2430' };
}
