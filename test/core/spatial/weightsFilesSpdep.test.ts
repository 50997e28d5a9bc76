/**
 * GeoDa GAL and GWT files against R spdep 1.2-7 (test/fixtures/spatial/make_weights_files.R):
 * our readers read spdep's write.nb.gal / write.sn2gwt files to spdep's own lists and
 * distances, and spdep's read.gal / read.gwt2nb read our writers' files
 * (make_weights_files.ts) to the same lists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGal, writeGal } from '../../../src/core/spatial/galFile.ts';
import { greatCircleKm } from '../../../src/core/spatial/greatCircle.ts';
import { readGwt, writeGwt } from '../../../src/core/spatial/gwtFile.ts';
import { weightsFromNeighbours } from '../../../src/core/spatial/spatialWeights.ts';
import { readWeightsFile } from '../../../src/views/spatial/weightsFile.ts';
import { fixtureDir, spdep } from './fixtures.ts';

const files = JSON.parse(readFileSync(`${fixtureDir}spdep_weights_files.json`, 'utf8')) as {
  ids: string[];
  spdep_gal: Record<string, string[]>;
  atlas_gal: Record<string, string[]>;
  spdep_gwt: { neighbours: Record<string, string[]>; dist: Record<string, number[]> };
  atlas_gwt: { neighbours: Record<string, string[]>; dist: Record<string, number[]> };
  grid20_ids: string[];
  grid20_rook: Record<string, string[]>;
};
const text = (name: string) => readFileSync(`${fixtureDir}${name}`, 'utf8');
const ids = spdep.kz16.ids;
const byId = (w: { ids: string[]; neighbours: number[][] }) =>
  Object.fromEntries(w.ids.map((id, i) => [id, w.neighbours[i].map((j) => w.ids[j]).sort()]));
const sorted = (m: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v].sort()]));

describe('GAL and GWT files against spdep', () => {
  it("reads spdep's write.nb.gal file to spdep's read.gal lists (= poly2nb queen)", () => {
    const r = readGal(text('spdep_kz16_queen.gal'), 'spdep_kz16_queen.gal', 'B', ids);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    expect(byId(r.value)).toEqual(sorted(files.spdep_gal));
    expect(byId(r.value)).toEqual(sorted(spdep.kz16.queen.neighbours));
  });

  it("writes a GAL file spdep's read.gal reads to the same lists", () => {
    const lists = ids.map((id) => spdep.kz16.queen.neighbours[id].map((o) => ids.indexOf(o)));
    const w = weightsFromNeighbours(ids, lists, { type: 'file', format: 'gal' }, 'B');
    expect(writeGal(w, 'kz16', 'code')).toBe(text('atlas_kz16_queen.gal'));
    expect(sorted(files.atlas_gal)).toEqual(sorted(spdep.kz16.queen.neighbours));
  });

  it("reads spdep's GWT file to read.gwt2nb's lists and distances", () => {
    const r = readGwt(text('spdep_kz16_knn4.gwt'), 'spdep_kz16_knn4.gwt', 'B', ids);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    expect(byId(r.value)).toEqual(sorted(files.spdep_gwt.neighbours));
    expect(byId(r.value)).toEqual(sorted(spdep.kz16.knn.neighbours));
    r.value.ids.forEach((id, i) => {
      const ref = files.spdep_gwt.neighbours[id];
      r.value.neighbours[i].forEach((j, t) => {
        const d = files.spdep_gwt.dist[id][ref.indexOf(r.value.ids[j])];
        expect(Math.abs(r.value.weights[i][t] - d) / d).toBeLessThan(1e-14);
      });
    });
  });

  it("writes a GWT file spdep's read.gwt2nb reads to the same links and distances", () => {
    const lists = ids.map((id) => spdep.kz16.knn.neighbours[id].map((o) => ids.indexOf(o)));
    const w = weightsFromNeighbours(ids, lists, { type: 'knn', k: 4 }, 'B');
    const c = spdep.kz16.centroids;
    const km = lists.map((row, i) =>
      row.map((j) => Math.round(greatCircleKm(c[i], c[j]) * 1e6) / 1e6),
    );
    expect(writeGwt(w, 'kz16', 'code', km)).toBe(text('atlas_kz16_knn4.gwt'));
    expect(sorted(files.atlas_gwt.neighbours)).toEqual(sorted(spdep.kz16.knn.neighbours));
    // Our great-circle km (written to 6 decimals) against spdep's nbdists.
    for (const id of ids) {
      files.atlas_gwt.dist[id].forEach((d, t) => {
        const ref =
          files.spdep_gwt.dist[id][
            files.spdep_gwt.neighbours[id].indexOf(files.atlas_gwt.neighbours[id][t])
          ];
        expect(Math.abs(d - ref)).toBeLessThan(1e-6);
      });
    }
  });

  it("the browser test's GAL (spdep's rook lists of the 20-unit grid) reads for the grid's units", () => {
    const gal = readFileSync('test/fixtures/e2e/grid-current-20-rook.gal', 'utf8');
    const r = readWeightsFile(gal, 'grid-current-20-rook.gal', files.grid20_ids);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    expect(r.value.format).toBe('gal');
    expect(sorted(r.value.neighbours)).toEqual(sorted(files.grid20_rook));
    const wrongUnits = readWeightsFile(gal, 'x.gal', files.grid20_ids.slice(1));
    expect(!wrongUnits.ok && wrongUnits.issues.map((i) => i.code)).toContain('gal-unknown-id');
    const notWeights = readWeightsFile('hello\nworld\n', 'notes.txt', files.grid20_ids);
    expect(!notWeights.ok && notWeights.issues.map((i) => i.code)).toEqual(['weights-file-format']);
  });
});
