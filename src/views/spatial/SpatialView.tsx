/**
 * #/spatial (issue 10): spatial weights from the boundaries in use (or a GeoDa GAL/GWT file
 * for them) with their summary and connectivity map, global and bivariate Moran's I, the
 * Moran scatter plot linked to the maps (LISA clusters; spatially constrained regions; the
 * variable, its spatial lag or Gi* z) by a shared brush, and the local statistics as a table,
 * each exported. The view joins the task input (spatialModel.ts) and hands it to the analysis
 * controller, which computes it in the worker for large inputs (state/analysisCompute.ts).
 * Settings live in the spec's `spatial` section, so links, project files and `atlas spatial`
 * carry them. Methods: docs/methods.md section 8 (spdep's and GeoDa's conventions).
 */
import { studyUnitsAreOwn } from '../../state/unitKind.ts';
import { OwnUnitsNotice } from '../common/OwnUnitsNotice.tsx';
import { scaleLinear } from 'd3-scale';
import { TypedNumber } from '../common/TypedNumber.tsx';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { KZ_2014 } from '../../data/boundaries/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { activeUserBoundaries } from '../../state/userData.ts';
import { binomial, type SpatialSpec } from '../../core/index.ts';
import { clusterColour } from '../clustering/clusterColours.ts';
import { spatialWords } from '../common/methodWords.ts';
import { Dendrogram } from '../clustering/Dendrogram.tsx';
import { figureOf, type LegendEntry } from '../common/figure.ts';
import { REGION_GROUPS } from '../../data/datasets/regionGroupsPublished.ts';
import { ratingTable } from '../../state/compute.ts';
import { numericColumns } from '../../state/analysisCompute.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { download, fileStem, toCsv } from '../common/export.ts';
import { exportMeta } from '../common/exportMeta.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { IssueText } from '../common/IssueText.tsx';
import { mapLayers } from '../map/layers.ts';
import { regionName } from '../map/regionName.ts';
import { NO_DATA } from '../map/palettes.ts';
import { lisaColour, LISA_KEYS } from './lisaColours.ts';
import { MoranScatter, type ScatterPoint } from './MoranScatter.tsx';
import {
  fileWeightsFor,
  spatialJob,
  type SpatialFeature,
  type SpatialModel,
} from './spatialModel.ts';
import { EMPTY_SPATIAL_OUTPUT } from '../../worker/protocol.ts';
import { spatialLayerFill, spatialLayerModel } from './spatialLayer.ts';
import { UnitMap } from './UnitMap.tsx';
import { readWeightsFile, weightsFileText, writableIds } from './weightsFile.ts';
import type { Issue } from '../../core/index.ts';
import './spatial.css';
import { studyOf } from '../../state/study.ts';

const WEIGHTS = ['queen', 'rook', 'knn:4', 'knn:6'] as const;
const METHODS: SpatialSpec['method'][] = ['schc', 'skater', 'maxp'];
/** Above this many units the SCHC dendrogram is not drawn: its leaves would be a solid band. */
export const DENDROGRAM_MAX_UNITS = 400;

/** Seed 003's published group of each of the 16 regions of 2014 (the ARI's reference). */
const SEED_003_GROUPS: ReadonlyMap<string, number> = new Map(
  REGION_GROUPS.flatMap((g) => g.members.map((m) => [m, g.id] as const)),
);

/** A round default floor: x to two significant figures, rounded down (at least 1e-9). */
export function roundFloor(x: number): number {
  if (!(x > 0)) return 1;
  const e = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.max(e, Math.floor(x / e + 1e-9) * e);
}

type Polys = FeatureCollection<Polygon | MultiPolygon>;

export default function SpatialView() {
  const t = useT();
  // The user's own units (districts, hexagons) are not called regions (state/unitKind.ts).
  const own = useAppStore(studyUnitsAreOwn);
  const store = useAppStoreApi();
  const spec = useAppStore((s) => s.spec);
  const setSpec = useAppStore((s) => s.setSpec);
  const sp = spec.spatial;
  const userBounds = useAppStore((s) => activeUserBoundaries(s.userData));
  const layers = useMemo(
    () => mapLayers({ rating: spec.rating, data: spec.data }),
    [spec.rating, spec.data],
  );
  const variable =
    layers.find((l) => l.id === sp.variable && !l.id.startsWith('spatial:')) ?? layers[0];
  // Layer values read the rating results, the year and the bundled data; their functions are
  // memoised on those, so the model recomputes only when one of them changes.
  const results = useAppStore((s) => s.results);
  const year = useAppStore((s) => s.view.year);
  const values = useMemo(
    () => variable.values(store.getState()),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [variable, results, year],
  );
  const indicatorValues = useMemo(
    () => layers.filter((l) => l.id.startsWith('ind:')).map((l) => l.values(store.getState())),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layers, results, year],
  );
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const [brushed, setBrushed] = useState<ReadonlySet<string>>(new Set());
  const scatterRef = useRef<SVGSVGElement | null>(null);
  const lisaRef = useRef<SVGSVGElement | null>(null);
  const clusterRef = useRef<SVGSVGElement | null>(null);
  const valueRef = useRef<SVGSVGElement | null>(null);
  const dendroRef = useRef<SVGSVGElement | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  const features: Polys = useMemo(
    () => (userBounds ? (userBounds.features as Polys) : (KZ_2014 as unknown as Polys)),
    [userBounds],
  );
  const units: SpatialFeature[] = useMemo(
    () =>
      features.features.map((f) => ({
        id: String(f.id),
        geometry: f.geometry as SpatialFeature['geometry'],
      })),
    [features],
  );
  const secondLayer = sp.second ? (layers.find((l) => l.id === sp.second) ?? null) : null;
  const secondValues = useMemo(
    () => (secondLayer ? secondLayer.values(store.getState()) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [secondLayer, results, year],
  );
  // Weights from a GAL/GWT file when the spec names one and this session has it loaded.
  const loadedFile = useAppStore((s) => s.spatialWeightsFile);
  const fileWeights = fileWeightsFor(sp, loadedFile, units);
  // Max-p's floor reads a column of the rating's table for the year in view, in its own units.
  const table = useAppStore((s) => ratingTable(s, s.view.year)?.ds ?? null);
  const floorColumns = useMemo(() => (table ? numericColumns(table) : []), [table]);
  const columnName = (id: string) => table?.columns.find((c) => c.id === id)?.title[t.lang] || id;
  const floorColumn =
    sp.floor && floorColumns.includes(sp.floor.variable) ? sp.floor.variable : null;
  const floorValues = useMemo(() => {
    if (!table || !floorColumn) return null;
    const m = new Map<string, number | null>();
    for (const r of table.rows) {
      const v = r.cells[floorColumn]?.value;
      m.set(r.key, typeof v === 'number' && Number.isFinite(v) ? v : null);
    }
    return m;
  }, [table, floorColumn]);
  const floorName = floorColumn ? columnName(floorColumn) : '';
  const floorMin = sp.floor?.min ?? 0;
  const job = useMemo(
    () =>
      spatialJob(units, values, indicatorValues, sp, secondValues, fileWeights, {
        floor:
          sp.method === 'maxp' && floorValues
            ? { values: floorValues, min: floorMin, name: floorName }
            : null,
        groups: SEED_003_GROUPS,
      }),
    [
      units,
      values,
      indicatorValues,
      sp,
      secondValues,
      fileWeights,
      floorValues,
      floorMin,
      floorName,
    ],
  );
  const setSpatialJob = useAppStore((s) => s.setSpatialJob);
  useEffect(() => setSpatialJob(job), [job, setSpatialJob]);
  const entry = useAppStore((s) => s.analyses.spatial);
  const model: SpatialModel = useMemo(
    () =>
      entry.basis === job && entry.output
        ? { ...entry.output, noData: job.noData }
        : { ...EMPTY_SPATIAL_OUTPUT, noData: job.noData },
    [entry, job],
  );
  const running = entry.basis !== job || entry.status === 'running';
  const [fileIssues, setFileIssues] = useState<Issue[]>([]);
  const layerModel = useMemo(() => spatialLayerModel(model, sp.layer), [model, sp.layer]);

  const edit = (patch: Partial<SpatialSpec>) =>
    setSpec({
      ...store.getState().spec,
      spatial: { ...store.getState().spec.spatial, ...patch },
    });
  const brush = (ids: string[], add: boolean) =>
    setBrushed((prev) => {
      if (!add) {
        // A click on the only brushed unit clears it.
        if (ids.length === 1 && prev.size === 1 && prev.has(ids[0])) return new Set();
        return new Set(ids);
      }
      const next = new Set(prev);
      for (const id of ids) {
        if (next.has(id)) next.delete(id);
        else next.add(id);
      }
      return next;
    });

  const name = (id: string) => regionName(id, t);
  const valueMapWhat =
    sp.layer === 'gistar'
      ? t('spatial.layer.gistar')
      : `${t(`spatial.layer.${sp.layer}`)}: ${variable.label(t)}`;
  const indexOf = useMemo(() => new Map(model.ids.map((id, i) => [id, i])), [model.ids]);
  // Each link once (i < j), between the two units' centroids.
  const connectivityLinks = useMemo(
    () =>
      model.neighbours.flatMap((row, i) =>
        row
          .filter((j) => j > i || !model.neighbours[j].includes(i))
          .map((j) => [model.centroids[i], model.centroids[j]] as const),
      ),
    [model.neighbours, model.centroids],
  );
  const a = model.analysis;
  const local = useMemo(() => new Map(a?.local.map((r) => [r.id, r]) ?? []), [a]);
  const cluster = useMemo(
    () => new Map(model.ids.map((id, i) => [id, model.clusters?.labels[i] ?? null])),
    [model],
  );
  const gi = useMemo(() => new Map(a?.getisOrd.map((g) => [g.id, g.z]) ?? []), [a]);
  const points: ScatterPoint[] = useMemo(() => {
    if (!a) return [];
    // z-scores with the population SD (n), as GeoDa's Moran scatter plot; the lag of z.
    const n = model.values.length;
    const mean = model.values.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(model.values.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
    const z = model.values.map((v) => (v - mean) / sd);
    return model.ids.map((id, i) => {
      const nb = model.neighbours[i];
      const lag = nb.length > 0 ? nb.reduce((s, j) => s + z[j], 0) / nb.length : 0;
      const row = local.get(id)!;
      return { id, z: z[i], lag, quadrant: row.quadrant, significant: row.significant };
    });
  }, [a, model, local]);

  const k = model.clusters?.k ?? sp.k;
  const lisaFill = (id: string) => {
    const r = local.get(id);
    return r ? lisaColour(r.significant ? r.quadrant : null) : NO_DATA;
  };
  // The group palette recorded in the spec (map.categorical), as on #/clustering.
  const palette = useAppStore((s) => s.view.categorical);
  const clusterFill = (id: string) => {
    const g = cluster.get(id);
    return g ? clusterColour(g, k, palette) : NO_DATA;
  };
  // The pseudo p floor (core pValueFloor): binding for the unit with the fewest neighbours.
  const floor = a
    ? {
        lo: Math.min(...a.local.map((r) => r.p_floor)),
        hi: Math.max(...a.local.map((r) => r.p_floor)),
        kmin: Math.min(...a.local.map((r) => r.neighbours)),
      }
    : null;

  const weightsKind = fileWeights
    ? `${fileWeights.name} (${fileWeights.format.toUpperCase()})`
    : sp.weights.startsWith('knn:')
      ? t('spatial.weights.knn', { k: sp.weights.slice(4) })
      : (WEIGHTS as readonly string[]).includes(sp.weights)
        ? t(`spatial.weights.${sp.weights}` as never)
        : sp.weights;
  // The method in words for each figure's subtitle (issue 15: every export is a figure).
  const words = (more: { lisa?: boolean; regions?: number } = {}) =>
    spatialWords(store.getState().spec, t, {
      variable: variable.label(t),
      weights: weightsKind,
      ...more,
    });
  const lisaLegend = (): LegendEntry[] =>
    LISA_KEYS.map((q) => ({
      colour: lisaColour(q),
      label: `${q ? t(`spatial.quad.${q}` as never) : t('spatial.quad.ns')} (${
        a
          ? a.local.filter((r) => (q ? r.significant && r.quadrant === q : !r.significant)).length
          : 0
      })`,
    }));
  const groupLegend = (): LegendEntry[] =>
    Array.from({ length: k }, (_, i) => ({
      colour: clusterColour(i + 1, k, palette),
      label: `${t('spatial.col.cluster')} ${i + 1}`,
    }));
  const meta = (title: string) =>
    exportMeta(title, () => studyOf(store.getState()), t, {
      variable: variable.label(t),
      weights: sp.weights,
    });
  const csv = () =>
    toCsv(
      [
        'ISO',
        t(own ? 'spatial.col.unit' : 'spatial.col.region'),
        t('spatial.col.value'),
        t('spatial.col.lag'),
        'Ii',
        'E[Ii]',
        'Var[Ii]',
        'z(Ii)',
        t('spatial.col.p'),
        t('spatial.col.padj'),
        'p_floor',
        t('spatial.col.quadrant'),
        'Gi*',
        t('spatial.col.cluster'),
        t('spatial.col.neighbours'),
      ],
      (a?.local ?? []).map((r) => [
        r.id,
        name(r.id),
        r.value,
        r.lag,
        r.Ii,
        r.expected,
        r.variance,
        r.z,
        r.p_permutation,
        r.p_adjusted,
        r.p_floor,
        r.significant ? t(`spatial.quad.${r.quadrant}` as never) : t('spatial.quad.ns'),
        gi.get(r.id) ?? null,
        cluster.get(r.id) ?? null,
        r.neighbours,
      ]),
      meta(t('spatial.table'))(),
    );
  const stem = (what: string) => fileStem('spatial', what, stemOfData, sp.weights);
  const fmt = (x: number, d = 3) => t.num(x, d);
  // A p floor to 4 significant digits: 1/969 = 0.001032 must not read as 0.001 = 1/1000.
  const fmtP = (x: number) => t.num(x, Math.max(3, 3 - Math.floor(Math.log10(x))));

  return (
    <section className="view analysis-view" aria-labelledby="spatial-title">
      <div className="view-head">
        <div>
          <h1 id="spatial-title">{t('spatial.title')}</h1>
          <p>{t('spatial.lead')}</p>
        </div>
        <ExportButtons
          name={stem('local')}
          meta={meta(t('spatial.table'))}
          csv={csv}
          testid="spatial-export"
        />
      </div>
      <OwnUnitsNotice />
      <div className="view-grid">
        <aside className="panel spatial-controls">
          <label className="field">
            <span>{t('spatial.variable')}</span>
            <select
              data-testid="spatial-variable"
              value={variable.id}
              onChange={(e) => edit({ variable: e.target.value })}
            >
              {layers
                .filter(
                  (l) => l.id !== 'class' && l.id !== 'rankChange' && !l.id.startsWith('spatial:'),
                )
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label(t)}
                  </option>
                ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.second')}</span>
            <select
              data-testid="spatial-second"
              value={secondLayer?.id ?? ''}
              onChange={(e) => edit({ second: e.target.value || null })}
            >
              <option value="">{t('spatial.secondNone')}</option>
              {layers
                .filter(
                  (l) =>
                    l.id !== 'class' &&
                    l.id !== 'rankChange' &&
                    !l.id.startsWith('spatial:') &&
                    l.id !== variable.id,
                )
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label(t)}
                  </option>
                ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.layer')}</span>
            <select
              data-testid="spatial-layer"
              value={sp.layer}
              onChange={(e) => edit({ layer: e.target.value as SpatialSpec['layer'] })}
            >
              {(['value', 'lag', 'gistar'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`spatial.layer.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.weights')}</span>
            <select
              data-testid="spatial-weights"
              value={sp.weights}
              onChange={(e) => edit({ weights: e.target.value })}
            >
              {(WEIGHTS as readonly string[]).includes(sp.weights) ? null : (
                <option value={sp.weights}>{sp.weights}</option>
              )}
              {WEIGHTS.map((w) => (
                <option key={w} value={w}>
                  {w.startsWith('knn:')
                    ? t('spatial.weights.knn', { k: w.slice(4) })
                    : t(`spatial.weights.${w}` as never)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.style')}</span>
            <select
              value={sp.style}
              onChange={(e) => edit({ style: e.target.value as SpatialSpec['style'] })}
            >
              <option value="W">{t('spatial.style.W')}</option>
              <option value="B">{t('spatial.style.B')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.islandsPolicy')}</span>
            <select
              data-testid="spatial-islands"
              value={sp.islands}
              onChange={(e) => edit({ islands: e.target.value as SpatialSpec['islands'] })}
            >
              <option value="nearest">{t('spatial.islandsPolicy.nearest')}</option>
              <option value="drop">{t('spatial.islandsPolicy.drop')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.weightsImport')}</span>
            <input
              type="file"
              accept=".gal,.gwt,text/plain"
              data-testid="weights-import"
              onChange={async (e) => {
                const input = e.currentTarget;
                const f = input.files?.[0];
                if (!f) return;
                const text = await f.text();
                input.value = '';
                const r = readWeightsFile(
                  text,
                  f.name,
                  units.map((u) => u.id),
                );
                if (!r.ok) {
                  setFileIssues(r.issues);
                  return;
                }
                setFileIssues([]);
                store.getState().setSpatialWeightsFile(r.value);
                edit({ weightsFile: { name: r.value.name, format: r.value.format } });
              }}
            />
          </label>
          {sp.weightsFile && (
            <p className="muted" data-testid="weights-file">
              {fileWeights
                ? t('spatial.weightsFromFile', {
                    name: sp.weightsFile.name,
                    format: sp.weightsFile.format.toUpperCase(),
                    n: Object.keys(fileWeights.neighbours).length,
                  })
                : t('spatial.weightsFileMissing', {
                    name: sp.weightsFile.name,
                    kind: sp.weights,
                  })}{' '}
              <button
                type="button"
                className="button secondary small"
                data-testid="weights-file-drop"
                onClick={() => {
                  setFileIssues([]);
                  edit({ weightsFile: null });
                }}
              >
                {t('spatial.weightsFileDrop')}
              </button>
            </p>
          )}
          <label className="field">
            <span>{t('spatial.adjust')}</span>
            <select
              data-testid="spatial-adjust"
              value={sp.adjust}
              onChange={(e) => edit({ adjust: e.target.value as SpatialSpec['adjust'] })}
            >
              {(['none', 'fdr', 'bonferroni'] as const).map((m) => (
                <option key={m} value={m}>
                  {t(`spatial.adjust.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.method')}</span>
            <select
              data-testid="spatial-method"
              value={sp.method}
              onChange={(e) => edit({ method: e.target.value as SpatialSpec['method'] })}
            >
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`spatial.method.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('spatial.k')}</span>
            <TypedNumber
              value={sp.k}
              min={2}
              max={Math.max(2, model.ids.length - 1)}
              integer
              label={t('spatial.k')}
              testid="spatial-k"
              onValue={(v) => {
                if (v !== undefined) edit({ k: v });
              }}
            />
          </label>
          {sp.method === 'maxp' && (
            <>
              <label className="field">
                <span>{t('spatial.floorVariable')}</span>
                <select
                  data-testid="spatial-floor-variable"
                  value={floorColumn ?? ''}
                  onChange={(e) => {
                    const id = e.target.value;
                    if (!id) {
                      edit({ floor: null });
                      return;
                    }
                    let total = 0;
                    for (const r of table?.rows ?? []) {
                      const v = r.cells[id]?.value;
                      if (typeof v === 'number' && Number.isFinite(v)) total += v;
                    }
                    edit({ floor: { variable: id, min: roundFloor(total / Math.max(sp.k, 2)) } });
                  }}
                >
                  <option value="">{t('spatial.floorUnits')}</option>
                  {floorColumns.map((id) => (
                    <option key={id} value={id}>
                      {columnName(id)}
                    </option>
                  ))}
                </select>
              </label>
              {sp.floor && floorColumn && (
                <label className="field">
                  <span>{t('spatial.floorMin')}</span>
                  <TypedNumber
                    value={sp.floor.min}
                    min={1e-9}
                    max={1e15}
                    digits={4}
                    label={t('spatial.floorMin')}
                    testid="spatial-floor-min"
                    onValue={(v) => {
                      if (v !== undefined) edit({ floor: { variable: floorColumn, min: v } });
                    }}
                  />
                </label>
              )}
              {sp.floor && !floorColumn && (
                <p className="muted" data-testid="spatial-floor-stale">
                  {t('spatial.floorColumnMissing', { name: sp.floor.variable })}
                </p>
              )}
            </>
          )}
        </aside>
        <div className="spatial-main">
          {running && (
            <p className="muted" role="status" data-testid="spatial-running">
              {t('spatial.running')}
            </p>
          )}
          {fileIssues.length > 0 && (
            <ul className="issues" data-testid="weights-import-issues">
              {fileIssues.map((i, n) => (
                <li key={n}>
                  <IssueText issue={i} />
                </li>
              ))}
            </ul>
          )}
          {entry.basis === job && entry.issues.length > 0 && (
            <ul className="issues">
              {entry.issues.map((i, n) => (
                <li key={n}>
                  <IssueText issue={i} />
                </li>
              ))}
            </ul>
          )}
          {model.issues.length > 0 && (
            <ul className="issues" data-testid="spatial-issues">
              {model.issues.map((i, n) => (
                <li key={n}>
                  <IssueText issue={i} />
                </li>
              ))}
            </ul>
          )}
          {a && model.summary && (
            <div className="panel" data-testid="moran-summary">
              <h2>{t('spatial.moranTitle')}</h2>
              <p>
                {t('spatial.moranLine', {
                  I: fmt(a.moran.I),
                  E: fmt(a.moran.expected),
                  z: fmt(a.moran.z, 2),
                  p: fmt(a.moran.p),
                  pn: fmt(a.moran.pNormal),
                  pp: fmt(a.moran.p_permutation),
                  R: a.moran.permutations,
                })}
              </p>
              {model.bivariate && secondLayer && (
                <p data-testid="bivariate-moran">
                  {t('spatial.bivariateLine', {
                    I: fmt(model.bivariate.I),
                    x: variable.label(t),
                    y: secondLayer.label(t),
                    p: fmt(model.bivariate.p),
                    R: model.bivariate.permutations,
                  })}
                </p>
              )}
              <p className="muted">
                {t('spatial.weightsLine', {
                  n: model.summary.units,
                  links: model.summary.links,
                  mean: fmt(model.summary.meanNeighbours, 1),
                  min: model.summary.minNeighbours,
                  max: model.summary.maxNeighbours,
                })}
              </p>
              {model.islands.length > 0 && (
                <p className="muted">
                  {t(sp.islands === 'drop' ? 'spatial.islandsDropped' : 'spatial.islands', {
                    names: model.islands.map((id) => name(id)).join(', '),
                  })}
                </p>
              )}
              {model.noData.length > 0 && (
                <p className="muted">
                  {t('spatial.noData', { names: model.noData.map((id) => name(id)).join(', ') })}
                </p>
              )}
              {floor && (
                <p className="muted" data-testid="spatial-floor">
                  {t(floor.hi > floor.lo ? 'spatial.floor' : 'spatial.floorSame', {
                    n: model.ids.length,
                    R: a.moran.permutations,
                    lo: fmtP(floor.lo),
                    hi: fmtP(floor.hi),
                    kmin: floor.kmin,
                    others: model.ids.length - 1,
                    sets: t.num(binomial(model.ids.length - 1, floor.kmin), 0),
                  })}
                </p>
              )}
            </div>
          )}
          {a && (
            <div className="spatial-figures">
              <div className="panel">
                <div className="panel-head">
                  <h2>{t('spatial.scatter')}</h2>
                  <ExportButtons
                    name={stem('moran-scatter')}
                    meta={meta(t('spatial.scatter'))}
                    svg={() =>
                      figureOf(scatterRef.current, meta(t('spatial.scatter'))(), {
                        subtitle: `${words()}; I = ${fmt(a.moran.I)}`,
                        legend: [
                          ...lisaLegend(),
                          {
                            colour: '#333333',
                            label: `${t('spatial.moranTitle')} = ${fmt(a.moran.I)}`,
                            shape: 'line',
                            dash: '4 3',
                          },
                        ],
                      })
                    }
                    testid="moran-scatter-export"
                  />
                </div>
                <MoranScatter
                  chartRef={scatterRef}
                  points={points}
                  slope={a.moran.I}
                  colour={(p) => lisaColour(p.significant ? p.quadrant : null)}
                  name={name}
                  brushed={brushed}
                  onBrush={brush}
                  xLabel={`${t('spatial.axisX')}: ${variable.label(t)}`}
                  yLabel={t('spatial.axisY')}
                  label={t('spatial.scatter')}
                  format={(x) => t.num(x, 1)}
                />
                <p className="muted">{t('spatial.scatterHint')}</p>
                <p className="button-row">
                  <span data-testid="spatial-brushed">
                    {t('spatial.brushed', { n: brushed.size })}
                  </span>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={brushed.size === 0}
                    onClick={() => setBrushed(new Set())}
                  >
                    {t('spatial.clear')}
                  </button>
                </p>
              </div>
              <div className="panel">
                <div className="panel-head">
                  <h2>{t('spatial.lisaMap', { alpha: t.num(a.alpha, 2) })}</h2>
                  <ExportButtons
                    name={stem('lisa')}
                    meta={meta(t('spatial.lisaMap', { alpha: t.num(a.alpha, 2) }))}
                    svg={() =>
                      figureOf(
                        lisaRef.current,
                        meta(t('spatial.lisaMap', { alpha: t.num(a.alpha, 2) }))(),
                        {
                          subtitle: words({ lisa: true }),
                          legend: lisaLegend(),
                          legendAt: 'right',
                          boundaries: true,
                        },
                      )
                    }
                    testid="lisa-export"
                  />
                </div>
                <UnitMap
                  ref={lisaRef}
                  features={features}
                  fill={lisaFill}
                  title={(id) => {
                    const r = local.get(id);
                    return r
                      ? `${name(id)}: ${r.significant ? t(`spatial.quad.${r.quadrant}` as never) : t('spatial.quad.ns')}, p = ${fmt(r.p_adjusted)}`
                      : name(id);
                  }}
                  brushed={brushed}
                  onBrush={brush}
                  label={t('spatial.lisaMap', { alpha: t.num(a.alpha, 2) })}
                  testid="lisa-map"
                />
                <ul className="legend-list" data-testid="lisa-legend">
                  {LISA_KEYS.map((q) => (
                    <li key={q ?? 'ns'}>
                      <span className="swatch" style={{ background: lisaColour(q) }} />
                      {q ? t(`spatial.quad.${q}` as never) : t('spatial.quad.ns')} (
                      {
                        a.local.filter((r) =>
                          q ? r.significant && r.quadrant === q : !r.significant,
                        ).length
                      }
                      )
                    </li>
                  ))}
                </ul>
              </div>
              {layerModel && (
                <div className="panel">
                  <div className="panel-head">
                    <h2>{t('spatial.valueMap', { what: valueMapWhat })}</h2>
                    <ExportButtons
                      name={stem(sp.layer)}
                      meta={meta(t('spatial.valueMap', { what: valueMapWhat }))}
                      svg={() =>
                        figureOf(
                          valueRef.current,
                          meta(t('spatial.valueMap', { what: valueMapWhat }))(),
                          {
                            subtitle: words(),
                            legend: layerModel.stops.map((st) => ({
                              colour: st.colour,
                              label: fmt(st.value, 2),
                            })),
                            legendAt: 'right',
                            boundaries: true,
                          },
                        )
                      }
                      testid="spatial-value-export"
                    />
                  </div>
                  <UnitMap
                    ref={valueRef}
                    features={features}
                    fill={(id) => spatialLayerFill(layerModel, id)}
                    title={(id) => {
                      const v = layerModel.values.get(id);
                      return v === undefined ? name(id) : `${name(id)}: ${fmt(v, 2)}`;
                    }}
                    brushed={brushed}
                    onBrush={brush}
                    label={t('spatial.valueMap', { what: valueMapWhat })}
                    testid="spatial-value-map"
                  />
                  <ul className="legend-list" data-testid="spatial-value-legend">
                    {layerModel.stops.map((st, i) => (
                      <li key={i}>
                        <span className="swatch" style={{ background: st.colour }} />
                        {fmt(st.value, 2)}
                        {sp.layer === 'gistar' && i === 0 ? ` (${t('spatial.gistarCold')})` : ''}
                        {sp.layer === 'gistar' && i === 4 ? ` (${t('spatial.gistarHot')})` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {model.clusters && (
                <div className="panel">
                  <div className="panel-head">
                    <h2>{t('spatial.clusterMap', { method: sp.method.toUpperCase(), k })}</h2>
                    <ExportButtons
                      name={stem(`${sp.method}-k${k}`)}
                      meta={meta(t('spatial.clusterMap', { method: sp.method.toUpperCase(), k }))}
                      svg={() =>
                        figureOf(
                          clusterRef.current,
                          meta(t('spatial.clusterMap', { method: sp.method.toUpperCase(), k }))(),
                          {
                            subtitle: words({ regions: k }),
                            legend: groupLegend(),
                            legendAt: 'right',
                            boundaries: true,
                          },
                        )
                      }
                      testid="spatial-cluster-export"
                    />
                  </div>
                  <UnitMap
                    ref={clusterRef}
                    features={features}
                    fill={clusterFill}
                    title={(id) => {
                      const g = cluster.get(id);
                      return g ? `${name(id)}: ${t('spatial.col.cluster')} ${g}` : name(id);
                    }}
                    brushed={brushed}
                    onBrush={brush}
                    label={t('spatial.clusterMap', { method: sp.method.toUpperCase(), k })}
                    testid="spatial-cluster-map"
                  />
                  <p className="muted">
                    {t('spatial.ari', { ari: fmt(model.clusters.ariWard, 2) })}
                  </p>
                  {model.reference && (
                    <p className="muted" data-testid="spatial-ari-published">
                      {t('spatial.ariPublished', {
                        ari: fmt(model.reference.ari, 2),
                        n: model.reference.units,
                      })}
                    </p>
                  )}
                  {sp.method === 'maxp' && (
                    <p className="muted" data-testid="spatial-floor-line">
                      {floorColumn
                        ? t('spatial.floorLine', {
                            name: floorName,
                            min: t.num(floorMin, Number.isInteger(floorMin) ? 0 : 2),
                            k,
                          })
                        : t('spatial.floorUnitsLine', {
                            min: Math.max(1, Math.ceil(model.ids.length / Math.max(sp.k, 1))),
                            k,
                          })}
                    </p>
                  )}
                </div>
              )}
              {model.clusters?.tree && (
                <div className="panel spatial-dendrogram" data-testid="schc-dendrogram">
                  <div className="panel-head">
                    <h2>{t('spatial.dendrogram', { k })}</h2>
                    {model.ids.length <= DENDROGRAM_MAX_UNITS && (
                      <ExportButtons
                        name={stem(`schc-dendrogram-k${k}`)}
                        meta={meta(t('spatial.dendrogram', { k }))}
                        svg={() =>
                          figureOf(dendroRef.current, meta(t('spatial.dendrogram', { k }))(), {
                            subtitle: words({ regions: k }),
                            legend: groupLegend(),
                          })
                        }
                        testid="schc-dendrogram-export"
                      />
                    )}
                  </div>
                  {model.ids.length <= DENDROGRAM_MAX_UNITS ? (
                    <>
                      <p className="muted small">{t('spatial.dendrogramHint')}</p>
                      <Dendrogram
                        ref={dendroRef}
                        tree={model.clusters.tree}
                        k={k}
                        onK={(kk) => edit({ k: Math.max(2, kk) })}
                        label={(obs) => regionName(model.ids[obs], t, true)}
                        code={(obs) => model.ids[obs]}
                        selected={[...brushed]}
                        onToggle={(id) => brush([id], true)}
                        hovered={hovered}
                        onHover={setHovered}
                        width={900}
                        height={330}
                      />
                    </>
                  ) : (
                    <p className="muted">
                      {t('spatial.dendrogramTooMany', {
                        n: model.ids.length,
                        max: DENDROGRAM_MAX_UNITS,
                      })}
                    </p>
                  )}
                </div>
              )}
            </div>
          )}
          {model.summary && (
            <div className="panel" data-testid="weights-panel">
              <div className="panel-head">
                <h2>{t('spatial.weightsTitle')}</h2>
                <div className="button-row">
                  <span className="field-label">{t('spatial.weightsExport')}</span>
                  {(['gal', 'gwt'] as const).map((f) => (
                    <button
                      key={f}
                      type="button"
                      className="button secondary small"
                      data-testid={`weights-export-${f}`}
                      disabled={!writableIds(model.ids)}
                      title={writableIds(model.ids) ? undefined : t('spatial.weightsIdsSpace')}
                      onClick={() =>
                        download(
                          new Blob([weightsFileText(model, f, stemOfData)], {
                            type: 'text/plain;charset=utf-8',
                          }),
                          `${stem(`weights-${sp.style}`)}.${f}`,
                        )
                      }
                    >
                      {f.toUpperCase()}
                    </button>
                  ))}
                </div>
              </div>
              <p className="muted">
                {t('spatial.weightsKind', {
                  kind: weightsKind,
                  style: t(`spatial.style.${sp.style}`),
                })}
              </p>
              <p data-testid="weights-summary">
                {t('spatial.weightsLine', {
                  n: model.summary.units,
                  links: model.summary.links,
                  mean: fmt(model.summary.meanNeighbours, 1),
                  min: model.summary.minNeighbours,
                  max: model.summary.maxNeighbours,
                })}
              </p>
              <p className="muted" data-testid="weights-islands">
                {model.islands.length === 0
                  ? t('spatial.islandsNone')
                  : t(sp.islands === 'drop' ? 'spatial.islandsDropped' : 'spatial.islands', {
                      names: model.islands.map((id) => name(id)).join(', '),
                    })}
              </p>
              <div className="spatial-figures">
                <UnitMap
                  features={features}
                  fill={(id) =>
                    model.islands.includes(id) ? '#fdae61' : indexOf.has(id) ? '#e8eef6' : NO_DATA
                  }
                  title={(id) => {
                    const i = indexOf.get(id) ?? -1;
                    return i >= 0
                      ? `${name(id)}: ${model.neighbours[i].map((j) => name(model.ids[j])).join(', ')}`
                      : name(id);
                  }}
                  brushed={brushed}
                  onBrush={brush}
                  label={t('spatial.connectivityMap')}
                  testid="connectivity-map"
                  links={connectivityLinks}
                />
                <table className="data" data-testid="neighbour-histogram">
                  <caption>{t('spatial.histogram')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('spatial.histogram.count')}</th>
                      <th scope="col">{t('spatial.histogram.units')}</th>
                      <th scope="col" aria-hidden="true" />
                    </tr>
                  </thead>
                  <tbody>
                    {model.summary.histogram.map((c, k) =>
                      c > 0 ? (
                        <tr key={k} data-neighbours={k}>
                          <td>{k}</td>
                          <td>{c}</td>
                          <td aria-hidden="true">
                            <span
                              className="histogram-bar"
                              style={{
                                width: `${histogramWidth(model.summary!.histogram)(c)}%`,
                              }}
                            />
                          </td>
                        </tr>
                      ) : null,
                    )}
                  </tbody>
                </table>
              </div>
              <p className="muted">{t('spatial.connectivityMap')}</p>
            </div>
          )}
          {a && (
            <div className="panel">
              <h2>{t('spatial.table')}</h2>
              <table className="data" data-testid="spatial-table">
                <thead>
                  <tr>
                    <th scope="col">{t(own ? 'spatial.col.unit' : 'spatial.col.region')}</th>
                    <th scope="col">{t('spatial.col.value')}</th>
                    <th scope="col">{t('spatial.col.lag')}</th>
                    <th scope="col">Ii</th>
                    <th scope="col">z(Ii)</th>
                    <th scope="col">{t('spatial.col.p')}</th>
                    <th scope="col">{t('spatial.col.padj')}</th>
                    <th scope="col">{t('spatial.col.quadrant')}</th>
                    <th scope="col">Gi* (z)</th>
                    <th scope="col">{t('spatial.col.cluster')}</th>
                    <th scope="col">{t('spatial.col.neighbours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.local.map((r) => (
                    <tr
                      key={r.id}
                      data-region={r.id}
                      className={brushed.has(r.id) ? 'is-selected' : undefined}
                      onClick={(e) => brush([r.id], e.shiftKey)}
                    >
                      <td>{name(r.id)}</td>
                      <td>{t.num(r.value, variable.digits ?? 2)}</td>
                      <td>{t.num(r.lag, variable.digits ?? 2)}</td>
                      <td>{fmt(r.Ii)}</td>
                      <td>{fmt(r.z, 2)}</td>
                      <td>{fmt(r.p_permutation)}</td>
                      <td>{fmt(r.p_adjusted)}</td>
                      <td>
                        <span className="swatch" style={{ background: lisaFill(r.id) }} />{' '}
                        {r.significant
                          ? t(`spatial.quad.${r.quadrant}` as never)
                          : t('spatial.quad.ns')}
                      </td>
                      <td>{fmt(gi.get(r.id) ?? NaN, 2)}</td>
                      <td>{cluster.get(r.id) ?? '—'}</td>
                      <td>{r.neighbours}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

/** The histogram's bar lengths in % of the cell: a d3 linear scale from 0 to the largest count. */
function histogramWidth(counts: readonly number[]) {
  return scaleLinear()
    .domain([0, Math.max(1, ...counts)])
    .range([0, 100]);
}
