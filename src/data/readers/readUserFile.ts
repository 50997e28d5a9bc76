/**
 * The step from a file's bytes to the right reader, shared by the app's import and the CLI's
 * `--input`: it decides what the file is (indicator table, input-output table, boundaries,
 * project file) from its name and its first bytes, and reads it with the data layer's readers.
 * Never throws: every failure is a list of issues naming the file, row and column. Project
 * files belong to the state layer, so this step only recognises them (`options.isProject`)
 * and hands their parsed JSON back.
 */
import type { Issue, Result } from '../../core/index.ts';
import { parseJsonFile, type ImportedBoundaries } from './geojson.ts';
import { readGrid, type Grid } from './grid.ts';
import { buildIoTable, type IoTable } from './ioTable.ts';
import { MAX_TABLE_BYTES, MAX_BOUNDARY_BYTES, formatBytes } from './limits.ts';
import { buildIndicatorTable, type ImportedTable } from './indicatorTable.ts';
import { readBoundaries } from './readBoundaries.ts';

export type FileRead =
  | { kind: 'table'; grid: Grid; table: Result<ImportedTable>; warnings: Issue[] }
  | { kind: 'io'; grid: Grid; io: IoTable; warnings: Issue[] }
  | { kind: 'boundaries'; boundaries: Result<ImportedBoundaries> }
  | { kind: 'project'; json: unknown }
  | { kind: 'error'; issues: Issue[] };

export interface ReadUserFileOptions {
  /** Tells a project file from boundaries once the JSON is parsed. */
  isProject?: (json: unknown) => boolean;
  /**
   * Progress of a table's reading, 0..1: the CSV parse (chunk by chunk) up to 0.25, then the
   * region matching. For the import worker's progress bar.
   */
  onProgress?: (fraction: number) => void;
  /** Language of region names in the table's suggestions. */
  lang?: 'ru' | 'kk' | 'en';
}

/** File types the input accepts (extensions and MIME types). */
export const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.json,.geojson,.topojson,text/csv,text/plain,application/json,application/geo+json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ext = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();

/** First non-blank character after an optional byte-order mark, to tell JSON from CSV. */
function startsLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/** True for boundaries and project files (JSON); false for tables (CSV, TSV, XLSX). */
export function isJsonFile(bytes: Uint8Array, fileName: string): boolean {
  const e = ext(fileName);
  return (
    ['json', 'geojson', 'topojson'].includes(e) ||
    (!['csv', 'tsv', 'txt', 'xlsx'].includes(e) && startsLikeJson(bytes))
  );
}

/** A region table when some row names a region; an input-output table when that reads cleanly. */
function tableOrIo(grid: Grid, warnings: Issue[], options: ReadUserFileOptions = {}): FileRead {
  const progress = options.onProgress;
  const table = buildIndicatorTable(grid, {
    lang: options.lang,
    onProgress: progress && ((f) => progress(0.25 + 0.75 * f)),
  });
  const matched = table.ok && table.value.rows.some((r) => r.regionCode !== null);
  if (!matched) {
    const io = buildIoTable(grid);
    if (io.ok) return { kind: 'io', grid, io: io.value, warnings: [...warnings, ...io.warnings] };
  }
  return { kind: 'table', grid, table, warnings };
}

/** Reads a user's file of any accepted kind. */
export async function readUserFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadUserFileOptions = {},
): Promise<FileRead> {
  const e = ext(fileName);
  if (isJsonFile(bytes, fileName)) {
    if (bytes.length > MAX_BOUNDARY_BYTES) {
      return {
        kind: 'error',
        issues: [
          {
            code: 'file-too-large',
            severity: 'error',
            message: `The file is ${formatBytes(bytes.length)}; files up to ${formatBytes(MAX_BOUNDARY_BYTES)} can be imported.`,
            where: { file: fileName },
            params: { sizeBytes: bytes.length, limitBytes: MAX_BOUNDARY_BYTES },
          },
        ],
      };
    }
    const parsed = parseJsonFile(bytes, fileName);
    if (!parsed.ok) return { kind: 'error', issues: parsed.issues };
    if (options.isProject?.(parsed.value)) return { kind: 'project', json: parsed.value };
    return { kind: 'boundaries', boundaries: await readBoundaries(bytes, fileName) };
  }
  if (bytes.length > MAX_TABLE_BYTES) {
    return {
      kind: 'error',
      issues: [
        {
          code: 'file-too-large',
          severity: 'error',
          message: `The file is ${formatBytes(bytes.length)}; tables up to ${formatBytes(MAX_TABLE_BYTES)} can be imported.`,
          where: { file: fileName },
          params: { sizeBytes: bytes.length, limitBytes: MAX_TABLE_BYTES },
        },
      ],
    };
  }
  const progress = options.onProgress;
  const grid = await readGrid(
    bytes,
    fileName,
    e === 'tsv' ? { delimiter: '\t' } : {},
    progress && { onProgress: (f) => progress(0.25 * f) },
  );
  if (!grid.ok) return { kind: 'error', issues: grid.issues };
  const read = tableOrIo(grid.value, grid.warnings, options);
  progress?.(1);
  return read;
}
