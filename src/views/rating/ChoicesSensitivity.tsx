/**
 * Uncertainty and sensitivity over every choice (issue 9, item 7), on #/rating: the user picks
 * which choices vary (weights, normalisation, aggregation, imputation, outlier treatment,
 * leaving one indicator out), the number of base samples and the seed; the run goes to a
 * worker of its own with a progress bar and Cancel (worker/choicesSensitivity.worker.ts,
 * core/coin/coinSensitivity.ts on the study as COINr reads it, state/coinrStudy.ts). Shown:
 * Sobol first-order (Saltelli 2010) and total (Jansen) indices with 95% bootstrap intervals as
 * an Observable Plot chart, each unit's rank interval (5th, 50th, 95th percentile) and class
 * shares (rank quintiles), and the leave-one-indicator-out table; all exportable.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import {
  CHOICES_DEFAULT,
  CHOICES_MAX_RUNS,
  UNCERTAIN_INPUTS,
  type ChoicesSpec,
  type CoinSensitivityResult,
  type UncertainInput,
} from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { numberLocale } from '../../i18n/translate.ts';
import { useAppStoreApi, useAppStore } from '../../state/react.tsx';
import { activeUserDataset, studyOf } from '../../state/study.ts';
import { coinOptionsOf, studyToCoin } from '../../state/coinrStudy.ts';
import type { UserDataset } from '../../state/userData.ts';
import { runChoices, type ChoicesJob, type ChoicesReply } from '../../worker/choicesSensitivity.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { figureOf } from '../common/figure.ts';
import { ratingWords } from '../common/methodWords.ts';
import { groupName, indicatorName } from '../common/names.ts';
import { bundledNames } from '../common/IssueText.tsx';
import { TypedNumber } from '../common/TypedNumber.tsx';

const CLASSES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;

type Run =
  | { state: 'idle' }
  | { state: 'running'; fraction: number }
  | { state: 'done'; result: CoinSensitivityResult; ms: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export function ChoicesSensitivity() {
  const t = useT();
  const store = useAppStoreApi();
  const year = useAppStore((s) => s.view.year);
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  // What varies, the runs and the seed are the study's (spec.sensitivity.choices): links,
  // project files and undo carry them like every other choice.
  const choices = useAppStore((s) => s.spec.sensitivity.choices) ?? CHOICES_DEFAULT;
  const { vary, runs, seed } = choices;
  const setChoices = (p: Partial<ChoicesSpec>, key?: string) =>
    store.getState().setSensitivity({ choices: { ...choices, ...p } }, key);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);
  const chart = useRef<HTMLDivElement | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const fmt = (x: number, digits = 2) =>
    Number.isFinite(x)
      ? new Intl.NumberFormat(numberLocale(t.lang), {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(x)
      : '—';
  const inputName = (i: UncertainInput) => t(`choices.input.${i}`);

  const start = () => {
    const s = store.getState();
    let d: UserDataset | null = activeUserDataset(s);
    if (!d) {
      const b = s.data.datasets[`innovation-${s.view.year}`];
      if (!b || b.kind !== 'table') return;
      d = { id: b.id, fileName: b.id, importedAt: '', table: b, year: s.view.year, mapping: {} };
    }
    const named = { rating: s.spec.rating, data: s.spec.data };
    const coin = studyToCoin(
      s.spec.rating,
      { ...d, year: s.view.year },
      {
        group: (id) => groupName(t, named, id),
        indicator: (id) => bundledNames(t.lang).indicator?.(id) ?? id,
        index: t('rating.col.index'),
      },
    );
    if (coin.issues.some((i) => i.severity === 'error') || vary.length === 0) {
      setRun({ state: 'failed', message: t('choices.cannot') });
      return;
    }
    const job: ChoicesJob = {
      data: coin.data,
      nodes: coin.nodes,
      nominal: coinOptionsOf(s.spec.rating, coin),
      vary,
      runs,
      seed,
    };
    const t0 = performance.now();
    setRun({ state: 'running', fraction: 0 });
    if (typeof Worker === 'undefined') {
      const r = runChoices(job);
      setRun(
        'error' in r
          ? { state: 'failed', message: t('choices.cannot') }
          : { state: 'done', result: r, ms: performance.now() - t0 },
      );
      return;
    }
    worker.current?.terminate();
    const w = new Worker(new URL('../../worker/choicesSensitivity.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = w;
    w.onmessage = (e: MessageEvent<ChoicesReply>) => {
      const m = e.data;
      if (m.type === 'progress') setRun({ state: 'running', fraction: m.fraction });
      else {
        w.terminate();
        worker.current = null;
        if (m.type === 'result')
          setRun({ state: 'done', result: m.result, ms: performance.now() - t0 });
        else {
          console.error('atlas: sensitivity over the choices failed', m.message);
          setRun({ state: 'failed', message: t('choices.cannot') });
        }
      }
    };
    w.postMessage(job);
  };
  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setRun({ state: 'cancelled' });
  };

  const result = run.state === 'done' ? run.result : null;

  useEffect(() => {
    const el = chart.current;
    if (!el || !result) return;
    const rows = result.sobol.flatMap((x) => [
      {
        input: inputName(x.input),
        kind: t('choices.first'),
        v: x.first,
        lo: x.firstCI[0],
        hi: x.firstCI[1],
      },
      {
        input: inputName(x.input),
        kind: t('choices.total'),
        v: x.total,
        lo: x.totalCI[0],
        hi: x.totalCI[1],
      },
    ]);
    const first = rows.filter((_, k) => k % 2 === 0);
    const total = rows.filter((_, k) => k % 2 === 1);
    const lo = Math.min(0, ...rows.map((r) => r.lo));
    const hi = Math.max(1, ...rows.map((r) => r.hi));
    const tip = (d: (typeof rows)[number]) =>
      `${d.input}, ${d.kind}: ${fmt(d.v)} [${fmt(d.lo)}; ${fmt(d.hi)}]`;
    const pair = (data: typeof rows, colour: string, dy: number) => [
      Plot.ruleY(data, { y: 'input', x1: 'lo', x2: 'hi', stroke: colour, strokeWidth: 2, dy }),
      Plot.dot(data, { y: 'input', x: 'v', fill: colour, r: 4, dy, title: tip }),
    ];
    const svg = Plot.plot({
      width: 600,
      height: 70 + 34 * result.sobol.length,
      marginLeft: 210,
      style: { fontFamily: 'inherit', fontSize: '11px', background: 'white' },
      x: { label: t('choices.sobolAxis'), domain: [lo, hi], grid: true },
      y: { label: null, domain: result.sobol.map((x) => inputName(x.input)) },
      color: {
        legend: true,
        domain: [t('choices.first'), t('choices.total')],
        range: ['#1f77b4', '#d95f02'],
      },
      marks: [Plot.ruleX([0]), ...pair(first, '#1f77b4', -5), ...pair(total, '#d95f02', 5)],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('choices.sobolTitle'));
    svg.setAttribute('data-testid', 'sobol-chart');
    svg.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    el.replaceChildren(svg);
    return () => svg.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, t]);

  const meta = (): ExportMeta => ({
    title: `${t('choices.title')}, ${year}`,
    spec: studyOf(store.getState()),
    extra: {
      year: String(year),
      vary: result?.inputs.join(',') ?? '',
      runs: String(result?.runs ?? runs),
      seed: String(result?.seed ?? seed),
      language: t.lang,
    },
    created: new Date().toISOString(),
  });
  const csv = () => {
    if (!result) return '';
    return toCsv(
      [
        t('choices.col.unit'),
        'uCode',
        t('choices.col.nominal'),
        'rank_p05',
        'rank_median',
        'rank_p95',
        ...CLASSES.map((c) => `share_${c}`),
      ],
      result.units.map((u) => [
        u.uName,
        u.uCode,
        u.nominal,
        u.p05,
        u.median,
        u.p95,
        ...CLASSES.map((c) => u.classes[c] ?? 0),
      ]),
      meta(),
    );
  };
  const sobolCsv = () =>
    result
      ? toCsv(
          ['input', 'first', 'first_lo', 'first_hi', 'total', 'total_lo', 'total_hi'],
          result.sobol.map((x) => [
            x.input,
            x.first,
            x.firstCI[0],
            x.firstCI[1],
            x.total,
            x.totalCI[0],
            x.totalCI[1],
          ]),
          meta(),
        )
      : '';
  const named = { rating: store.getState().spec.rating, data: store.getState().spec.data };

  return (
    <details className="panel choices-panel" data-testid="choices-panel">
      <summary>{t('choices.title')}</summary>
      <p className="muted">{t('choices.lead')}</p>
      <fieldset className="choices-inputs">
        <legend>{t('choices.vary')}</legend>
        {UNCERTAIN_INPUTS.map((i) => (
          <label key={i} className="check">
            <input
              type="checkbox"
              data-testid={`choices-vary-${i}`}
              checked={vary.includes(i)}
              onChange={(e) =>
                setChoices({
                  vary: e.target.checked
                    ? UNCERTAIN_INPUTS.filter((x) => x === i || vary.includes(x))
                    : vary.filter((x) => x !== i),
                })
              }
            />{' '}
            {inputName(i)}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <label className="field">
          <span>{t('choices.runs')}</span>
          <TypedNumber
            value={runs}
            onValue={(v) => v !== undefined && setChoices({ runs: v }, 'choices.runs')}
            integer
            min={10}
            max={CHOICES_MAX_RUNS}
            label={t('choices.runs')}
            testid="choices-runs"
          />
        </label>
        <label className="field">
          <span>{t('choices.seed')}</span>
          <TypedNumber
            value={seed}
            onValue={(v) => v !== undefined && setChoices({ seed: v }, 'choices.seed')}
            integer
            min={0}
            max={2147483647}
            label={t('choices.seed')}
            testid="choices-seed"
          />
        </label>
        <button
          type="button"
          className="button"
          data-testid="choices-run"
          disabled={run.state === 'running' || vary.length === 0}
          onClick={start}
        >
          {t('choices.run', { evaluations: runs * (vary.length + 2) })}
        </button>
        {run.state === 'running' && (
          <button
            type="button"
            className="button secondary"
            data-testid="choices-cancel"
            onClick={cancel}
          >
            {t('choices.cancel')}
          </button>
        )}
      </div>
      {run.state === 'running' && (
        <p role="status" className="status">
          <progress value={run.fraction} max={1} data-testid="choices-progress" />{' '}
          {t('choices.progress', { percent: Math.round(run.fraction * 100) })}
        </p>
      )}
      {run.state === 'cancelled' && (
        <p role="status" className="status" data-testid="choices-cancelled">
          {t('choices.cancelled')}
        </p>
      )}
      {run.state === 'failed' && <p className="issues">{run.message}</p>}
      {result && run.state === 'done' && (
        <div data-testid="choices-result">
          <p className="muted">
            {t('choices.done', {
              evaluations: result.evaluations,
              runs: result.runs,
              seed: result.seed,
              seconds: fmt(run.ms / 1000, 1),
            })}
          </p>
          <div className="panel-head">
            <h3>{t('choices.sobolTitle')}</h3>
            <ExportButtons
              name={fileStem('sobol', stemOfData, year)}
              meta={meta}
              csv={sobolCsv}
              svg={() =>
                figureOf(chart.current?.querySelector('svg') ?? null, meta(), {
                  subtitle: `${t('choices.sobolSubtitle', { runs: result.runs, seed: result.seed })} ${ratingWords(store.getState().spec, t)}`,
                })
              }
              testid="sobol-export"
            />
          </div>
          <div ref={chart} className="chart-host" />
          <p className="muted">{t('choices.sobolNote')}</p>
          <div className="panel-head">
            <h3>{t('choices.unitsTitle')}</h3>
            <ExportButtons
              name={fileStem('rank-intervals', stemOfData, year)}
              meta={meta}
              csv={csv}
              testid="choices-export"
            />
          </div>
          <table className="data-table" data-testid="choices-units">
            <thead>
              <tr>
                <th>{t('choices.col.unit')}</th>
                <th>{t('choices.col.nominal')}</th>
                <th>{t('choices.col.interval')}</th>
                <th>{t('choices.col.median')}</th>
                {CLASSES.map((c) => (
                  <th key={c}>{t(`choices.class.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...result.units]
                .sort((a, b) => a.nominal - b.nominal)
                .map((u) => (
                  <tr key={u.uCode} data-unit={u.uCode}>
                    <td>{u.uName}</td>
                    <td className="num">{u.nominal}</td>
                    <td className="num">
                      {fmt(u.p05, 0)}–{fmt(u.p95, 0)}
                    </td>
                    <td className="num">{fmt(u.median, 1)}</td>
                    {CLASSES.map((c) => (
                      <td key={c} className="num">
                        {fmt((u.classes[c] ?? 0) * 100, 0)} %
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
          <h3>{t('choices.looTitle')}</h3>
          <table className="data-table" data-testid="choices-loo">
            <thead>
              <tr>
                <th>{t('choices.col.indicator')}</th>
                <th>{t('choices.col.meanShift')}</th>
                <th>{t('choices.col.maxShift')}</th>
              </tr>
            </thead>
            <tbody>
              {[...result.leaveOneOut]
                .sort((a, b) => b.meanShift - a.meanShift)
                .map((l) => (
                  <tr key={l.iCode} data-indicator={l.iCode}>
                    <td>{indicatorName(t, named, l.iCode)}</td>
                    <td className="num">{fmt(l.meanShift)}</td>
                    <td className="num">{l.maxShift}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
