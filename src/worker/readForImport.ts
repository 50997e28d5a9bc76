/**
 * What the import worker does with a table file (CSV, TSV, XLSX): read it with the app's reader
 * (data/readers/readUserFile.ts: parse in chunks, match the regions, check every cell) with
 * progress, hash its bytes, and fold identical issues (core/collapseIssues.ts) so that a file
 * with 40,000 identical warnings sends one line, not 40,000, to the page. Also the in-thread
 * fallback where no Worker exists (unit tests, Node).
 */
import { collapseIssues } from '../core/collapseIssues.ts';
import type { Result } from '../core/issue.ts';
import { readUserFile, type FileRead } from '../data/readers/readUserFile.ts';
import { sha256Hex } from '../data/sha256.ts';

export interface ImportRead {
  read: FileRead;
  /** SHA-256 of the bytes: how the study names the file (core/spec.ts, FileRef); '' when refused. */
  sha256: string;
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
