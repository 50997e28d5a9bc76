/**
 * What the import worker does with a table file (CSV, TSV, XLSX): read it with the app's reader
 * (data/readers/readUserFile.ts: parse in chunks, match the regions, check every cell) with
 * progress, hash its bytes, and fold identical issues (core/collapseIssues.ts) so that a file
 * with 40,000 identical warnings sends one line, not 40,000, to the page. A table of two or more
 * years (data/readers/panelTable.ts, issue 11) is recognised here too, so that a large panel
 * file never ties up the page either. Also the in-thread fallback where no Worker exists (unit
 * tests, Node).
 */
import { collapseIssues, type Issue, type Result } from '../core/index.ts';
import { buildPanelTable, panelLayout, type PanelTable } from '../data/readers/panelTable.ts';
import type { Grid } from '../data/readers/grid.ts';
import { readUserFile, type FileRead } from '../data/readers/readUserFile.ts';
import { sha256Hex } from '../data/sha256.ts';

export interface ImportRead {
  read: FileRead;
  /** SHA-256 of the bytes: how the study names the file (core/spec.ts, FileRef); '' when refused. */
  sha256: string;
  /**
   * The table as a panel of two or more years (a year column, or years as headers), with the
   * panel's own warnings; null for a table of one year (or one that is not a valid panel).
   */
  panel?: { table: PanelTable; warnings: Issue[] } | null;
}

/** The grid as a panel when it is one of two or more years (as the import panel uses it). */
export function multiYearPanel(grid: Grid): { table: PanelTable; warnings: Issue[] } | null {
  // The header decides the layout: a table of one year is not read row by row a second time.
  const layout = panelLayout(grid);
  if (layout !== 'long' && layout !== 'wide') return null;
  const panel = buildPanelTable(grid);
  return panel.ok && panel.value.layout !== 'cross-section' && panel.value.years.length > 1
    ? { table: panel.value, warnings: collapseIssues(panel.warnings) }
    : null;
}

function folded<T>(r: Result<T>): Result<T> {
  return r.ok
    ? { ok: true, value: r.value, warnings: collapseIssues(r.warnings) }
    : { ok: false, issues: collapseIssues(r.issues) };
}

export async function readForImport(
  bytes: Uint8Array,
  fileName: string,
  lang: 'ru' | 'kk' | 'en',
  onProgress?: (fraction: number) => void,
): Promise<ImportRead> {
  const read = await readUserFile(bytes, fileName, { onProgress, lang });
  // Hashed only once read: a refused 50 MB file is not hashed first.
  const sha256 = read.kind === 'error' ? '' : sha256Hex(bytes);
  switch (read.kind) {
    case 'table':
      return {
        sha256,
        panel: multiYearPanel(read.grid),
        read: { ...read, table: folded(read.table), warnings: collapseIssues(read.warnings) },
      };
    case 'io':
      return { sha256, read: { ...read, warnings: collapseIssues(read.warnings) } };
    case 'error':
      return { sha256, read: { kind: 'error', issues: collapseIssues(read.issues) } };
    default:
      return { sha256, read };
  }
}
