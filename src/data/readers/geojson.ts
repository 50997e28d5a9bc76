/**
 * Boundary files in GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare
 * geometry. Each feature is validated (validate/geometry.ts), its region found through the
 * property that holds a code or a name (validate/boundaryProperties.ts, overridable), and its
 * `id` set to the region's ISO code in the detected scheme. Properties are kept as they are:
 * strings stay inert text (nothing here or in the map evaluates them as HTML or script).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Issue, Result } from '../../core/index.ts';
import { fail, ok } from '../../core/index.ts';
import type { Scheme } from '../regions/registry.ts';
import { regionByCode } from '../regions/registry.ts';
import {
  FEATURE_ID,
  guessBoundaryProperties,
  isRecord,
  propertyText,
} from '../validate/boundaryProperties.ts';
import { checkGeometry } from '../validate/geometry.ts';
import { joinReport, type JoinReport } from '../validate/joinReport.ts';
import { asBytes, decodeText, type BytesInput } from './decodeText.ts';
import { MAX_BOUNDARY_BYTES, MAX_BOUNDARY_FEATURES, formatBytes } from './limits.ts';
import { matchRegions, type RegionSuggestion } from './matchRegions.ts';
import { quote } from './place.ts';

export type RegionFeature = Feature<Polygon | MultiPolygon>;

export interface BoundaryReport {
  /** Features matched to a region. */
  matched: number;
  unmatched: { feature: number; label: string; suggestions: RegionSuggestion[] }[];
  /** Features naming a region an earlier feature already took. */
  duplicates: { feature: number; firstFeature: number; code: string }[];
  /** Units of the scheme with no feature. */
  missing: string[];
  /** Present when the caller passed a table's region codes. */
  join?: JoinReport;
}

export interface ImportedBoundaries {
  fileName: string;
  format: 'geojson' | 'topojson';
  /** TopoJSON: the object(s) read and all object names, for a picker. */
  objects?: string[];
  objectNames?: string[];
  scheme: Scheme;
  /** Property holding the code ('$id' = the feature's own id), null if none was found. */
  idProperty: string | null;
  nameProperty: string | null;
  /** Valid features; `id` is the region's ISO code where matched, otherwise absent. */
  features: RegionFeature[];
  /** Each feature's own `id` in the file (null where it had none): a unit set may key by it. */
  sourceIds?: (string | null)[];
  report: BoundaryReport;
}

export interface BoundaryOptions {
  /** Property with the region code ('$id' for the feature id); guessed when absent. */
  idProperty?: string;
  /** Property with the region name; guessed when absent. */
  nameProperty?: string;
  scheme?: Scheme;
  /** Close unclosed rings with a warning (default) instead of refusing them. */
  autoClose?: boolean;
  /** A table's region codes, for the join report. */
  tableCodes?: string[];
  /** TopoJSON: the object to read; all objects when absent. */
  object?: string;
}

function fileError(code: string, message: string, file: string, params?: Issue['params']): Issue {
  return params
    ? { code, severity: 'error', message, where: { file }, params }
    : { code, severity: 'error', message, where: { file } };
}

/** Bytes or text to a parsed JSON value with size and syntax checks. */
export function parseJsonFile(input: BytesInput | string, file: string): Result<unknown> {
  let text: string;
  let warnings: Issue[] = [];
  if (typeof input === 'string') {
    if (input.length > MAX_BOUNDARY_BYTES) return fail([tooLarge(input.length, file)]);
    text = input;
  } else {
    const bytes = asBytes(input);
    if (bytes.length > MAX_BOUNDARY_BYTES) return fail([tooLarge(bytes.length, file)]);
    const d = decodeText(bytes, file);
    if (!d.ok) return d;
    text = d.value.text;
    warnings = d.warnings.filter((w) => w.code !== 'encoding-windows-1251');
  }
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, warnings);
  } catch (e) {
    // JSON.parse's own message says where the syntax breaks; only its position is kept.
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const where = pos ? ` near character ${Number(pos[1]) + 1}` : '';
    return fail([
      fileError(
        'invalid-json',
        `The file is not valid JSON${where}. Export it again as GeoJSON or TopoJSON.`,
        file,
      ),
    ]);
  }
}

function tooLarge(n: number, file: string): Issue {
  return fileError(
    'file-too-large',
    `The file is ${formatBytes(n)}; boundary files up to ${formatBytes(MAX_BOUNDARY_BYTES)} can be imported. Simplify the geometry (for example with mapshaper) and try again.`,
    file,
    { sizeBytes: n, limitBytes: MAX_BOUNDARY_BYTES },
  );
}

/** Synchronous GeoJSON path of readBoundaries() for an already parsed value. */
export function geoJsonToBoundaries(
  value: unknown,
  fileName: string,
  options: BoundaryOptions = {},
): Result<ImportedBoundaries> {
  const list = featuresOf(value, fileName);
  if (!list.ok) return list;
  return importFeatures(list.value, fileName, 'geojson', options);
}

function featuresOf(value: unknown, file: string): Result<unknown[]> {
  if (!isRecord(value)) {
    return fail([
      fileError(
        'not-geojson',
        'The file is JSON but not GeoJSON: expected an object with "type": "FeatureCollection".',
        file,
      ),
    ]);
  }
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) {
      return fail([
        fileError('no-features', 'The FeatureCollection has no "features" list.', file),
      ]);
    }
    return ok(value.features);
  }
  if (value.type === 'Feature') return ok([value]);
  if (typeof value.type === 'string' && 'coordinates' in value) {
    return ok([{ type: 'Feature', properties: {}, geometry: value }]);
  }
  return fail([
    fileError(
      'not-geojson',
      `The file's "type" is ${typeof value.type === 'string' ? `'${quote(value.type, 40)}'` : 'missing'}; expected FeatureCollection, Feature or a geometry.`,
      file,
    ),
  ]);
}

/** Validates raw features, matches them to regions and builds the result (GeoJSON and TopoJSON). */
export function importFeatures(
  raw: unknown[],
  fileName: string,
  format: 'geojson' | 'topojson',
  options: BoundaryOptions,
  extra: Pick<ImportedBoundaries, 'objects' | 'objectNames'> = {},
): Result<ImportedBoundaries> {
  const file = fileName;
  if (raw.length > MAX_BOUNDARY_FEATURES) {
    return fail([
      fileError(
        'too-many-features',
        `The file has ${raw.length.toLocaleString('en')} features; up to ${MAX_BOUNDARY_FEATURES.toLocaleString('en')} can be imported.`,
        file,
        { count: raw.length, limit: MAX_BOUNDARY_FEATURES },
      ),
    ]);
  }
  if (raw.length === 0) return fail([fileError('no-features', 'The file has no features.', file)]);
  const issues: Issue[] = [];
  const kept: { n: number; f: RegionFeature }[] = [];
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
    if (item.properties !== null && item.properties !== undefined && !isRecord(item.properties)) {
      issues.push({
        code: 'bad-properties',
        severity: 'error',
        message: `Feature ${n}: "properties" must be an object.`,
        where: { file, feature: n, property: 'properties' },
      });
      return;
    }
    const g = checkGeometry(item.geometry, file, n, options.autoClose ?? true);
    issues.push(...g.issues);
    if (!g.geometry) return;
    const f: RegionFeature = {
      type: 'Feature',
      properties: isRecord(item.properties) ? { ...item.properties } : {},
      geometry: g.geometry,
    };
    if (typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id)))
      f.id = item.id;
    kept.push({ n, f });
  });
  const errors = issues.filter((x) => x.severity === 'error');
  if (errors.length > 0) return fail(issues);
  const warnings = issues;

  const guess = guessBoundaryProperties(raw.filter(isRecord));
  const keys = new Set<string>([FEATURE_ID]);
  for (const k of kept) for (const key of Object.keys(k.f.properties ?? {})) keys.add(key);
  for (const [opt, name] of [
    [options.idProperty, 'id'],
    [options.nameProperty, 'name'],
  ] as const) {
    if (opt !== undefined && !keys.has(opt)) {
      return fail([
        {
          code: 'unknown-property',
          severity: 'error',
          message: `No feature has a property '${quote(opt)}' to use as the region ${name}.`,
          where: { file, property: opt },
          params: { value: quote(opt) },
        },
      ]);
    }
  }
  const idProperty = options.idProperty ?? guess.idProperty;
  const nameProperty = options.nameProperty ?? guess.nameProperty;
  if (!idProperty && !nameProperty) {
    warnings.push({
      code: 'no-region-property',
      severity: 'warning',
      message:
        'No property of the features holds a region code or a name we recognise. Choose the property with the region names.',
      where: { file },
    });
  }
  const labels = kept.map(({ f }) => {
    const code = idProperty ? propertyText(f, idProperty) : '';
    if (code && safeCode(code)) return code;
    return (nameProperty ? propertyText(f, nameProperty) : '') || code;
  });
  const sourceIds = kept.map(({ f }) => (f.id === undefined ? null : String(f.id)));
  const matching = matchRegions(labels, options.scheme);
  const report: BoundaryReport = {
    matched: 0,
    unmatched: [],
    duplicates: [],
    missing: matching.missing,
  };
  const firstOf = new Map<number, number>();
  matching.matches.forEach((m, i) => {
    const { n, f } = kept[i];
    delete f.id;
    if (m.regionCode) {
      f.id = m.regionCode;
      report.matched++;
      firstOf.set(i, n);
      return;
    }
    if (m.duplicateOf !== undefined) {
      const first = kept[m.duplicateOf].n;
      const code = matching.matches[m.duplicateOf].regionCode ?? '';
      report.duplicates.push({ feature: n, firstFeature: first, code });
      warnings.push({
        code: 'duplicate-feature-region',
        severity: 'warning',
        message: `Features ${first} and ${n} are both ${code}; only feature ${first} is joined to data. If they are parts of one region, merge them into one MultiPolygon.`,
        where: { file, feature: n, property: (nameProperty ?? idProperty) || undefined },
        params: { first, feature: n, region: code },
      });
      return;
    }
    report.unmatched.push({ feature: n, label: m.label, suggestions: m.suggestions });
    const hint =
      m.suggestions.length > 0
        ? ` Did you mean ${m.suggestions
            .slice(0, 3)
            .map((s) => s.name)
            .join(', or ')}?`
        : '';
    warnings.push({
      code: m.label ? 'unmatched-feature' : 'unnamed-feature',
      severity: 'warning',
      params: { value: quote(m.label), regions: m.suggestions.slice(0, 3).map((s) => s.code) },
      message: m.label
        ? `Feature ${n}: '${quote(m.label)}' is not a region we know.${hint} It will be drawn without data.`
        : `Feature ${n} has no region code or name; it will be drawn without data.`,
      where: { file, feature: n, property: (nameProperty ?? idProperty) || undefined },
    });
  });
  if (options.tableCodes) {
    report.join = joinReport(
      kept.map(({ n, f }, i) => ({
        feature: n,
        code: typeof f.id === 'string' ? f.id : null,
        label: labels[i],
      })),
      options.tableCodes,
    );
  }
  return ok(
    {
      fileName,
      format,
      ...extra,
      scheme: matching.scheme,
      idProperty: idProperty ?? null,
      nameProperty: nameProperty ?? null,
      features: kept.map((k) => k.f),
      sourceIds,
      report,
    },
    warnings,
  );
}

function safeCode(s: string): boolean {
  return !!regionByCode(s);
}
