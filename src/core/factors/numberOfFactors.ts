/**
 * How many components to keep: Kaiser's rule (eigenvalue > 1, Kaiser 1960; SPSS FACTOR's
 * default MINEIGEN(1); docs/methods.md section 4) unless the user picks a number in 1..p.
 */
import { FactorError } from './factorError.ts';

/** `chosen` null = Kaiser; at least 1 is kept even if no eigenvalue exceeds 1. */
export function numberOfFactors(eigenvalues: readonly number[], chosen: number | null): number {
  const p = eigenvalues.length;
  if (chosen === null) {
    const k = eigenvalues.filter((v) => v > 1).length;
    return Math.max(1, k);
  }
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > p) {
    throw new FactorError(
      'nfactors-out-of-range',
      `The number of factors must be a whole number from 1 to ${p} (the number of variables); got ${chosen}.`,
      [
        {
          code: 'nfactors-out-of-range',
          severity: 'error',
          message: `The number of factors must be a whole number from 1 to ${p}; got ${chosen}.`,
          where: { field: 'factors.nfactors' },
          params: { max: p, value: String(chosen) },
        },
      ],
    );
  }
  return chosen;
}
