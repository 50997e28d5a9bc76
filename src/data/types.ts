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
  /**
   * 1-based position of the column in the printed row, counting the № and label columns
   * where the table has them. Headers repeat (Table 6 of seed 004 prints `Рейтинг` twice), so
   * the transcription checker locates a figure by position and checks the header as well.
   */
  col?: number;
}

/** A passage of running text (no table): seed file, 1-based line range and the words quoted. */
export interface TextRef {
  seed: string;
  /** First and last line of the passage in the seed file, 1-based, inclusive. */
  lines: [number, number];
  /** The words exactly as printed (white space collapsed to single spaces). */
  quote: string;
}

/** One figure: the number, the text exactly as printed, and where it was printed. */
export interface Cell {
  /** Parsed number; null where the seed prints `-` or nothing (no data). */
  value: number | null;
  /** The figure exactly as printed in the seed text. */
  printed: string;
  source: Provenance;
  /**
   * Normalised text for a non-numeric cell, e.g. a rating class printed with Cyrillic letters
   * (`С+`, `В++`) normalised to Latin `C+`, `B++`. `value` is null for such cells.
   */
  text?: string;
  /**
   * The seed marks this figure (e.g. in bold). Set only where the text states the rule, as seed
   * 002 does for Table 2: "the loading with the largest absolute value in each row".
   */
  marked?: boolean;
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
  /** Titles where the label is not a region (industries, indicators); the region registry names regions. */
  title?: I18nText;
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

/**
 * A correction of row order applied while bundling: figures printed in one row that belong to
 * another region. Each cell keeps its printed row in `source.row`; this records why it moved.
 */
export interface RowAlignment {
  /** Seed table whose rows are realigned. */
  table: string;
  /** Column ids moved. */
  columns: string[];
  /** Printed row (№ as printed) -> region key the figures are assigned to. */
  printedRowToKey: Record<string, string>;
  /** Why, in one sentence per language. */
  reason: I18nText;
}

export interface TableDataset extends DatasetMeta {
  kind: 'table';
  columns: ColumnMeta[];
  /**
   * Text columns of a user's table (unit groups such as `Север`, `Юг`), kept apart from the
   * numeric `columns` so that no view offers them as indicators; their cells carry `text`
   * (value null). The data treatment reads them as group columns (core/composite/treatRating.ts).
   */
  textColumns?: ColumnMeta[];
  rows: TableRow[];
  /** Row realignments applied (innovation-2014: Table 4's derived columns). */
  alignments?: RowAlignment[];
}

/** A named place proposed in a seed, with coordinates from a named gazetteer. */
export interface Site {
  key: string;
  /** Name exactly as printed (inside the quotation marks). */
  name: string;
  /** English rendering of the name. */
  title: I18nText;
  /** City as printed, e.g. `г. Усть-Каменогорске` (the seed's case ending kept). */
  cityPrinted: string;
  city: I18nText;
  /** Region key in the dataset's scheme. */
  region: string;
  lon: number;
  lat: number;
  source: TextRef;
}

export interface SitesDataset extends DatasetMeta {
  kind: 'sites';
  /** Where the coordinates come from (the seed gives names only). */
  coordinateSource: string;
  sites: Site[];
}

/** One published group of regions with the lists that describe it. */
export interface RegionGroup {
  /** 1-based group number in the order the seed describes them. */
  id: number;
  /** Region keys in the dataset's scheme. */
  members: string[];
  /** Members as printed in the figure. */
  membersPrinted: TextRef;
  /** Innovation infrastructure as printed in the figure, item by item. */
  infrastructure: string[];
  /** The figure's infrastructure box (quote: its heading). */
  figure: TextRef;
  /** The paragraph(s) after the figure that describe the group (quote: the members sentence). */
  text: TextRef;
  /** Innovation infrastructure as the text after the figure lists it, item by item. */
  infrastructureText: string[];
  /**
   * The text's list (infrastructureText) in Russian and Kazakh, item by item: the project's
   * translation (the paper prints English only; English readers get the list as printed).
   */
  infrastructureTranslated: { ru: string[]; kk: string[] };
}

export interface GroupsDataset extends DatasetMeta {
  kind: 'groups';
  groups: RegionGroup[];
}
