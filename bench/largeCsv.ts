/**
 * A large indicator table as a Russian-locale Excel CSV (`;`, decimal commas): five real
 * regions, then rows named «Район N» that match no region (the case that froze the page:
 * one warning and one matching row per line). Used by bench/largeFile.ts and the browser test
 * test/e2e/largeImport.e2e.ts.
 */
const REGIONS = [
  'Акмолинская область',
  'г. Алматы',
  'Атырауская область',
  'Карагандинская область',
  'Костанайская область',
];

/** The CSV text with `rows` data rows (header not counted). */
export function largeCsv(rows: number): string {
  const lines = ['Регион;ВРП, млн тенге;Занятые, тыс. чел.;Инвестиции, млн тенге'];
  for (let i = 0; i < rows; i++) {
    const label = i < REGIONS.length ? REGIONS[i] : `Район ${i}`;
    const a = ((i * 137.31) % 100000).toFixed(2).replace('.', ',');
    lines.push(`${label};${a};${i % 977};${(i * 7) % 3100}`);
  }
  return lines.join('\n') + '\n';
}

/** Rows that make a file of about `bytes` bytes (UTF-8), from the size of a sample. */
export function rowsForBytes(bytes: number): number {
  const sample = new TextEncoder().encode(largeCsv(1000)).length / 1000;
  return Math.max(10, Math.round(bytes / sample));
}
