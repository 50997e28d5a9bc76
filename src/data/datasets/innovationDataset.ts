/**
 * The frame shared by seed 004's two innovation-rating inputs (2010: Tables 2 and 3; 2014:
 * Tables 4 and 5): each year is one printed receptivity table (GRP, productivity, employed,
 * fixed assets, emissions and the derived S_D, S_F, S_E) and one printed activity table
 * (R&D and innovation spending, innovative output and the derived S_A, S_B, S_C), read the
 * same way and joined by region. Only the figures, the notes and (for 2014) a realignment
 * differ, so they stay in innovation2010.ts and innovation2014.ts.
 */
import type { I18nText, RowAlignment, TableDataset } from '../types.ts';
import {
  ACTIVITY_COLUMNS,
  RECEPTIVITY_COLUMNS,
  activityPrintedColumns,
  receptivityPrintedColumns,
} from './innovationColumns.ts';
import { innovationRows } from './innovationRows.ts';
import { readPrintedTable, type PrintedTableSpec } from './printedTable.ts';
import { SEED_004, SOURCE_004 } from './sources.ts';

/** Seed 004's receptivity table `table` (2 or 4) as printed, № column first. */
export function receptivityTableSpec(table: string, headers: readonly string[]): PrintedTableSpec {
  return { seed: SEED_004, table, numbered: true, columns: receptivityPrintedColumns(headers) };
}

/** Seed 004's activity table `table` (3 or 5) as printed, № column first. */
export function activityTableSpec(table: string, headers: readonly string[]): PrintedTableSpec {
  return { seed: SEED_004, table, numbered: true, columns: activityPrintedColumns(headers) };
}

/** One printed table: how to read it and its rows exactly as printed. */
export interface PrintedInput {
  spec: PrintedTableSpec;
  rows: ReadonlyArray<readonly string[]>;
}

export interface InnovationDatasetParts {
  id: string;
  year: number;
  title: I18nText;
  receptivity: PrintedInput;
  activity: PrintedInput;
  notes: I18nText;
  /** A realignment of printed derived figures to regions (2014's Table 4), if any. */
  alignment?: RowAlignment;
}

/**
 * A year's innovation-rating input as one table dataset: the receptivity and activity
 * columns of docs/methods.md section 1 (formulas 1-4 read them), every cell keeping its printed
 * table and row.
 */
export function innovationDataset(p: InnovationDatasetParts): TableDataset {
  return {
    kind: 'table',
    id: p.id,
    title: p.title,
    source: SOURCE_004,
    seed: SEED_004,
    tables: [p.receptivity.spec.table, p.activity.spec.table],
    units: {
      ru: 'млн тенге, человек, тыс. тонн; показатели — в единицах каждого столбца',
      kk: 'млн теңге, адам, мың тонна; көрсеткіштер — әр бағанның өз бірлігінде',
      en: 'million tenge, persons, thousand tonnes; indicators in each column’s own unit',
    },
    years: [p.year],
    scheme: '2014',
    published: false,
    ...(p.alignment ? { alignments: [p.alignment] } : {}),
    notes: p.notes,
    columns: [...RECEPTIVITY_COLUMNS, ...ACTIVITY_COLUMNS],
    rows: innovationRows(
      readPrintedTable(p.receptivity.spec, p.receptivity.rows),
      readPrintedTable(p.activity.spec, p.activity.rows),
      p.alignment,
    ),
  };
}
