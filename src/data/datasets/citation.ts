/**
 * How a bundled table is cited where a user or a reader sees it: author, year, table
 * (docs/methods.md, "Sources: the five studies"), never the seed file's internal name. The
 * extracted texts of seeds 002, 003 and 004 do not print the year of publication, so those
 * citations say "n.d." (no date) rather than guess one; seed 000's "For citation" line gives 2022.
 */
import { SEED_000, SEED_002, SEED_003, SEED_004 } from './sources.ts';
import type { DatasetMeta } from '../types.ts';

interface Study {
  author: string;
  year: number | null;
}

const STUDIES: Record<string, Study> = {
  [SEED_000]: { author: 'Abzalbek G.A.', year: 2022 },
  [SEED_002]: { author: 'Kozlova, Denisova', year: null },
  [SEED_003]: { author: 'Turekulova D.M., Mukhambetova L.K., Chimgentbaeva G.K.', year: null },
  [SEED_004]: { author: 'Kireeva A.A.', year: null },
};

/** "Kireeva A.A. (n.d.), Tables 2, 3" for a seed file and the tables taken from it. */
export function citation(seed: string, tables: readonly string[]): string {
  const study = STUDIES[seed];
  const who = study ? `${study.author} (${study.year ?? 'n.d.'})` : 'unknown source';
  if (tables.length === 0) return who;
  return `${who}, ${tables.length === 1 ? 'Table' : 'Tables'} ${tables.join(', ')}`;
}

/** The citation of a bundled dataset (its seed and tables). */
export function datasetCitation(ds: Pick<DatasetMeta, 'seed' | 'tables'>): string {
  return citation(ds.seed, ds.tables);
}
