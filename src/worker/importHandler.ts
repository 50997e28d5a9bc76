/**
 * What the import worker does with each message (worker/import.worker.ts wires it to `self`;
 * unit tests to a stand-in): read a file (worker/readForImport.ts), or take a grid's rows in
 * slices and build its table again with the preview's options, posting progress, the rows in
 * slices and the rest (worker/importProtocol.ts).
 */
import { collapseIssues } from '../core/index.ts';
import type { GridCell } from '../data/readers/grid.ts';
import { buildIndicatorTable } from '../data/readers/indicatorTable.ts';
import {
  builtSlices,
  replySlices,
  type ImportReply,
  type ImportRequest,
  type RebuildRequest,
} from './importProtocol.ts';
import { readForImport } from './readForImport.ts';

/** A handler for one worker's messages; `post` sends a reply to the page. */
export function importHandler(post: (r: ImportReply) => void) {
  const gridRows: GridCell[][][] = [];
  // At most ~100 progress messages.
  let last = -1;
  const onProgress = (f: number) => {
    if (f - last >= 0.01 || f >= 1) {
      last = f;
      post({ type: 'progress', fraction: f });
    }
  };
  return async (m: ImportRequest | RebuildRequest): Promise<void> => {
    try {
      if ('type' in m && m.type === 'grid-rows') {
        gridRows.push(m.rows);
        return;
      }
      if ('type' in m && m.type === 'rebuild') {
        const grid = { ...m.grid, rows: gridRows.flat() };
        const built = buildIndicatorTable(grid, { ...m.options, lang: m.lang, onProgress });
        // Identical issues folded, as the first reading folds them (readForImport.ts).
        const folded = built.ok
          ? { ...built, warnings: collapseIssues(built.warnings) }
          : { ...built, issues: collapseIssues(built.issues) };
        for (const reply of builtSlices(folded)) post(reply);
        return;
      }
      const { bytes, fileName, lang } = m as ImportRequest;
      const result = await readForImport(new Uint8Array(bytes), fileName, lang, onProgress);
      for (const reply of replySlices(result)) post(reply);
    } catch (e) {
      // The worker's boundary: a fault in the atlas's own reading code. The page says so in the
      // user's language (internal-error); the details go to the console for a bug report.
      console.error('atlas: the import worker failed', e);
      post({ type: 'failed' });
    }
  };
}
