/**
 * Row labels that name the nation rather than a region ('Республика Казахстан', 'Қазақстан
 * Республикасы', 'Total', ...): the Bureau of National Statistics prints such a row above the
 * regions (docs/methods.md, "Today's regions and the crosswalk to 2014"). Such rows are kept as
 * the national total and never enter an analysis as a region.
 */
export const TOTAL_LABELS =
  /^(всего|итого|total|all regions|kazakhstan|republic of kazakhstan|the republic of kazakhstan|rk|рк|казахстан|республика казахстан|по республике|по республике казахстан|қазақстан|қазақстан республикасы|барлығы|жиыны)$/i;

/** Whether a row label names the national total (spaces and a trailing colon ignored). */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS.test(
    label
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/[:.]$/, '')
      .trim(),
  );
}
