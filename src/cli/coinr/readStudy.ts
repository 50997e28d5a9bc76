/**
 * Reads a COINr study for the CLI: `--idata` and `--imeta` (CSV or XLSX) through the app's
 * table readers, COINr's checks on both, and the index tree. Every problem of both files is
 * listed at once (file, row, column) in one DataError.
 */
import { readFileSync } from 'node:fs';
import { buildIndexTree, type IndexTree, type CoinData } from '../../core/index.ts';
import { describe, type CoinrProblem } from '../../data/coinr/coinrProblem.ts';
import { readIData } from '../../data/coinr/iData.ts';
import { checkIMeta, iMetaToNodes, readIMeta, type IMetaTable } from '../../data/coinr/iMeta.ts';
import { readGrid, type Grid } from '../../data/readers/grid.ts';
import { DataError, UsageError } from '../errors.ts';

export interface CoinrStudy {
  data: CoinData;
  meta: IMetaTable;
  tree: IndexTree;
}

async function grid(path: string): Promise<Grid> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UsageError(`cannot read '${path}'.`);
  }
  const name = path.split(/[\\/]/).pop() ?? path;
  const r = await readGrid(bytes, name);
  if (!r.ok) {
    throw new DataError(r.issues.map((i) => `${name}: ${i.message}`).join('\n'));
  }
  return r.value;
}

export async function readStudy(idata: unknown, imeta: unknown): Promise<CoinrStudy> {
  if (typeof idata !== 'string' || typeof imeta !== 'string') {
    throw new UsageError('give both --idata FILE and --imeta FILE (CSV or XLSX).');
  }
  const [gd, gm] = await Promise.all([grid(idata), grid(imeta)]);
  const m = readIMeta(gm);
  const problems: CoinrProblem[] = [...m.problems, ...checkIMeta(m.table)];
  const d = readIData(gd, m.table);
  problems.push(...d.problems);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new DataError(
      `${errors.length} problem(s) in the study:\n  ${errors.map((p) => describe(p)).join('\n  ')}`,
    );
  }
  const t = buildIndexTree(iMetaToNodes(m.table));
  if (!t.ok) {
    throw new DataError(
      `the index tree is not usable:\n  ${t.problems.map((p) => p.message).join('\n  ')}`,
    );
  }
  return { data: d.data, meta: m.table, tree: t.tree };
}
