/** Shared shapes of bundled and imported data. */

export type Lang = 'ru' | 'kk' | 'en';
export type I18nText = Record<Lang, string>;

/** Where a printed figure comes from: seed file, table number and row as printed. */
export interface Provenance {
  /** Seed file name, e.g. `004_f07e76c9e779119f.txt`. */
  seed: string;
  /** Table number as the seed prints it, e.g. `4`. */
  table: string;
  /** Row as printed: the № column where there is one, otherwise the row label. */
  row: string;
  /** Column header as printed (or its short form). */
  column?: string;
}

/** One figure: the number, the text exactly as printed, and where it was printed. */
export interface Cell {
  /** Parsed number; null where the seed prints `-` or nothing (no data). */
  value: number | null;
  /** The figure exactly as printed in the seed text. */
  printed: string;
  source: Provenance;
}

export interface ColumnMeta {
  id: string;
  title: I18nText;
  unit: I18nText;
  /** For a derived column: the formula over other column ids, e.g. `grp / employed * 1000`. */
  formula?: string;
  /** Indicator direction for ratings. */
  direction?: 'higher' | 'lower';
}

export interface TableRow {
  /** Region ISO code in the dataset's scheme (e.g. `KZ-AKM`), or an industry/row id. */
  key: string;
  /** Row label exactly as printed. */
  label: string;
  cells: Record<string, Cell>;
}

export interface DatasetMeta {
  id: string;
  title: I18nText;
  /** Bibliographic source and seed file. */
  source: string;
  seed: string;
  tables: string[];
  units: I18nText;
  years: number[];
  /** What a reader must know: alignments, published vs recomputed, no-data markers. */
  notes: I18nText;
  /** Which region scheme `key` refers to, if the rows are regions. */
  scheme?: '2014' | 'current';
  /** True where the figures are results published by the authors, not inputs. */
  published?: boolean;
}

export interface TableDataset extends DatasetMeta {
  kind: 'table';
  columns: ColumnMeta[];
  rows: TableRow[];
}
