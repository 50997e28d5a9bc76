/**
 * "Next" industries of a region (Hidalgo et al. 2007; Hausmann et al. 2011, "opportunity"):
 * the industries in which the region is not yet specialised (M_ri = 0), ranked by relatedness
 * density d_ri (relatednessDensity.ts), highest first; ties by industry complexity (PCI,
 * higher first), then by name. The first `limit` (default 5) are returned.
 */
export interface NextIndustry {
  industry: string;
  index: number;
  density: number;
  pci: number | null;
}

export function nextIndustries(
  industries: readonly string[],
  m: readonly number[],
  density: readonly (number | null)[],
  pci: readonly (number | null)[],
  limit = 5,
): NextIndustry[] {
  return industries
    .map((industry, index) => ({ industry, index, density: density[index], pci: pci[index] }))
    .filter((x): x is NextIndustry => m[x.index] === 0 && x.density !== null)
    .sort(
      (a, b) =>
        b.density - a.density ||
        (b.pci ?? -Infinity) - (a.pci ?? -Infinity) ||
        (a.industry < b.industry ? -1 : a.industry > b.industry ? 1 : 0),
    )
    .slice(0, limit);
}
