/**
 * GeoDa weights files on #/spatial: reading a GAL or GWT file for the units in use (core
 * readGal/readGwt: every problem with its line, ids checked against the boundaries) into the
 * task's FileWeights, and writing the weights in use as GAL (neighbours) or GWT (neighbours
 * with their weights in the spec's style).
 */
import {
  fail,
  ok,
  readGal,
  readGwt,
  writeGal,
  writeGwt,
  type Result,
  type SpatialWeights,
} from '../../core/index.ts';
import type { FileWeights, SpatialOutput } from '../../worker/protocol.ts';

/** The format by the file's extension, else by its lines (GWT: three fields a link). */
export function weightsFormat(name: string, text: string): 'gal' | 'gwt' | null {
  const ext = /\.(gal|gwt)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'gal' || ext === 'gwt') return ext;
  const second = text.split(/\r?\n/)[1]?.trim().split(/\s+/) ?? [];
  if (second.length === 3 && Number.isFinite(Number(second[2]))) return 'gwt';
  if (second.length === 2 && Number.isInteger(Number(second[1]))) return 'gal';
  return null;
}

/** Reads `text` (file `name`) as weights between the units `ids`. */
export function readWeightsFile(
  text: string,
  name: string,
  ids: readonly string[],
): Result<FileWeights> {
  const format = weightsFormat(name, text);
  if (!format)
    return fail([
      {
        code: 'weights-file-format',
        severity: 'error',
        message: 'A weights file must be GeoDa GAL (.gal) or GWT (.gwt).',
        where: { file: name },
      },
    ]);
  // Binary style keeps a GWT file's own weights; the analysis styles them as the spec says.
  const r = format === 'gal' ? readGal(text, name, 'B', ids) : readGwt(text, name, 'B', ids);
  if (!r.ok) return r;
  const w = r.value;
  const neighbours: Record<string, string[]> = {};
  const weights: Record<string, number[]> = {};
  w.ids.forEach((id, i) => {
    neighbours[id] = w.neighbours[i].map((j) => w.ids[j]);
    weights[id] = [...w.weights[i]];
  });
  return ok({ name, format, neighbours, ...(format === 'gwt' ? { weights } : {}) });
}

/** The weights in use as GAL or GWT text; ids with white space cannot be written. */
export function weightsFileText(
  model: Pick<SpatialOutput, 'ids' | 'neighbours' | 'weights'>,
  format: 'gal' | 'gwt',
  layer: string,
): string {
  const w: SpatialWeights = {
    ids: model.ids,
    kind: { type: 'file', format },
    style: 'W',
    neighbours: model.neighbours,
    weights: model.weights,
  };
  const safeLayer = layer.replace(/\s+/g, '_') || 'atlas';
  return format === 'gal' ? writeGal(w, safeLayer, 'id') : writeGwt(w, safeLayer, 'id');
}

/** True when every id can stand in a GAL/GWT line (no white space). */
export const writableIds = (ids: readonly string[]) => ids.every((id) => !/\s/.test(id));
