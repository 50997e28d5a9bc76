/**
 * Boundaries for the spatial statistics: any set of polygons (the bundled 16 regions, an
 * imported 20-region set, districts, a hexagon grid), read from GeoJSON or TopoJSON with the
 * same checks as the map's import (size, JSON syntax, geometry per feature), but keeping each
 * feature's own id and properties instead of matching it to the region registry, and a join
 * of a table's unit labels to the features: by the feature `id`, then by a `code` property,
 * then by a `name` property, and last, for Kazakh regions, through the region registry (so a
 * table keyed by Russian names finds ISO-coded boundaries). Every problem is listed at once.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { type Issue, type Result, fail, ok, type SpatialUnit } from '../../core/index.ts';
import { lookupRegion } from '../regions/lookup.ts';
import { isRecord } from '../validate/boundaryProperties.ts';
import { checkGeometry } from '../validate/geometry.ts';
import { parseJsonFile } from './geojson.ts';
import { MAX_BOUNDARY_FEATURES } from './limits.ts';
import type { BytesInput } from './decodeText.ts';

export interface SpatialFeature extends SpatialUnit {
  /** 1-based position in the file. */
  feature: number;
  properties: Record<string, unknown>;
}

function fileIssue(code: string, message: string, file: string): Issue {
  return { code, severity: 'error', message, where: { file } };
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** Reads polygons with their ids (feature id, else `id`/`code`/`name` property, else the position). */
export function readSpatialFeatures(
  input: BytesInput | string,
  file: string,
): Result<SpatialFeature[]> {
  const parsed = parseJsonFile(input, file);
  if (!parsed.ok) return parsed;
  let value = parsed.value;
  if (isRecord(value) && value.type === 'Topology' && isRecord(value.objects)) {
    try {
      const topo = value as unknown as Topology;
      const features: unknown[] = [];
      for (const key of Object.keys(topo.objects)) {
        const f = topoFeature(topo, topo.objects[key]) as unknown;
        if (isRecord(f) && Array.isArray(f.features)) features.push(...f.features);
        else features.push(f);
      }
      value = { type: 'FeatureCollection', features };
    } catch {
      return fail([fileIssue('bad-topology', 'The TopoJSON topology could not be read.', file)]);
    }
  }
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return fail([
      fileIssue(
        'not-geojson',
        'The file must be a GeoJSON FeatureCollection or a TopoJSON topology of polygons.',
        file,
      ),
    ]);
  }
  const raw = value.features as unknown[];
  if (raw.length > MAX_BOUNDARY_FEATURES) {
    return fail([
      fileIssue(
        'too-many-features',
        `The file has ${raw.length} features; up to ${MAX_BOUNDARY_FEATURES} can be used.`,
        file,
      ),
    ]);
  }
  if (raw.length === 0) return fail([fileIssue('no-features', 'The file has no features.', file)]);
  const issues: Issue[] = [];
  const out: SpatialFeature[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const n = i + 1;
    if (!isRecord(item) || item.type !== 'Feature') {
      issues.push({
        code: 'not-a-feature',
        severity: 'error',
        message: `Item ${n} of the features list is not a GeoJSON Feature.`,
        where: { file, feature: n },
      });
      return;
    }
    const g = checkGeometry(item.geometry, file, n, true);
    issues.push(...g.issues);
    if (!g.geometry) return;
    const props = isRecord(item.properties) ? item.properties : {};
    const id =
      text(item.id) || text(props.id) || text(props.code) || text(props.name) || `feature ${n}`;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate-feature-id',
        severity: 'error',
        message: `Features ${first} and ${n} have the same id '${id}'; each unit needs its own.`,
        where: { file, feature: n, property: 'id' },
        params: { first, feature: n, value: id },
      });
      return;
    }
    seen.set(id, n);
    out.push({ id, feature: n, properties: props, geometry: g.geometry });
  });
  if (issues.some((x) => x.severity === 'error')) return fail(issues);
  return ok(out, issues);
}

export interface SpatialJoin {
  /** units[t] is the feature of table row rows[t] (0-based data rows), id = the table label. */
  units: SpatialUnit[];
  rows: number[];
  /** Features no table row names (left out of the analysis). */
  unusedFeatures: string[];
}

/**
 * Joins table labels (first column) to features: feature id, then `code`, then `name`
 * property, then the region registry. `file` and `sheetRows` place problems (the row of each
 * label as a spreadsheet shows it; default: the header is row 1 and labels follow).
 */
export function joinSpatialFeatures(
  labels: readonly string[],
  features: readonly SpatialFeature[],
  file: string,
  sheetRows?: readonly number[],
): Result<SpatialJoin> {
  const byKey = [
    new Map(features.map((f) => [text(f.id), f])),
    new Map(features.map((f) => [text(f.properties.code), f])),
    new Map(features.map((f) => [text(f.properties.name), f])),
  ];
  const byRegion = new Map<string, SpatialFeature>();
  for (const f of features) {
    for (const key of [text(f.id), text(f.properties.code), text(f.properties.name)]) {
      if (!key) continue;
      const r = lookupRegion(key).region;
      if (r && !byRegion.has(r.id)) byRegion.set(r.id, f);
    }
  }
  const issues: Issue[] = [];
  const units: SpatialUnit[] = [];
  const rows: number[] = [];
  const used = new Map<SpatialFeature, number>();
  labels.forEach((label, t) => {
    const key = label.trim();
    let f: SpatialFeature | undefined;
    for (const m of byKey) {
      if (key && m.has(key)) {
        f = m.get(key);
        break;
      }
    }
    if (!f && key) {
      const r = lookupRegion(key).region;
      if (r) f = byRegion.get(r.id);
    }
    const row = sheetRows?.[t] ?? t + 2;
    if (!f) {
      issues.push({
        code: 'unit-not-in-boundaries',
        severity: 'error',
        message: `Row ${row}: '${key}' matches no feature of the boundaries by id, code or name.`,
        where: { file, row, column: 'A' },
        params: { value: key },
      });
      return;
    }
    const prev = used.get(f);
    if (prev !== undefined) {
      issues.push({
        code: 'duplicate-unit',
        severity: 'error',
        message: `Rows ${prev} and ${row} both name feature ${f.feature} ('${f.id}').`,
        where: { file, row, column: 'A' },
        params: { first: prev, row, feature: f.feature, value: f.id },
      });
      return;
    }
    used.set(f, row);
    units.push({ id: key, geometry: f.geometry });
    rows.push(t);
  });
  if (issues.length) return fail(issues);
  return ok({
    units,
    rows,
    unusedFeatures: features.filter((f) => !used.has(f)).map((f) => f.id),
  });
}
