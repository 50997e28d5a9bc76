/**
 * Which data an export came from, as its metadata says it (issue 8, "user data never wear the
 * paper's clothes"; docs/architecture.md, "The spec"): a user's file by its name and SHA-256,
 * or a bundled table by its citation (author, year, table), never an internal dataset id.
 */
import type { AnalysisSpec } from '../../core/index.ts';
import { getDataset } from '../../data/datasets/catalogue.ts';
import { datasetCitation } from '../../data/datasets/citation.ts';

export type ExportSource =
  | { kind: 'user'; fileName: string; sha256?: string; rows?: number }
  | { kind: 'bundled'; citation: string; datasetId?: string };

/** A bundled dataset by id, cited; undefined for an id the catalogue does not know. */
export function bundledSource(datasetId: string): ExportSource | undefined {
  const ds = getDataset(datasetId);
  return ds ? { kind: 'bundled', citation: datasetCitation(ds), datasetId } : undefined;
}

/** The table the spec's rating, map and profile run on. */
export function specSource(spec: AnalysisSpec): ExportSource | undefined {
  // Partial specs (older exports in tests, hand-written documents) may lack the data section.
  const t = spec.data?.table;
  if (!t) return undefined;
  if (t.source === 'user') {
    return { kind: 'user', fileName: t.fileName, sha256: t.sha256, rows: t.rows };
  }
  return bundledSource(`${t.dataset}-${spec.data.year}`);
}

/** `# key`, value lines of the metadata block: the data, and user boundaries when in use. */
export function sourceLines(
  src: ExportSource | undefined,
  spec: AnalysisSpec | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  if (src?.kind === 'user') {
    out.push(['data', src.fileName]);
    if (src.sha256) out.push(['sha256', src.sha256]);
    if (src.rows !== undefined) out.push(['rows', String(src.rows)]);
  } else if (src?.kind === 'bundled') {
    out.push(['data', src.citation]);
  }
  const b = spec?.data?.boundaries;
  if (b?.source === 'user') {
    out.push(['boundaries', b.fileName], ['boundaries_sha256', b.sha256]);
  }
  return out;
}

/** A file-name part naming the data: the user's file name without its extension, else ''. */
export function sourceStem(src: ExportSource | undefined): string {
  return src?.kind === 'user' ? src.fileName.replace(/\.[^.]+$/, '') : '';
}
