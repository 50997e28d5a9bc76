/**
 * Discriminant analysis of the user's own groups of industries on #/specialisation (issue 12,
 * item 5; seed 002's non-core, middle and driver industries; docs/methods.md section 5). The
 * industries of one region, described by measures of their competitive position, are put
 * into groups the user names: Ward's proposal first, then any industry moved by hand. The
 * grouping lives in the spec (`clusters.discriminant`), so links and project files carry it;
 * the numbers come from discriminantModel.ts and the core.
 */
import { TypedNumber } from '../common/TypedNumber.tsx';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  INDUSTRY_POSITION_MEASURES,
  MAX_INDUSTRY_GROUPS,
  type IndustryDiscriminant,
  type IndustryGroupingSpec,
  type IndustryMeasure,
} from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import type { SpecialisationOutput } from '../../worker/protocol.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';
import { clusterColour } from '../clustering/clusterColours.ts';
import { IssueList } from '../clustering/IssueList.tsx';
import { figureOf } from '../common/figure.ts';
import { regionName } from '../map/regionName.ts';
import { groupOfIndustry, moveIndustry, runGrouping } from './discriminantModel.ts';

type Meta = (title: string, extra?: Record<string, string>) => () => ExportMeta;

/** A group name field: every non-blank edit goes to the spec. */
function GroupNameInput({
  value,
  label,
  onCommit,
  testid,
}: {
  value: string;
  label: string;
  onCommit: (name: string) => void;
  testid: string;
}) {
  // A blank name is kept only while typing (the spec needs a name); otherwise the spec's.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      value={draft ?? value}
      maxLength={200}
      aria-label={label}
      data-testid={testid}
      style={{ width: '12em' }}
      onChange={(e) => {
        const v = e.target.value;
        if (v.trim() !== '') {
          onCommit(v);
          setDraft(null);
        } else setDraft(v);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

export function IndustryGroupsPanel({
  result,
  meta,
}: {
  result: SpecialisationOutput;
  meta: Meta;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const d = useAppStore((s) => s.spec.clusters.discriminant);
  const setDisc = (f: (x: IndustryGroupingSpec) => IndustryGroupingSpec) => {
    const spec = store.getState().spec;
    store.getState().setSpec({
      ...spec,
      clusters: { ...spec.clusters, discriminant: f(spec.clusters.discriminant) },
    });
  };
  const run = useMemo(
    () =>
      runGrouping(
        result.matrix,
        d,
        (k) => t('toolkit.lda.groupN', { n: k + 1 }),
        (m) => t(`toolkit.lda.short.${m}`),
      ),
    [result, d, t],
  );
  const plotRef = useRef<HTMLDivElement | null>(null);
  const res: IndustryDiscriminant | null = run?.result?.ok ? run.result.value : null;
  const groups = run?.groups ?? [];
  const colour = (k: number) => clusterColour(k + 1, Math.max(groups.length, 1));
  const groupLabel = (k: number | null) => (k === null ? '—' : (groups[k]?.name ?? '—'));
  const m = res ? res.lda.canonical.eigenvalues.length : 0;

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    el.replaceChildren();
    if (!run || !res || m === 0) return;
    type Pt = { name: string; x: number; y: number; k: number; moved: boolean };
    const pts: Pt[] = [];
    run.industries.forEach((name, i) => {
      const s = res.scores[i];
      const k = res.given[i];
      if (!s || k === null) return;
      pts.push({ name, x: s[0], y: m > 1 ? s[1] : k, k, moved: res.predicted[i] !== k });
    });
    const cents = res.groups.map((k, r) => ({
      k,
      x: res.centroids[r][0],
      y: m > 1 ? res.centroids[r][1] : k,
    }));
    const svg = Plot.plot({
      width: 560,
      height: 340,
      marginLeft: m > 1 ? 50 : 110,
      marginRight: 80,
      style: { fontSize: '11px' },
      inset: 12,
      x: {
        label: t('toolkit.lda.fn', { n: 1 }),
        grid: true,
        tickFormat: (v: number) => t.num(v, 1),
      },
      y:
        m > 1
          ? {
              label: t('toolkit.lda.fn', { n: 2 }),
              grid: true,
              tickFormat: (v: number) => t.num(v, 1),
            }
          : {
              label: null,
              domain: res.groups,
              type: 'point',
              tickFormat: (k: number) => groupLabel(k),
            },
      marks: [
        Plot.dot(cents, {
          x: 'x',
          y: 'y',
          symbol: 'plus',
          r: 9,
          strokeWidth: 2.5,
          stroke: (c: (typeof cents)[number]) => colour(c.k),
          title: (c: (typeof cents)[number]) => `${groupLabel(c.k)}: ${t('toolkit.lda.centroid')}`,
        }),
        Plot.dot(pts, {
          x: 'x',
          y: 'y',
          r: 5,
          fill: (p: Pt) => colour(p.k),
          stroke: (p: Pt) => (p.moved ? '#111' : '#fff'),
          strokeWidth: (p: Pt) => (p.moved ? 2 : 1),
          title: (p: Pt) =>
            `${p.name} · ${groupLabel(p.k)}${p.moved ? ` · ${t('toolkit.lda.moved')}` : ''}`,
        }),
        Plot.text(pts, {
          x: 'x',
          y: 'y',
          text: 'name',
          dx: 7,
          textAnchor: 'start',
          fill: '#333',
        }),
      ],
    });
    svg.setAttribute('data-testid', 'lda-scatter');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('toolkit.lda.scatter'));
    el.append(svg);
    // groupLabel and colour read `groups`, which `run` determines.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, res, m, t]);

  if (!run) return null;
  const title = t('toolkit.lda.title');
  const regionLabel = regionName(run.region, t);
  const extra = { region: run.region, measures: run.measures.join(' ') };
  const measureName = (x: IndustryMeasure) => t(`toolkit.lda.short.${x}`);
  const fns = Array.from({ length: m }, (_, q) => q);
  const issues = [
    ...run.wardIssues,
    ...(run.result ? (run.result.ok ? run.result.warnings : run.result.issues) : []),
  ];
  const setGroups = (g: IndustryGroupingSpec['groups']) => setDisc((x) => ({ ...x, groups: g }));
  const pct = (x: number) => `${t.num(x, 1)} %`;
  const pValue = (p: number) => (p < 0.0001 ? '< ' + t.num(0.0001, 4) : t.num(p, 4));

  const industriesCsv = () =>
    toCsv(
      [
        t('spec.industry'),
        ...run.measures.map(measureName),
        t('toolkit.lda.given'),
        t('toolkit.lda.predicted'),
        t('toolkit.lda.posterior'),
        ...fns.map((q) => t('toolkit.lda.fn', { n: q + 1 })),
      ],
      run.industries.map((name, i) => {
        const k = res?.given[i] ?? groupOfIndustry(groups, name);
        const p = res?.predicted[i] ?? null;
        const post = res?.posterior[i];
        const r = p === null || !res ? -1 : res.groups.indexOf(p);
        return [
          name,
          ...run.features[i],
          groupLabel(k),
          groupLabel(p),
          post && r >= 0 ? post[r] : null,
          ...fns.map((q) => res?.scores[i]?.[q] ?? null),
        ];
      }),
      meta(title, extra)(),
    );

  const functionsCsv = () =>
    res
      ? toCsv(
          [
            t('toolkit.lda.function'),
            t('toolkit.lda.eigenvalue'),
            t('toolkit.lda.variance'),
            t('toolkit.lda.cumulative'),
            t('toolkit.lda.canonicalR'),
            t('toolkit.lda.wilks'),
            t('toolkit.lda.chiSquare'),
            t('toolkit.lda.df'),
            t('toolkit.lda.p'),
            ...run.measures.map((x) => `${t('toolkit.lda.coefficients')}: ${measureName(x)}`),
            ...run.measures.map((x) => `${t('toolkit.lda.raw')}: ${measureName(x)}`),
            `${t('toolkit.lda.raw')}: ${t('toolkit.lda.constant')}`,
          ],
          fns.map((q) => {
            const c = res.lda.canonical;
            const w = res.wilks[q];
            return [
              q + 1,
              c.eigenvalues[q],
              c.percentOfVariance[q],
              c.cumulativePercent[q],
              c.canonicalCorrelations[q],
              w.lambda,
              w.chiSquare,
              w.df,
              w.pValue,
              ...run.measures.map((_, j) => c.standardised[j][q]),
              ...run.measures.map((_, j) => c.raw[j][q]),
              c.rawConstants[q],
            ];
          }),
          meta(t('toolkit.lda.functions'), extra)(),
        )
      : '';

  return (
    <div className="panel" data-testid="industry-groups" style={{ marginTop: 12 }}>
      <div className="panel-head">
        <h2>{title}</h2>
        <ExportButtons
          name={fileStem('industry-groups', run.region)}
          meta={meta(title, extra)}
          svg={
            res
              ? () =>
                  figureOf(
                    plotRef.current?.querySelector('svg') as SVGSVGElement | null,
                    meta(t('toolkit.lda.scatter'), extra)(),
                  )
              : undefined
          }
          csv={industriesCsv}
          testid="lda-export"
        />
      </div>
      <p className="muted small">{t('toolkit.lda.lead')}</p>

      <div className="button-row">
        <label className="inline-field">
          <span className="field-label">{t('toolkit.region')}</span>
          <select
            data-testid="lda-region"
            value={run.region}
            onChange={(e) => setDisc((x) => ({ ...x, region: e.target.value }))}
          >
            {result.matrix.rows.map((r) => (
              <option key={r} value={r}>
                {regionName(r, t)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline-field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="field-label">{t('toolkit.lda.measures')}</legend>
          {INDUSTRY_POSITION_MEASURES.map((x) => (
            <label key={x} className="small" style={{ marginRight: 10 }}>
              <input
                type="checkbox"
                data-testid={`lda-measure-${x}`}
                checked={d.variables.includes(x)}
                onChange={(e) =>
                  setDisc((s) => ({
                    ...s,
                    variables: INDUSTRY_POSITION_MEASURES.filter((v) =>
                      v === x ? e.target.checked : s.variables.includes(v),
                    ),
                  }))
                }
              />{' '}
              {t(`toolkit.lda.measure.${x}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="button-row">
        <label className="inline-field">
          <span className="field-label">{t('toolkit.lda.k')}</span>
          <TypedNumber
            value={d.k}
            min={2}
            max={MAX_INDUSTRY_GROUPS}
            integer
            label={t('toolkit.lda.k')}
            testid="lda-k"
            onValue={(k) => {
              if (k !== undefined) setDisc((x) => ({ ...x, k, groups: null }));
            }}
          />
        </label>
        <button
          type="button"
          className="button secondary small"
          data-testid="lda-ward"
          disabled={run.fromWard}
          onClick={() => setGroups(null)}
        >
          {t('toolkit.lda.ward')}
        </button>
        <span className="small muted" data-testid="lda-origin">
          {run.fromWard ? t('toolkit.lda.fromWard') : t('toolkit.lda.byHand')}
        </span>
      </div>

      <div className="button-row" data-testid="lda-groups">
        <strong className="small">{t('toolkit.lda.groups')}</strong>
        {groups.map((g, k) => (
          <span key={k} className="inline-field" data-group={k}>
            <span className="swatch" style={{ background: colour(k) }} aria-hidden />
            <GroupNameInput
              value={g.name}
              label={t('toolkit.lda.groupName', { n: k + 1 })}
              testid={`lda-group-name-${k}`}
              onCommit={(name) => setGroups(groups.map((x, j) => (j === k ? { ...x, name } : x)))}
            />
            <span className="small muted">
              {t('toolkit.lda.members', { n: g.industries.length })}
            </span>
            <button
              type="button"
              className="button secondary small"
              aria-label={t('toolkit.lda.removeGroup', { name: g.name })}
              title={t('toolkit.lda.removeGroup', { name: g.name })}
              data-testid={`lda-group-remove-${k}`}
              onClick={() => setGroups(groups.filter((_, j) => j !== k))}
            >
              ×
            </button>
          </span>
        ))}
        <button
          type="button"
          className="button secondary small"
          data-testid="lda-group-add"
          disabled={groups.length >= MAX_INDUSTRY_GROUPS}
          onClick={() =>
            setGroups([
              ...groups,
              { name: t('toolkit.lda.groupN', { n: groups.length + 1 }), industries: [] },
            ])
          }
        >
          {t('toolkit.lda.addGroup')}
        </button>
      </div>

      {run.measures.length === 0 && (
        <p className="issues" role="alert" data-testid="lda-need-measure">
          {t('toolkit.lda.needMeasure')}
        </p>
      )}
      <IssueList issues={issues} testid="lda-issues" />
      {run.result && !run.result.ok && (
        <p className="small muted" data-testid="lda-fix-hint">
          {t('toolkit.lda.fixHint')}
        </p>
      )}

      <ScrollRegion label={title}>
        <table className="data compact" data-testid="lda-industries">
          <thead>
            <tr>
              <th scope="col">{t('spec.industry')}</th>
              {run.measures.map((x) => (
                <th key={x} scope="col" className="num">
                  {measureName(x)}
                </th>
              ))}
              <th scope="col">{t('toolkit.lda.given')}</th>
              <th scope="col">{t('toolkit.lda.predicted')}</th>
              <th scope="col" className="num">
                {t('toolkit.lda.posterior')}
              </th>
              {fns.slice(0, 2).map((q) => (
                <th key={q} scope="col" className="num">
                  {t('toolkit.lda.fn', { n: q + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {run.industries.map((name, i) => {
              const k = groupOfIndustry(groups, name);
              const p = res?.predicted[i] ?? null;
              const r = p === null || !res ? -1 : res.groups.indexOf(p);
              const post = res?.posterior[i];
              const moved = p !== null && k !== null && p !== k;
              return (
                <tr key={name} data-industry={name} data-moved={moved ? 'true' : undefined}>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    {k !== null && (
                      <span className="swatch" style={{ background: colour(k) }} aria-hidden />
                    )}{' '}
                    {name}
                  </td>
                  {run.features[i].map((v, j) => (
                    <td key={j} className="num">
                      {t.num(v, 3)}
                    </td>
                  ))}
                  <td>
                    <select
                      data-testid="lda-assign"
                      aria-label={`${t('toolkit.lda.given')}: ${name}`}
                      value={k === null ? '' : String(k)}
                      onChange={(e) =>
                        setGroups(
                          moveIndustry(
                            groups,
                            run.industries,
                            name,
                            e.target.value === '' ? null : Number(e.target.value),
                          ),
                        )
                      }
                    >
                      <option value="">{t('toolkit.lda.none')}</option>
                      {groups.map((g, j) => (
                        <option key={j} value={String(j)}>
                          {g.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td
                    data-testid="lda-predicted"
                    style={moved ? { fontWeight: 700, color: '#b45309' } : undefined}
                    title={moved ? t('toolkit.lda.moved') : undefined}
                  >
                    {p === null ? '—' : `${moved ? '≠ ' : ''}${groupLabel(p)}`}
                  </td>
                  <td className="num">{post && r >= 0 ? pct(post[r] * 100) : '—'}</td>
                  {fns.slice(0, 2).map((q) => (
                    <td key={q} className="num">
                      {t.num(res?.scores[i]?.[q] ?? null, 2)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {res && (
        <>
          <p data-testid="lda-hit-rate">
            {t('toolkit.lda.hitRate', {
              resub: res.used.filter((i) => res.predicted[i] === res.given[i]).length,
              n: res.used.length,
              pct: pct(res.lda.classification.percentCorrect),
              loo: res.lda.leaveOneOut ? pct(res.lda.leaveOneOut.percentCorrect) : '—',
            })}
          </p>
          <div className="analysis-row">
            <div>
              {res && (
                <>
                  <div ref={plotRef} />
                  <p className="small muted">
                    {t('toolkit.lda.scatter')}
                    {': '}
                    {res.groups.map((k) => (
                      <span key={k} style={{ marginRight: 10 }}>
                        <span className="swatch" style={{ background: colour(k) }} aria-hidden />{' '}
                        {groupLabel(k)}
                      </span>
                    ))}
                    <span>✚ {t('toolkit.lda.centroid')}</span>
                  </p>
                </>
              )}
            </div>
            <div className="lda-tables" style={{ alignContent: 'flex-start' }}>
              <ScrollRegion label={t('toolkit.lda.classification')} className="lda-table">
                <table className="data compact" data-testid="lda-classification">
                  <caption>{t('toolkit.lda.classification')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('toolkit.lda.givenPredicted')}</th>
                      {res.groups.map((k) => (
                        <th key={k} scope="col" className="num">
                          {groupLabel(k)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {res.groups.map((k, a) => (
                      <tr key={k}>
                        <th scope="row">
                          <span className="swatch" style={{ background: colour(k) }} aria-hidden />{' '}
                          {groupLabel(k)}
                        </th>
                        {res.lda.classification.table[a].map((count, b) => (
                          <td
                            key={b}
                            className={a === b ? 'num lda-diag' : 'num'}
                            data-diagonal={a === b ? 'true' : undefined}
                          >
                            {count}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <ScrollRegion label={t('toolkit.lda.coefficients')} className="lda-table">
                <table className="data compact" data-testid="lda-coefficients">
                  <caption>{t('toolkit.lda.coefficients')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('toolkit.lda.measures')}</th>
                      {fns.map((q) => (
                        <th key={q} scope="col" className="num">
                          {t('toolkit.lda.fn', { n: q + 1 })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {run.measures.map((x, j) => (
                      <tr key={x}>
                        <th scope="row">{measureName(x)}</th>
                        {fns.map((q) => (
                          <td key={q} className="num">
                            {t.num(res.lda.canonical.standardised[j][q], 3)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </div>
          <div className="panel-head">
            <h3>{t('toolkit.lda.functions')}</h3>
            <ExportButtons
              name={fileStem('industry-groups-functions', run.region)}
              meta={meta(t('toolkit.lda.functions'), extra)}
              csv={functionsCsv}
              testid="lda-functions-export"
            />
          </div>
          <ScrollRegion label={t('toolkit.lda.functions')}>
            <table className="data compact" data-testid="lda-functions">
              <thead>
                <tr>
                  <th scope="col">{t('toolkit.lda.function')}</th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.eigenvalue')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.variance')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.cumulative')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.canonicalR')}
                  </th>
                  <th scope="col">{t('toolkit.lda.wilksTest')}</th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.wilks')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.chiSquare')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.df')}
                  </th>
                  <th scope="col" className="num">
                    {t('toolkit.lda.p')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fns.map((q) => {
                  const c = res.lda.canonical;
                  const w = res.wilks[q];
                  return (
                    <tr key={q}>
                      <td>{q + 1}</td>
                      <td className="num">{t.num(c.eigenvalues[q], 3)}</td>
                      <td className="num">{t.num(c.percentOfVariance[q], 1)}</td>
                      <td className="num">{t.num(c.cumulativePercent[q], 1)}</td>
                      <td className="num">{t.num(c.canonicalCorrelations[q], 3)}</td>
                      <td>{t('toolkit.lda.through', { from: w.from, to: m })}</td>
                      <td className="num">{t.num(w.lambda, 4)}</td>
                      <td className="num">{t.num(w.chiSquare, 2)}</td>
                      <td className="num">{w.df}</td>
                      <td className="num">{pValue(w.pValue)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <p className="footnote">{t('toolkit.lda.note', { region: regionLabel })}</p>
    </div>
  );
}
