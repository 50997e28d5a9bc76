/**
 * GeoDa's GWT file (distance-based weights): a header `0 n layer idVariable`, then one line
 * per directed link, `origin destination weight` (GeoDa writes the distance as the weight).
 * Reading keeps the weights as general weights: style `B` uses them as given, `W` divides
 * each row by its sum (spdep's `nb2listw(glist = ...)`).
 */
import type { Issue, Result } from '../issue.ts';
import { fail, ok } from '../issue.ts';
import { weightsFromNeighbours, type SpatialWeights, type WeightsStyle } from './spatialWeights.ts';

/** Writes the links with their weights; `values` (e.g. distances in km) replaces them if given. */
export function writeGwt(
  w: SpatialWeights,
  layer = 'atlas',
  idVariable = 'id',
  values?: ReadonlyArray<readonly number[]>,
): string {
  const lines = [`0 ${w.ids.length} ${layer} ${idVariable}`];
  w.neighbours.forEach((row, i) =>
    row.forEach((j, t) => {
      lines.push(`${w.ids[i]} ${w.ids[j]} ${(values ? values[i][t] : w.weights[i][t]).toString()}`);
    }),
  );
  return lines.join('\n') + '\n';
}

export function readGwt(
  text: string,
  file: string,
  style: WeightsStyle = 'W',
  ids?: readonly string[],
): Result<SpatialWeights> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = (lines[0] ?? '').trim().split(/\s+/);
  const n = Number(head.length >= 2 ? head[1] : head[0]);
  const issues: Issue[] = [];
  if (!Number.isInteger(n) || n < 1) {
    return fail([
      {
        code: 'gwt-header',
        severity: 'error',
        message: 'Line 1 must give the number of units.',
        where: { file, row: 1 },
      },
    ]);
  }
  const links: [string, string, number][] = [];
  const seen: string[] = [];
  const seenSet = new Set<string>();
  const note = (id: string) => {
    if (!seenSet.has(id)) {
      seenSet.add(id);
      seen.push(id);
    }
  };
  for (let ln = 1; ln < lines.length; ln++) {
    const t = lines[ln].trim();
    if (!t) continue;
    const parts = t.split(/\s+/);
    const v = Number(parts[2]);
    if (parts.length !== 3 || !Number.isFinite(v)) {
      issues.push({
        code: 'gwt-line',
        severity: 'error',
        message: `Line ${ln + 1} must be "origin destination weight".`,
        where: { file, row: ln + 1 },
      });
      continue;
    }
    links.push([parts[0], parts[1], v]);
    note(parts[0]);
    note(parts[1]);
  }
  const order = ids ? [...ids] : seen;
  const index = new Map(order.map((id, i) => [id, i]));
  const nb: number[][] = order.map(() => []);
  const gw: number[][] = order.map(() => []);
  for (const [a, b, v] of links) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) {
      issues.push({
        code: 'gwt-unknown-id',
        severity: 'error',
        message: `Link ${a} ${b}: ${i === undefined ? a : b} is not in the data.`,
        where: { file },
        params: { from: a, to: b, value: i === undefined ? a : b },
      });
      continue;
    }
    if (i === j) continue;
    nb[i].push(j);
    gw[i].push(v);
  }
  if (issues.length) return fail(issues);
  return ok(weightsFromNeighbours(order, nb, { type: 'file', format: 'gwt' }, style, gw));
}
