/**
 * How a boundary file and a table fit together, by region code: which regions have both a
 * shape and data, which shapes have no data, which rows have no shape. The map shows the first
 * group; the other two are listed so the user can fix names or pick another file.
 */

export interface JoinReport {
  /** Codes with both a feature and a table row. */
  matched: string[];
  /** Features whose code (or label, when unmatched) has no table row. */
  featuresWithoutData: { feature: number; code: string | null; label: string }[];
  /** Table codes with no feature. */
  dataWithoutFeatures: string[];
}

/** Set comparison of feature codes with table codes (exact match on ISO codes). */
export function joinReport(
  features: { feature: number; code: string | null; label: string }[],
  tableCodes: string[],
): JoinReport {
  const table = new Set(tableCodes);
  const have = new Set(features.map((f) => f.code).filter((c): c is string => c !== null));
  return {
    matched: [...table].filter((c) => have.has(c)),
    featuresWithoutData: features.filter((f) => f.code === null || !table.has(f.code)),
    dataWithoutFeatures: [...table].filter((c) => !have.has(c)),
  };
}
