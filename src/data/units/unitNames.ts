/**
 * The names of the units of the boundary set in use when it is a unit registry (districts,
 * hexagons: unitRegistry.ts), for every place that shows a unit by its code (rating table, map
 * labels and tooltips, clustering, spatial views). Set by the app when the active boundary set
 * changes (startApp.tsx); empty otherwise, so region names are never shadowed.
 */
import type { UnitRegistry } from './unitRegistry.ts';

let names = new Map<string, string>();
let current: UnitRegistry | null = null;

/** Uses `reg`'s names from now on (null: none). */
export function setUnitNames(reg: UnitRegistry | null | undefined): void {
  if ((reg ?? null) === current) return;
  current = reg ?? null;
  names = new Map((reg?.units ?? []).map((u) => [u.code, u.name]));
}

/** The name of a unit of the active unit registry, or undefined. */
export function unitName(code: string): string | undefined {
  return names.get(code);
}
