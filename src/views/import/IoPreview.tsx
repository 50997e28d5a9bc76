/**
 * An imported input-output table and its multipliers (METHODS.md section 5; core/io): output,
 * value-added and type I household-income multiplier per industry. Industry names come from the
 * file and are rendered as text.
 */
import { useMemo } from 'react';
import type { IoTable } from '../../data/readers/ioTable.ts';
import { ioMultipliers, IoError, type IoResult } from '../../core/io/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import type { Issue } from '../../core/issue.ts';
import { IssueText } from '../common/IssueText.tsx';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { fileStem, toCsv } from '../common/export.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';

type Computed = { ok: true; value: IoResult } | { ok: false; issues: Issue[] };

/** Multipliers of an imported table, or the core's reason why there are none. */
export function computeMultipliers(io: IoTable): Computed {
  try {
    return {
      ok: true,
      value: ioMultipliers({
        z: io.flows,
        x: io.output,
        v: io.valueAdded.map((v, j) => v / io.output[j]),
        h: io.householdIncome.map((h, j) => h / io.output[j]),
        industries: io.industries,
      }),
    };
  } catch (e) {
    return {
      ok: false,
      issues:
        e instanceof IoError
          ? e.issues
          : [{ code: 'compute-failed', severity: 'error', message: String(e) }],
    };
  }
}

export function IoPreview({ io, fileName }: { io: IoTable; fileName: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const m = useMemo(() => computeMultipliers(io), [io]);
  const header = [
    t('import.io.industry'),
    t('import.io.output'),
    t('import.io.valueAdded'),
    t('import.io.income'),
  ];
  const rows = m.ok
    ? io.industries.map((name, j) => [
        name,
        m.value.output[j],
        m.value.valueAdded?.[j] ?? null,
        m.value.income?.[j] ?? null,
      ])
    : [];
  return (
    <section className="panel" data-testid="io-multipliers" aria-labelledby="io-title">
      <div className="panel-head">
        <h3 id="io-title">{t('import.io.title', { file: fileName })}</h3>
        {m.ok && (
          <ExportButtons
            name={fileStem('multipliers', fileName.replace(/\.[^.]+$/, ''))}
            meta={() => ({
              title: t('import.io.title', { file: fileName }),
              spec: store.getState().spec,
              extra: { file: fileName },
              created: new Date().toISOString(),
            })}
            csv={() =>
              toCsv(header, rows, {
                title: t('import.io.title', { file: fileName }),
                spec: store.getState().spec,
                extra: { file: fileName },
                created: new Date().toISOString(),
              })
            }
            testid="io-export"
          />
        )}
      </div>
      <p className="muted">{t('import.io.lead')}</p>
      {m.ok && m.value.warnings.length > 0 && (
        <p className="issues" role="status" data-testid="io-ill-conditioned">
          {t('import.io.illConditioned', { kappa: t.num(m.value.condition, 0) })}
        </p>
      )}
      {!m.ok ? (
        <p className="issues" role="alert">
          {t('import.io.failed')}{' '}
          {m.issues.map((i, k) => (
            <span key={k}>
              <IssueText issue={i} />{' '}
            </span>
          ))}
        </p>
      ) : (
        <ScrollRegion label={t('import.io.title', { file: fileName })}>
          <table className="data-table">
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, j) => (
                <tr key={j}>
                  <th scope="row">{r[0]}</th>
                  <td className="num">{t.num(r[1] as number | null, 3)}</td>
                  <td className="num">{t.num(r[2] as number | null, 3)}</td>
                  <td className="num">{t.num(r[3] as number | null, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
