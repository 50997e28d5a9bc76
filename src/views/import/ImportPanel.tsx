/**
 * Issue 5 on the data view: one file input for every kind of file (tables, boundaries, the
 * project file), the preview of a table with editable column guesses and region matching, the
 * report of the last import, the user's datasets and boundary sets, CSV templates, the project
 * file and saved analyses.
 */
import { sha256Hex } from '../../data/sha256.ts';
import { startTransition, useMemo, useRef, useState } from 'react';
import type { Issue } from '../../core/index.ts';
import {
  buildIndicatorTable,
  describeColumns,
  type ImportedTable,
  type IndicatorTableOptions,
} from '../../data/readers/indicatorTable.ts';
import type { Grid } from '../../data/readers/grid.ts';
import type { IoTable } from '../../data/readers/ioTable.ts';
import { readUserFile, ACCEPT, isJsonFile } from '../../data/readers/readUserFile.ts';
import {
  startImport,
  startRebuild,
  type ImportJob,
  type RebuildJob,
} from '../../worker/importClient.ts';
import type { ImportRead } from '../../worker/readForImport.ts';
import { regionByCode } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import {
  applyProject,
  looksLikeProject,
  readProject,
} from '../../state/persistence/projectFile.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { activeUserDataset } from '../../state/study.ts';
import { activeUserBoundaries, nextUserId, type ImportReport } from '../../state/userData.ts';
import { ImportProgress, progressStore } from './ImportProgress.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { JoinReportView } from './JoinReportView.tsx';
import { ProjectPanel } from './ProjectPanel.tsx';
import { TablePreview } from './TablePreview.tsx';
import { Templates } from './Templates.tsx';
import { toUserDataset } from './toUserDataset.ts';
import { panelToUserDataset } from './panelToUserDataset.ts';
import { UserDatasets } from './UserDatasets.tsx';
import { CrosswalkOffer } from './CrosswalkOffer.tsx';
import { crosswalkTarget } from './crosswalkImport.ts';
import { buildPanelTable, type PanelTable } from '../../data/readers/panelTable.ts';
import { asOwnUnits } from './ownUnits.ts';
import { asUnitTable, unitSetOf } from './unitSet.ts';
import { UnitJoinView } from './UnitJoinView.tsx';
import { ok } from '../../core/index.ts';
import './import.css';

interface TableDraft {
  fileName: string;
  grid: Grid;
  options: IndicatorTableOptions;
  /** Id of the user dataset this draft feeds, once it has been added. */
  datasetId: string | null;
  warnings: Issue[];
  /** SHA-256 of the file's bytes: how the study names the file (core/spec.ts, FileRef). */
  sha256: string;
  /** The table as built with `options` in `builtLang`, so that a render does not rebuild it. */
  built?: ReturnType<typeof buildIndicatorTable>;
  builtLang?: string;
  /** The unit set's file when the table was read as a table of its units (unitSet.ts). */
  unitsOf?: string;
  /** True when no row named a region and the table was keyed by its own labels (ownUnits.ts). */
  ownUnits?: boolean;
}

const now = () => new Date().toISOString();

/** Tables up to this many rows are built again on the page when an option changes. */
const REBUILD_HERE_ROWS = 2000;

function unmatchedOf(
  table: ImportedTable | null,
  lang: 'ru' | 'kk' | 'en',
): ImportReport['unmatched'] {
  if (!table) return [];
  return table.rows
    .filter((r) => r.kind === 'region' && r.regionCode === null)
    .map((r) => ({
      row: r.row,
      label: r.label,
      suggestions: r.suggestions.map((s) => ({
        code: s.code,
        name: regionByCode(s.code)?.names[lang] ?? s.name,
      })),
    }));
}

export function ImportPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const lastImport = useAppStore((s) => s.userData.lastImport);
  const activeBounds = useAppStore((s) => activeUserBoundaries(s.userData));
  const activeData = useAppStore((s) => activeUserDataset(s));
  const bundled = useAppStore((s) => s.data.datasets[`innovation-${s.view.year}`]);
  const [busy, setBusy] = useState(false);
  /** Share of the file read (0..1) while a table is read in the worker; null otherwise. */
  const [progress] = useState(progressStore);
  const [inWorker, setInWorker] = useState(false);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const job = useRef<ImportJob | null>(null);
  const rebuildJob = useRef<RebuildJob | null>(null);
  const [draft, setDraft] = useState<TableDraft | null>(null);
  const [io, setIo] = useState<{ io: IoTable; fileName: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /**
   * The last imported table, for the crosswalk offer (issue 11): a panel as read, or the grid
   * of a one-year table, read as a panel only when the offer is shown (on a 40,000-row table
   * in the boundaries' own scheme that reading was a 2.5 s main-thread task for nothing).
   */
  const [offer, setOffer] = useState<{
    datasetId: string;
    panel?: PanelTable;
    grid?: Parameters<typeof buildPanelTable>[0];
  } | null>(null);
  const datasets = useAppStore((s) => s.userData.datasets);

  const report = (r: ImportReport) => store.getState().setLastImport(r);

  /** Builds the draft's table, adds or updates its dataset when it has no errors, reports. */
  const build = (d: TableDraft, prebuilt?: TableDraft['built']) => {
    const read = prebuilt ?? buildIndicatorTable(d.grid, { ...d.options, lang: t.lang });
    const s = store.getState();
    // While a set of the user's own units is in use, a table naming them is keyed by them.
    const unitSet = activeUserBoundaries(s.userData);
    const asUnits =
      read.ok && unitSet?.units ? asUnitTable(read.value, unitSet, read.warnings) : null;
    // Else a table that names no region is a table of its own units (ownUnits.ts).
    const own = read.ok && !asUnits ? asOwnUnits(read.value, read.warnings) : null;
    const built = asUnits
      ? ok(asUnits.table, asUnits.warnings)
      : own
        ? ok(own.table, own.warnings)
        : read;
    const table = built.ok ? built.value : null;
    let datasetId = d.datasetId;
    if (table) {
      const id = datasetId ?? nextUserId('user', s.userData.datasets);
      const prev = s.userData.datasets.find((x) => x.id === id);
      const fresh = toUserDataset(
        table,
        id,
        prev?.importedAt ?? now(),
        prev?.year ?? s.view.year,
        undefined,
        d.grid,
      );
      // Keep the user's mapping through corrections, minus columns that are gone.
      const cols = new Set(fresh.table.columns.map((c) => c.id));
      const kept = Object.fromEntries(
        Object.entries(prev?.mapping ?? {}).filter(([, c]) => cols.has(c)),
      );
      s.addUserDataset({
        ...fresh,
        sha256: d.sha256,
        mapping: Object.keys(kept).length ? kept : fresh.mapping,
        ...(asUnits && unitSet
          ? { unitJoin: { ...asUnits.join, boundaries: unitSet.fileName } }
          : {}),
      });
      datasetId = id;
    }
    const issues = [...d.warnings, ...(built.ok ? built.warnings : built.issues)];
    report({
      fileName: d.fileName,
      kind: 'table',
      ok: built.ok,
      issues,
      unmatched: unmatchedOf(table, t.lang),
    });
    // A transition: React renders the preview (up to 100 rows to match, each with a select of
    // the regions) in slices that yield to the page, not in one long task.
    startTransition(() =>
      setDraft({
        ...d,
        datasetId,
        built,
        builtLang: t.lang,
        unitsOf: asUnits && unitSet ? unitSet.fileName : undefined,
        ownUnits: own !== null,
      }),
    );
    return table ? datasetId : null;
  };

  /**
   * A table file is read in the import worker with progress and a cancel button
   * (worker/importClient.ts); boundaries and project files in this thread. Returns null when
   * the user cancelled: nothing of theirs has been touched.
   */
  const readFile = async (
    bytes: Uint8Array,
    name: string,
  ): Promise<(Omit<ImportRead, 'sha256'> & { sha256: string | null }) | null> => {
    if (isJsonFile(bytes, name))
      return {
        read: await readUserFile(bytes, name, { isProject: looksLikeProject }),
        sha256: null,
      };
    progress.set(0);
    setInWorker(true);
    let shown = 0;
    const j = startImport(bytes, name, {
      lang: t.lang,
      onProgress: (f) => {
        if (f - shown >= 0.01 || f >= 1) {
          shown = f;
          progress.set(f);
        }
      },
    });
    job.current = j;
    try {
      return await j.result;
    } finally {
      job.current = null;
      progress.set(null);
      setInWorker(false);
    }
  };

  /**
   * A change in the preview (column types, manual matches): a long table is built again in the
   * import worker with the progress bar (worker/importClient.ts, startRebuild), a short one
   * here. Cancel keeps the table as it was.
   */
  const rebuild = async (d: TableDraft) => {
    rebuildJob.current?.cancel();
    if (d.grid.rows.length <= REBUILD_HERE_ROWS) {
      build(d);
      return;
    }
    progress.set(0);
    setInWorker(true);
    setBusy(true);
    let shown = 0;
    const j = startRebuild(d.grid, d.options, {
      lang: t.lang,
      onProgress: (f) => {
        if (f - shown >= 0.01 || f >= 1) {
          shown = f;
          progress.set(f);
        }
      },
    });
    rebuildJob.current = j;
    try {
      const built = await j.result;
      if (built) build(d, built);
    } catch (e) {
      // The worker's boundary said a fault in the atlas, not in the file: said so, and logged.
      console.error('atlas: building the table again failed', e);
      report({
        fileName: d.fileName,
        kind: 'unknown',
        ok: false,
        issues: [
          {
            code: 'internal-error',
            severity: 'error',
            message:
              'The atlas failed while building this table: a fault in the atlas, not in your file. Your data are unchanged.',
          },
        ],
        unmatched: [],
      });
    } finally {
      if (rebuildJob.current === j) {
        rebuildJob.current = null;
        progress.set(null);
        setInWorker(false);
        setBusy(false);
      }
    }
  };

  const onFile = async (file: File) => {
    setBusy(true);
    setIo(null);
    setCancelled(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const got = await readFile(bytes, file.name);
      if (got === null) {
        setCancelled(file.name);
        return;
      }
      const read = got.read;
      const s = store.getState();
      switch (read.kind) {
        case 'error':
          setDraft(null);
          report({
            fileName: file.name,
            kind: 'unknown',
            ok: false,
            issues: read.issues,
            unmatched: [],
          });
          break;
        case 'table': {
          // A panel of two or more years (a year column, or years as headers): one table per
          // year, every view per year (issue 11); anything else is a table of one year. The
          // import worker has recognised the panel (worker/readForImport.ts).
          const panel = got.panel;
          const sha256 = got.sha256 ?? sha256Hex(bytes);
          if (panel) {
            setDraft(null);
            const { dataset, warnings } = panelToUserDataset(
              panel.table,
              nextUserId('user', s.userData.datasets),
              now(),
              read.grid,
            );
            s.addUserDataset({ ...dataset, sha256 });
            setOffer({ datasetId: dataset.id, panel: panel.table });
            report({
              fileName: file.name,
              kind: 'table',
              ok: true,
              issues: [...read.warnings, ...panel.warnings, ...warnings],
              unmatched: [],
            });
            break;
          }
          const added = build(
            {
              fileName: file.name,
              grid: read.grid,
              options: {},
              datasetId: null,
              warnings: read.warnings,
              sha256,
            },
            read.table,
          );
          // Read as the crosswalk reads it (data/readers/panelTable.ts) once it is offered.
          setOffer(added ? { datasetId: added, grid: read.grid } : null);
          break;
        }
        case 'io':
          setDraft(null);
          // The IO analysis lives on #/specialisation (issue 12): the table goes there.
          s.setIoFile({ io: read.io, fileName: file.name });
          setIo({ io: read.io, fileName: file.name });
          report({
            fileName: file.name,
            kind: 'io',
            ok: true,
            issues: read.warnings,
            unmatched: [],
          });
          break;
        case 'boundaries': {
          setDraft(null);
          const b = read.boundaries;
          // A set in which no feature matched a region: the user's own units (districts,
          // hexagons), keyed by a property of their own (issue 11, item 4; unitSet.ts).
          if (b.ok && b.value.report.matched === 0) {
            const u = unitSetOf(b.value, nextUserId('bounds', s.userData.boundaries), now());
            if (u.ok) {
              s.addUserBoundaries(u.value);
              s.useBoundaries(u.value.id);
            }
            const regionNotes = new Set([
              'unmatched-feature',
              'unnamed-feature',
              'no-region-property',
            ]);
            report({
              fileName: file.name,
              kind: 'boundaries',
              ok: u.ok,
              issues: u.ok
                ? [...u.warnings, ...b.warnings.filter((w) => !regionNotes.has(w.code))]
                : u.issues,
              unmatched: [],
            });
            break;
          }
          // A set in which no feature matched a region cannot be drawn: report, do not store.
          const none = b.ok && b.value.report.matched === 0;
          if (b.ok && !none) {
            const id = nextUserId('bounds', s.userData.boundaries);
            s.addUserBoundaries({
              id,
              fileName: file.name,
              importedAt: now(),
              scheme: b.value.scheme,
              features: {
                type: 'FeatureCollection',
                features: b.value.features.filter((f) => f.id !== undefined),
              },
              report: b.value.report,
            });
            s.useBoundaries(id);
          }
          report({
            fileName: file.name,
            kind: 'boundaries',
            ok: b.ok && !none,
            issues: b.ok
              ? none
                ? [
                    {
                      code: 'no-region-matched',
                      severity: 'error' as const,
                      message:
                        'No feature of this boundary file matched a region of Kazakhstan, so it was not added. Give each feature a region name or ISO code (e.g. KZ-AKM) in its properties.',
                      where: { file: file.name },
                    },
                    ...b.warnings,
                  ]
                : b.warnings
              : b.issues,
            unmatched: b.ok
              ? b.value.report.unmatched.map((u) => ({
                  row: u.feature,
                  label: u.label,
                  suggestions: u.suggestions.map((x) => ({ code: x.code, name: x.name })),
                }))
              : [],
          });
          break;
        }
        case 'project': {
          setDraft(null);
          const p = readProject(read.json);
          if (p.ok) applyProject(store, p.value);
          report({
            fileName: file.name,
            kind: 'project',
            ok: p.ok,
            issues: p.ok ? p.warnings : p.issues,
            unmatched: [],
          });
          break;
        }
      }
    } catch (e) {
      // The import's boundary: the readers return every problem of a file as issues, so what
      // arrives here is a fault in the atlas, not in the file; it is said so, and logged.
      console.error('atlas: import failed', e);
      report({
        fileName: file.name,
        kind: 'unknown',
        ok: false,
        issues: [
          {
            code: 'internal-error',
            severity: 'error',
            message:
              'The atlas failed while reading this file: a fault in the atlas, not in your file. Your data are unchanged.',
          },
        ],
        unmatched: [],
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const draftTable = useMemo(
    () =>
      draft
        ? draft.built && (draft.builtLang === t.lang || draft.unitsOf || draft.ownUnits)
          ? draft.built
          : buildIndicatorTable(draft.grid, { ...draft.options, lang: t.lang })
        : null,
    [draft, t.lang],
  );
  const joinCodes = activeData
    ? activeData.table.rows.map((r) => r.key)
    : bundled && bundled.kind === 'table'
      ? bundled.rows.map((r) => r.key)
      : [];

  // Offered while the table is in the other scheme than the boundaries in use (bundled: 2014).
  const offerDataset = offer ? datasets.find((d) => d.id === offer.datasetId) : undefined;
  const offerTo =
    offerDataset && !offerDataset.crosswalk && !offerDataset.unitJoin && !activeBounds?.units
      ? crosswalkTarget(offerDataset.table.scheme ?? '2014', activeBounds?.scheme ?? '2014')
      : null;
  const offerPanel = useMemo(() => {
    if (!offer || !offerTo) return null;
    if (offer.panel) return offer.panel;
    const r = offer.grid ? buildPanelTable(offer.grid) : null;
    return r?.ok ? r.value : null;
  }, [offer, offerTo]);

  return (
    <section className="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.lead')}</p>
      <div className="panel">
        <label className="field-label" htmlFor="import-file">
          {t('import.choose')}
        </label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept={ACCEPT}
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
          }}
        />
        <p className="muted">{t('import.formats')}</p>
        {busy && !inWorker && (
          <p role="status" className="status">
            {t('import.reading')}
          </p>
        )}
        {inWorker && (
          <ImportProgress
            store={progress}
            onCancel={() => {
              job.current?.cancel();
              rebuildJob.current?.cancel();
            }}
          />
        )}
        {cancelled && (
          <p role="status" className="status" data-testid="import-cancelled">
            {t('import.cancelled', { file: cancelled })}
          </p>
        )}
      </div>
      {lastImport && (
        <ImportReportView
          key={`${lastImport.fileName}-${lastImport.issues.length}`}
          report={lastImport}
        />
      )}
      {offerDataset && offerTo && offerPanel && (
        <CrosswalkOffer
          key={`${offerDataset.id}-${offerTo}`}
          dataset={offerDataset}
          panel={offerPanel}
          to={offerTo}
          // The preview edits the table as read: once carried, it would undo the crosswalk.
          onApplied={() => setDraft(null)}
        />
      )}
      {draft && (
        <TablePreview
          fileName={draft.fileName}
          table={draftTable?.ok ? draftTable.value : null}
          columns={draftTable?.ok ? [] : describeColumns(draft.grid, draft.options)}
          options={draft.options}
          unitsOf={draft.unitsOf}
          ownUnits={draft.ownUnits}
          onOptions={(options) => void rebuild({ ...draft, options })}
        />
      )}
      {io && (
        <p className="panel" data-testid="io-moved">
          {t('import.io.moved', { file: io.fileName })}{' '}
          <a href="#/specialisation" data-testid="io-open">
            {t('import.io.open')}
          </a>
        </p>
      )}
      {activeBounds?.units && (
        <UnitJoinView
          set={activeBounds}
          dataset={
            (activeData?.unitJoin ? activeData : null) ??
            [...datasets].reverse().find((x) => x.unitJoin?.boundaries === activeBounds.fileName) ??
            null
          }
        />
      )}
      {activeBounds && !activeBounds.units && (
        <JoinReportView
          set={activeBounds}
          codes={joinCodes}
          dataName={activeData ? activeData.fileName : t('import.join.bundled')}
        />
      )}
      <UserDatasets />
      <Templates />
      <ProjectPanel />
    </section>
  );
}
