/**
 * GeoDa's GAL file (contiguity neighbours; Anselin, GeoDa documentation "Weights file
 * formats"): a header line, either `n` or `0 n layer idVariable`, then per unit two lines,
 * `id k` and the k neighbour ids separated by spaces. Ids are written as they are, so they
 * must not contain white space. Weights from a GAL file are binary before styling.
 */
import type { Issue, Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';
import { weightsFromNeighbours, type SpatialWeights, type WeightsStyle } from './spatialWeights.ts';

export function writeGal(w: SpatialWeights, layer = 'atlas', idVariable = 'id'): string {
  const lines = [`0 ${w.ids.length} ${layer} ${idVariable}`];
  w.neighbours.forEach((row, i) => {
    lines.push(`${w.ids[i]} ${row.length}`);
    lines.push(row.map((j) => w.ids[j]).join(' '));
  });
  return lines.join('\n') + '\n';
}

function issue(
  code: string,
  message: string,
  file: string,
  row?: number,
  params?: Issue['params'],
): Issue {
  return {
    code,
    severity: 'error',
    message,
    where: row ? { file, row } : { file },
    ...(params ? { params } : {}),
  };
}

/**
 * Reads a GAL file. `ids` (optional) fixes the unit order, e.g. the data's; otherwise the
 * file's order is used. Every problem is listed with its line number.
 */
export function readGal(
  text: string,
  file: string,
  style: WeightsStyle = 'W',
  ids?: readonly string[],
): Result<SpatialWeights> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: Issue[] = [];
  const head = (lines[0] ?? '').trim().split(/\s+/);
  const n = Number(head.length >= 2 ? head[1] : head[0]);
  if (!Number.isInteger(n) || n < 1) {
    return fail([issue('gal-header', 'Line 1 must give the number of units.', file, 1)]);
  }
  const fileIds: string[] = [];
  const lists: string[][] = [];
  let ln = 1;
  for (let u = 0; u < n; u++) {
    while (ln < lines.length && lines[ln].trim() === '') ln++;
    if (ln >= lines.length) {
      issues.push(
        issue('gal-short', `The header promises ${n} units; the file has ${u}.`, file, undefined, {
          count: n,
          found: u,
        }),
      );
      break;
    }
    const [id, kText, ...rest] = lines[ln].trim().split(/\s+/);
    const k = Number(kText);
    if (!Number.isInteger(k) || k < 0 || rest.length > 0) {
      issues.push(issue('gal-line', `Line ${ln + 1} must be "id count".`, file, ln + 1));
      return fail(issues);
    }
    ln++;
    let nbIds: string[] = [];
    if (k > 0) {
      nbIds = (lines[ln] ?? '').trim().split(/\s+/).filter(Boolean);
      if (nbIds.length !== k)
        issues.push(
          issue(
            'gal-count',
            `Line ${ln + 1} lists ${nbIds.length} neighbours of ${id}; line ${ln} says ${k}.`,
            file,
            ln + 1,
            { value: id, found: nbIds.length, count: k },
          ),
        );
      ln++;
    } else if (lines[ln] !== undefined && lines[ln].trim() === '') {
      ln++;
    }
    fileIds.push(id);
    lists.push(nbIds);
  }
  const order = ids ? [...ids] : fileIds;
  const index = new Map(order.map((id, i) => [id, i]));
  const nb: number[][] = order.map(() => []);
  fileIds.forEach((id, t) => {
    const i = index.get(id);
    if (i === undefined) {
      issues.push(
        issue('gal-unknown-id', `Unit ${id} of the file is not in the data.`, file, undefined, {
          value: id,
        }),
      );
      return;
    }
    for (const other of lists[t]) {
      const j = index.get(other);
      if (j === undefined)
        issues.push(
          issue(
            'gal-unknown-neighbour',
            `Neighbour ${other} of ${id} is not a unit of the file.`,
            file,
            undefined,
            { value: other, unit: id },
          ),
        );
      else if (j !== i && !nb[i].includes(j)) nb[i].push(j);
    }
  });
  if (issues.length) return fail(issues);
  return ok(weightsFromNeighbours(order, nb, { type: 'file', format: 'gal' }, style));
}
