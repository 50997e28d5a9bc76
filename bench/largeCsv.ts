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

/** The CSV text with `rows` data rows (header not counted) and `extra` more numeric columns. */
export function largeCsv(rows: number, extra = 0): string {
  const head = ['Регион', 'ВРП, млн тенге', 'Занятые, тыс. чел.', 'Инвестиции, млн тенге'];
  for (let k = 1; k <= extra; k++) head.push(`Показатель ${k}`);
  const lines = [head.join(';')];
  for (let i = 0; i < rows; i++) {
    const label = i < REGIONS.length ? REGIONS[i] : `Район ${i}`;
    const a = ((i * 137.31) % 100000).toFixed(2).replace('.', ',');
    const cells = [label, a, String(i % 977), String((i * 7) % 3100)];
    for (let k = 1; k <= extra; k++)
      cells.push((((i + k) * 31.7) % 1000).toFixed(1).replace('.', ','));
    lines.push(cells.join(';'));
  }
  return lines.join('\n') + '\n';
}

/** Rows that make a file of about `bytes` bytes (UTF-8), from the size of a sample. */
export function rowsForBytes(bytes: number, extra = 0): number {
  const sample = new TextEncoder().encode(largeCsv(1000, extra)).length / 1000;
  return Math.max(10, Math.round(bytes / sample));
}
