/**
 * A bundled or user table as CSV rows: key, label, each column's figure (the parsed number, so a
 * spreadsheet can compute with it; the printed text where the cell is not a number, e.g. a class
 * label) and the row's provenance. Cells are neutralised by toCsv() (views/common/export.ts).
 */
import type { TableDataset } from '../../data/types.ts';
import type { CsvCell } from '../common/export.ts';

export function tableCsvRows(
  ds: TableDataset,
  lang: 'ru' | 'kk' | 'en',
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'key',
    'label',
    ...ds.columns.map(
      (c) => `${c.id} (${c.title[lang]}${c.unit[lang] ? `, ${c.unit[lang]}` : ''})`,
    ),
    'source_table',
    'source_row',
  ];
  const rows = ds.rows.map((r) => {
    const first = Object.values(r.cells)[0];
    return [
      r.key,
      r.label,
      ...ds.columns.map((c) => {
        const cell = r.cells[c.id];
        if (!cell) return null;
        return cell.value !== null ? cell.value : (cell.text ?? cell.printed);
      }),
      first?.source.table ?? null,
      first?.source.row ?? null,
    ];
  });
  return { header, rows };
}
