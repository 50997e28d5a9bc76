/**
 * A seed table as printed: each row an array of the printed texts from left to right, read into
 * Cells whose provenance names the seed, the table, the row (№ as printed, or the label where
 * the table has no № column), the column header and its position.
 */
import type { Cell } from '../types.ts';
import { cell } from './cell.ts';

export interface PrintedColumn {
  /** Column id in the dataset, e.g. `grp` or `S_D`. */
  id: string;
  /** 1-based position in the printed row (№ and label columns count). */
  col: number;
  /** Header exactly as printed. */
  header: string;
}

export interface PrintedTableSpec {
  seed: string;
  table: string;
  /** True where the first printed column is a № column. */
  numbered: boolean;
  columns: PrintedColumn[];
}

export interface PrintedRowCells {
  /** № as printed, or the label where the table has no № column. */
  row: string;
  label: string;
  cells: Record<string, Cell>;
}

/**
 * Reads printed rows into cells. Throws if a row is shorter than the columns it should hold,
 * which would be a transcription slip in the dataset file.
 */
export function readPrintedTable(
  spec: PrintedTableSpec,
  rows: ReadonlyArray<readonly string[]>,
): PrintedRowCells[] {
  return rows.map((texts) => {
    const label = spec.numbered ? texts[1] : texts[0];
    const row = spec.numbered ? texts[0] : label;
    const cells: Record<string, Cell> = {};
    for (const c of spec.columns) {
      const printed = texts[c.col - 1];
      if (printed === undefined) {
        throw new Error(`Table ${spec.table}, row ${row}: no printed text in column ${c.col}.`);
      }
      cells[c.id] = cell(printed, {
        seed: spec.seed,
        table: spec.table,
        row,
        column: c.header,
        col: c.col,
      });
    }
    return { row, label, cells };
  });
}
