/**
 * The analysis controller (src/state/analysisCompute.ts): the clustering, factor and
 * specialisation results it puts in the store equal the core's output on the same bundled
 * table (the core itself is checked against R and SciPy in test/core/); a spec or data change
 * recomputes; an answer overtaken by a newer edit is dropped; a run in the worker reports
 * progress; results survive a structured clone; and the view fields that say which data each
 * view analyses survive a link (state/url.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex,
  clusterAnalysis,
  cutree,
  silhouetteByK,
  factorAnalysis,
  defaultSpec,
  specialisation,
  clusterStrength,
  relatedness,
} from '../../src/core/index.ts';
import { getDataset } from '../../src/data/datasets/catalogue.ts';
import type { GroupsDataset, TableDataset } from '../../src/data/types.ts';
import {
  connectAnalyses,
  INDICATOR_IDS,
  publishedLabels,
} from '../../src/state/analysisCompute.ts';
import { loadBundledDatasets } from '../../src/state/datasets.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { decodeHash, encodeHash } from '../../src/state/url.ts';
import { defaultView } from '../../src/state/viewState.ts';
import { createComputeClient, type ComputeClient } from '../../src/worker/client.ts';
import type { Reply, Request, TaskName } from '../../src/worker/protocol.ts';
import { runTask } from '../../src/worker/tasks.ts';

const table = (id: string) => getDataset(id) as TableDataset;
const groups = (getDataset('region-groups-published') as GroupsDataset).groups;

function counting(inner: ComputeClient = createComputeClient({ makeWorker: null })) {
  const calls: TaskName[] = [];
  const client: ComputeClient = {
    run: (task, input, onProgress) => {
      calls.push(task);
      return inner.run(task, input, onProgress);
    },
    dispose: () => inner.dispose(),
  };
  return { client, calls };
}

async function setup(route = 'clustering', always = false) {
  const store = createAppStore({ view: { ...defaultView(), route, language: 'en' } });
  const { client, calls } = counting();
  const conn = connectAnalyses(store, client, loadBundledDatasets, { always });
  await conn.idle();
  return { store, conn, calls };
}

const rows = (ds: TableDataset, vars: readonly string[]) =>
  ds.rows.map((r) => vars.map((v) => r.cells[v].value as number));

function expectedClusters(year: 2010 | 2014, k: number) {
  const ds = table(`innovation-${year}`);
  const a = clusterAnalysis(rows(ds, INDICATOR_IDS), { standardise: 'z', linkage: 'ward', k });
  if (!a.ok) throw new Error('reference clustering failed');
  const ref = publishedLabels(
    ds.rows.map((r) => r.key),
    groups,
  )!;
  return {
    analysis: a.value,
    silhouette: silhouetteByK(a.value.tree, a.value.data, 10),
    ari: adjustedRandIndex(a.value.labels, ref),
  };
}

const clustering = (store: AppStore) => store.getState().analyses.clustering;

describe('connectAnalyses()', () => {
  it('puts the clustering of the 2014 table in the store, equal to the core on the same data', async () => {
    const { store } = await setup();
    const e = clustering(store);
    expect(e.status).toBe('ready');
    expect(e.basis).toEqual({
      source: 'innovation-2014',
      keys: table('innovation-2014').rows.map((r) => r.key),
      variables: [...INDICATOR_IDS],
      regions: true,
    });
    const want = expectedClusters(2014, 4);
    expect(e.output!.analysis).toEqual(want.analysis);
    expect(e.output!.silhouette).toEqual(want.silhouette);
    expect(e.output!.ari).toBe(want.ari);
    expect(e.output!.issues).toEqual([]);
  });

  it('recomputes when the spec, the year or the source changes', async () => {
    const { store, conn, calls } = await setup();
    const s = store.getState();
    s.setSpec({ ...s.spec, clustering: { ...s.spec.clustering, k: 6 } });
    await conn.idle();
    expect(clustering(store).output!.analysis!.labels).toEqual(
      cutree(expectedClusters(2014, 6).analysis.tree, 6),
    );
    store.getState().setYear(2010);
    await conn.idle();
    expect(clustering(store).basis!.source).toBe('innovation-2010');
    expect(clustering(store).output!.analysis).toEqual(expectedClusters(2010, 6).analysis);
    store.getState().setClusterSource('industries');
    await conn.idle();
    expect(clustering(store).basis!.source).toBe('vko-loadings-published');
    expect(clustering(store).basis!.keys).toHaveLength(20);
    expect(clustering(store).output!.ari).toBeNull();
    expect(calls.filter((c) => c === 'cluster')).toHaveLength(4);
    // A change the clustering does not depend on runs nothing.
    store.getState().toggleRegion('KZ-ALA');
    await conn.idle();
    expect(calls.filter((c) => c === 'cluster')).toHaveLength(4);
  });

  it('clusters the year on screen of an imported panel, not one fixed year of it (issue 11)', async () => {
    const { store, conn } = await setup();
    // A made-up panel of two years whose tables are the bundled 2010 and 2014 innovation tables.
    const y2010 = table('innovation-2010');
    const y2014 = table('innovation-2014');
    const id = 'user-00000abc';
    store.getState().addUserDataset({
      id,
      fileName: 'panel.csv',
      importedAt: '2026-12-01T00:00:00.000Z',
      year: 2022,
      mapping: {},
      table: { ...y2014, id },
      panel: [
        { year: 2021, table: { ...y2010, id } },
        { year: 2022, table: { ...y2014, id } },
      ],
    });
    store.getState().setClusterTable(id);
    store.getState().setYear(2021);
    await conn.idle();
    expect(clustering(store).basis!.source).toBe(id);
    expect(clustering(store).output!.analysis).toEqual(expectedClusters(2010, 4).analysis);
    store.getState().setYear(2022);
    await conn.idle();
    expect(clustering(store).output!.analysis).toEqual(expectedClusters(2014, 4).analysis);
  });

  it('runs an analysis only while its view is open, and catches up when it opens', async () => {
    const { store, conn, calls } = await setup('map');
    expect(calls).toEqual([]);
    expect(store.getState().analyses.factors.status).toBe('idle');
    store.getState().setRoute('factors');
    await conn.idle();
    expect(calls).toEqual(['factors']);
    const ds = table('innovation-2014');
    const vars = store.getState().analyses.factors.basis!.variables;
    expect(store.getState().analyses.factors.output!.result).toEqual(
      factorAnalysis(
        rows(ds, vars),
        { nfactors: null, rotation: 'varimax', convention: 'r' },
        vars.map((v) => ds.columns.find((c) => c.id === v)!.title.en),
      ),
    );
  });

  it('drops an answer that a newer edit overtook', async () => {
    const store = createAppStore({ view: { ...defaultView(), route: 'clustering' } });
    const inner = createComputeClient({ makeWorker: null });
    // The first run is held back until the second edit has been made.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let n = 0;
    const ks: number[] = [];
    const client: ComputeClient = {
      run: async (task, input, p) => {
        const first = n++ === 0;
        if (task === 'cluster') ks.push((input as { spec: { k: number } }).spec.k);
        if (first) await held;
        return inner.run(task, input, p);
      },
      dispose: () => inner.dispose(),
    };
    const conn = connectAnalyses(store, client, loadBundledDatasets);
    await new Promise((r) => setTimeout(r, 20));
    const seen: (number | undefined)[] = [];
    store.subscribe((s) => seen.push(s.analyses.clustering.output?.analysis?.k));
    const s = store.getState();
    s.setSpec({ ...s.spec, clustering: { ...s.spec.clustering, k: 2 } });
    s.setSpec({ ...s.spec, clustering: { ...s.spec.clustering, k: 3 } });
    release();
    await conn.idle();
    // Run 1 (k = 4) came back after two edits and was dropped; the queued k = 2 was skipped.
    expect(ks).toEqual([4, 3]);
    expect(seen.filter((k) => k !== undefined)).toEqual(seen.filter((k) => k === 3));
    expect(clustering(store).output!.analysis!.k).toBe(3);
    expect(clustering(store).status).toBe('ready');
  });

  it('computes the specialisation of a matrix loaded on the view, equal to the core', async () => {
    const { store, conn } = await setup('specialisation');
    expect(store.getState().analyses.specialisation.status).toBe('idle');
    const m = {
      rows: ['KZ-KAR', 'KZ-ALA', 'KZ-AST'],
      columns: ['Mining', 'Trade', 'IT'],
      values: [
        [10, 30, 5],
        [30, 30, null],
        [0, 12, 8],
      ],
    };
    store.getState().setSpecialisationFile({ fileName: 'e.csv', ...m, warnings: [] });
    await conn.idle();
    const e = store.getState().analyses.specialisation;
    expect(e.basis).toEqual({ source: 'file', fileName: 'e.csv', warnings: [] });
    // The measures, plus the cluster toolkit's strength (spec thresholds) and relatedness.
    const d = defaultSpec().clusters;
    expect(e.output).toEqual({
      ...specialisation(m),
      matrix: m,
      strength: clusterStrength(m, { strong: d.strong, stars: d.stars }),
      relatedness: relatedness(m),
    });
    // A threshold of the spec's clusters section recomputes the strength.
    const s0 = store.getState();
    s0.setSpec({ ...s0.spec, clusters: { ...s0.spec.clusters, stars: { ...d.stars, lqMin: 1 } } });
    await conn.idle();
    expect(store.getState().analyses.specialisation.output?.strength).toEqual(
      clusterStrength(m, { strong: d.strong, stars: { ...d.stars, lqMin: 1 } }),
    );
    store.getState().setSpecialisationFile(null);
    await conn.idle();
    expect(store.getState().analyses.specialisation.output).toBeNull();
  });

  it('turns data that cannot be clustered into issues in the store, not a thrown error', async () => {
    const { store, conn } = await setup();
    const s = store.getState();
    s.setSpec({ ...s.spec, clustering: { ...s.spec.clustering, variables: ['S_D'], k: 40 } });
    await conn.idle();
    // k is clamped to n = 16, as the cut line allows; one variable clusters fine.
    expect(clustering(store).output!.analysis!.k).toBe(16);
    const f = runTask('factors', {
      values: rows(table('innovation-2014'), ['S_D']),
      variableNames: ['S_D'],
      spec: defaultSpec().factors,
    });
    expect(f.result).toBeNull();
    expect(f.issues.map((i) => i.code)).toContain('too-few-variables');
  });

  it('gives results that survive a structured clone unchanged (the worker boundary)', async () => {
    const { store } = await setup('clustering', true);
    const { clustering: c, factors: f } = store.getState().analyses;
    expect(structuredClone(c.output)).toEqual(c.output);
    expect(structuredClone(f.output)).toEqual(f.output);
  });

  it('runs a large clustering in the worker and puts its progress in the store', async () => {
    const progress: (number | null)[] = [];
    // A stand-in Worker that answers as compute.worker.ts does, one message per tick.
    const fakeWorker = () => {
      const w = {
        onmessage: null as ((e: { data: Reply }) => void) | null,
        onerror: null,
        terminate() {},
        postMessage(req: Request<TaskName>) {
          const post = (r: Reply) => setTimeout(() => w.onmessage?.({ data: r }), 0);
          const out = runTask(req.task, req.input, (f) =>
            post({ id: req.id, type: 'progress', done: Math.round(f * 1000), total: 1000 }),
          );
          post({ id: req.id, type: 'result', output: structuredClone(out) });
        },
      };
      return w as unknown as Worker;
    };
    const store = createAppStore({ view: { ...defaultView(), route: 'clustering' } });
    const client = createComputeClient({ makeWorker: fakeWorker, threshold: 1000 });
    store.subscribe((s, p) => {
      if (s.analyses.clustering.progress !== p.analyses.clustering.progress)
        progress.push(s.analyses.clustering.progress);
    });
    const conn = connectAnalyses(store, client, loadBundledDatasets);
    await conn.idle();
    expect(progress).toEqual([0.6, 0.95, null]);
    expect(clustering(store).output!.analysis).toEqual(expectedClusters(2014, 4).analysis);
  });
});

describe('links carry which data the analysis views use', () => {
  it('encodeHash() then decodeHash() gives back the sources', () => {
    const spec = defaultSpec();
    spec.clustering.source = 'industries';
    spec.factors.source = 'industries';
    const back = decodeHash(encodeHash('clustering', spec), ['clustering']);
    expect(back.issues).toEqual([]);
    expect([back.view.clusterSource, back.view.factorSource]).toEqual(['industries', 'industries']);
  });

  it('decodeHash() reports an invalid source by field', () => {
    const spec = defaultSpec() as unknown as { factors: Record<string, unknown> };
    spec.factors.source = 'firms';
    const back = decodeHash(encodeHash('factors', spec as never), ['factors']);
    expect(back.issues.map((i) => i.where?.field)).toEqual(['factors.source']);
  });

  it('choosing a bundled source on #/clustering drops the imported table', () => {
    const store = createAppStore();
    store.getState().setClusterTable('user-1');
    store.getState().setClusterSource('industries');
    expect(store.getState().view.clusterTable).toBeNull();
    expect(store.getState().view.clusterSource).toBe('industries');
  });
});

describe('factorVariables()', () => {
  it('leaves out a column that repeats an earlier one in every row (employed in Tables 2 and 3)', async () => {
    const { getDataset } = await import('../../src/data/datasets/catalogue.ts');
    const { factorVariables } = await import('../../src/state/analysisCompute.ts');
    const ds = getDataset('innovation-2014');
    if (!ds || ds.kind !== 'table') throw new Error('innovation-2014 is a table');
    const vars = factorVariables(ds, []);
    expect(vars).toContain('employed');
    expect(vars).not.toContain('employed_activity');
    expect(vars).toContain('S_C');
    // An explicit choice is respected, repeats included.
    expect(factorVariables(ds, ['employed', 'employed_activity'])).toEqual([
      'employed',
      'employed_activity',
    ]);
  });
});
