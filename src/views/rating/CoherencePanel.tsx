/**
 * Statistical coherence of the index in use (issue 9, item 6), on #/rating: a correlation
 * heatmap of all indicators (Pearson or Spearman, within and across groups; drawn with
 * Observable Plot), Cronbach's alpha and the first principal component's share of every group
 * and the index, flags for near-duplicate (|r| > 0.92) and negative pairs, and each
 * indicator's effective weight (its correlation with the index) beside its nominal weight.
 * Computed by core/coin/coherence/ratingCoherence.ts from the rating of the year in view;
 * only while the panel is open, so a weight slider does not pay for it otherwise.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NEAR_DUPLICATE_R, ratingCoherence, type RatingCoherence } from '../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { numberLocale } from '../../i18n/translate.ts';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { studyOf } from '../../state/study.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv, type ExportMeta } from '../common/export.ts';
import { sourceStem, specSource } from '../common/exportSource.ts';
import { figureOf } from '../common/figure.ts';
import { ratingWords } from '../common/methodWords.ts';
import { groupName, indicatorName } from '../common/names.ts';

type Method = 'pearson' | 'spearman';

interface CellDatum {
  a: string;
  b: string;
  r: number;
  within: boolean;
  flag: boolean;
}

const short = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function CoherencePanel() {
  const t = useT();
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<Method>('pearson');
  const year = useAppStore((s) => s.view.year);
  const result = useAppStore((s) => s.results.rating[s.view.year]);
  const rating = useAppStore((s) => s.spec.rating);
  const data = useAppStore((s) => s.spec.data);
  const stemOfData = useAppStore((s) => sourceStem(specSource(s.spec)));
  const ref = useRef<HTMLDivElement | null>(null);

  const c: RatingCoherence | null = useMemo(
    () => (open && result ? ratingCoherence(rating, result) : null),
    [open, result, rating],
  );
  const named = useMemo(() => ({ rating, data }), [rating, data]);
  const ind = (id: string) => indicatorName(t, named, id);
  const grp = (id: string | null) =>
    id === null ? t('rating.col.index') : groupName(t, named, id);
  const fmt = useMemo(() => {
    const f = new Intl.NumberFormat(numberLocale(t.lang), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return (x: number) => (Number.isFinite(x) ? f.format(x) : '—');
  }, [t.lang]);
  const pct = (x: number) => (Number.isFinite(x) ? `${fmt(x * 100)} %` : '—');

  useEffect(() => {
    const el = ref.current;
    if (!el || !c || c.indicators.length < 2) return;
    const m = method === 'pearson' ? c.pearson : c.spearman;
    const names = c.indicators.map((id, k) => `${k + 1}. ${short(indicatorName(t, named, id))}`);
    const flagged = new Set([...c.nearDuplicates, ...c.negatives].map((p) => `${p.a}|${p.b}`));
    const cells: CellDatum[] = [];
    c.indicators.forEach((a, i) =>
      c.indicators.forEach((b, j) =>
        cells.push({
          a: names[i],
          b: names[j],
          r: m[i][j],
          within: c.groupOf[i] === c.groupOf[j],
          flag: flagged.has(`${a}|${b}`) || flagged.has(`${b}|${a}`),
        }),
      ),
    );
    const k = c.indicators.length;
    const size = Math.max(18, Math.min(34, Math.floor(520 / k)));
    const svg = Plot.plot({
      width: 200 + size * k + 20,
      height: 150 + size * k + 60,
      marginLeft: 200,
      marginBottom: 150,
      marginTop: 10,
      style: { fontFamily: 'inherit', fontSize: '10px', background: 'white' },
      x: { domain: names, label: null, tickRotate: -50 },
      y: { domain: names, label: null },
      color: {
        type: 'linear',
        scheme: 'rdbu',
        domain: [-1, 1],
        legend: true,
        label: t(method === 'pearson' ? 'coherence.pearson' : 'coherence.spearman'),
      },
      marks: [
        Plot.cell(
          cells.filter((d) => Number.isFinite(d.r)),
          {
            x: 'b',
            y: 'a',
            fill: 'r',
            inset: 0.5,
            title: (d: CellDatum) => `${d.a} — ${d.b}: r = ${fmt(d.r)}`,
          },
        ),
        // Pairs within one group outlined, so the groups' blocks show on the diagonal.
        Plot.cell(
          cells.filter((d) => d.within),
          { x: 'b', y: 'a', fill: 'none', stroke: '#374151', strokeOpacity: 0.35 },
        ),
        Plot.cell(
          cells.filter((d) => d.flag),
          { x: 'b', y: 'a', fill: 'none', stroke: '#111827', strokeWidth: 2, inset: 1.5 },
        ),
        ...(size >= 26
          ? [
              Plot.text(cells, {
                x: 'b',
                y: 'a',
                text: (d: CellDatum) => fmt(d.r),
                fill: (d: CellDatum) => (Math.abs(d.r) > 0.6 ? 'white' : '#111827'),
                fontSize: 8,
              }),
            ]
          : []),
      ],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('coherence.heatmap'));
    svg.setAttribute('data-testid', 'coherence-heatmap');
    svg.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    el.replaceChildren(svg);
    return () => svg.remove();
  }, [c, method, named, t, fmt]);

  const meta = (): ExportMeta => ({
    title: `${t('coherence.heatmap')}, ${year}`,
    spec: studyOf(store.getState()),
    extra: { year: String(year), method, language: t.lang },
    created: new Date().toISOString(),
  });
  const csv = () => {
    if (!c) return '';
    const m = method === 'pearson' ? c.pearson : c.spearman;
    return toCsv(
      [t('coherence.col.indicator'), 'code', ...c.indicators],
      c.indicators.map((id, i) => [ind(id), id, ...m[i]]),
      meta(),
    );
  };

  return (
    <details
      className="panel coherence-panel"
      data-testid="coherence-panel"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{t('coherence.title')}</summary>
      {!c ? (
        open && <p className="muted">{t('coherence.none')}</p>
      ) : (
        <>
          <p className="muted">{t('coherence.lead', { r: fmt(NEAR_DUPLICATE_R) })}</p>
          <div className="panel-head">
            <label className="field">
              <span>{t('coherence.method')}</span>
              <select
                data-testid="coherence-method"
                value={method}
                onChange={(e) => setMethod(e.target.value as Method)}
              >
                <option value="pearson">{t('coherence.pearson')}</option>
                <option value="spearman">{t('coherence.spearman')}</option>
              </select>
            </label>
            <ExportButtons
              name={fileStem('coherence', method, stemOfData, year)}
              meta={meta}
              csv={csv}
              svg={() =>
                figureOf(ref.current?.querySelector('svg') ?? null, meta(), {
                  subtitle: `${t('coherence.subtitle', { method: t(`coherence.${method}`) })} ${ratingWords(store.getState().spec, t)}`,
                })
              }
              testid="coherence-export"
            />
          </div>
          {c.indicators.length < 2 ? (
            <p className="muted">{t('coherence.few')}</p>
          ) : (
            <div ref={ref} className="chart-host" />
          )}
          <h3>{t('coherence.flags.title')}</h3>
          <ul data-testid="coherence-flags">
            {c.nearDuplicates.map((p) => (
              <li key={`d${p.a}${p.b}`} data-flag="duplicate">
                {t('coherence.flag.duplicate', {
                  a: ind(p.a),
                  b: ind(p.b),
                  r: fmt(p.r),
                  where: t(p.within ? 'coherence.within' : 'coherence.across'),
                })}
              </li>
            ))}
            {c.negatives.map((p) => (
              <li key={`n${p.a}${p.b}`} data-flag="negative">
                {t('coherence.flag.negative', {
                  a: ind(p.a),
                  b: ind(p.b),
                  r: fmt(p.r),
                  where: t(p.within ? 'coherence.within' : 'coherence.across'),
                })}
              </li>
            ))}
            {c.nearDuplicates.length + c.negatives.length === 0 && (
              <li>{t('coherence.noFlags')}</li>
            )}
          </ul>
          <h3>{t('coherence.groups.title')}</h3>
          <table className="data-table" data-testid="coherence-groups">
            <thead>
              <tr>
                <th>{t('coherence.col.group')}</th>
                <th>{t('coherence.col.children')}</th>
                <th>{t('coherence.col.alpha')}</th>
                <th>{t('coherence.col.pc1')}</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((n) => (
                <tr key={n.id ?? '(index)'} data-node={n.id ?? 'index'}>
                  <td>{grp(n.id)}</td>
                  <td className="num">{n.children.length}</td>
                  <td className="num">{fmt(n.alpha)}</td>
                  <td className="num">{pct(n.pc1Share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('coherence.groups.note')}</p>
          <h3>{t('coherence.effective.title')}</h3>
          <table className="data-table" data-testid="coherence-effective">
            <thead>
              <tr>
                <th>{t('coherence.col.indicator')}</th>
                <th>{t('coherence.col.group')}</th>
                <th>{t('coherence.col.nominal')}</th>
                <th>{t('coherence.col.corr')}</th>
              </tr>
            </thead>
            <tbody>
              {c.effective.map((e, k) => (
                <tr key={e.code} data-indicator={e.code}>
                  <td>{ind(e.code)}</td>
                  <td>{grp(c.groupOf[k])}</td>
                  <td className="num">{pct(e.nominal)}</td>
                  <td className="num">{fmt(e.corrWithIndex)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('coherence.effective.note')}</p>
        </>
      )}
    </details>
  );
}
