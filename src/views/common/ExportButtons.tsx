/** Export buttons for one figure or table; each builder is called only when clicked. */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { CsvStyle } from '../../data/csv/writeCsv.ts';
import { getCsvStyle, setCsvStyle } from './csvStyle.ts';
import { download, svgToPng, type ExportMeta } from './export.ts';

export interface ExportButtonsProps {
  /** File name stem, e.g. 'rating-2014'. */
  name: string;
  meta: () => ExportMeta;
  csv?: () => string;
  /** A standalone SVG and its size in CSS pixels. */
  svg?: () => { svg: string; width: number; height: number };
  testid?: string;
}

export function ExportButtons({ name, meta, csv, svg, testid }: ExportButtonsProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [csvStyle, setStyle] = useState<CsvStyle>(getCsvStyle);
  const run = async (f: () => Promise<void> | void) => {
    setBusy(true);
    try {
      await f();
    } catch (e) {
      console.error('Export failed', e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="export-buttons button-row"
      role="group"
      aria-label={t('export.label')}
      data-testid={testid}
    >
      <span className="field-label">{t('export.label')}</span>
      {svg && (
        <>
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            data-testid={`${testid ?? name}-png`}
            onClick={() =>
              run(async () => {
                const s = svg();
                download(await svgToPng(s.svg, s.width, s.height, meta()), `${name}.png`);
              })
            }
          >
            {t('export.png')}
          </button>
          <button
            type="button"
            className="button secondary small"
            disabled={busy}
            data-testid={`${testid ?? name}-svg`}
            onClick={() =>
              run(() =>
                download(
                  new Blob([svg().svg], { type: 'image/svg+xml;charset=utf-8' }),
                  `${name}.svg`,
                ),
              )
            }
          >
            {t('export.svg')}
          </button>
        </>
      )}
      {csv && (t.lang === 'ru' || t.lang === 'kk') && (
        <select
          className="small"
          aria-label={t('export.csvStyle')}
          title={t('export.csvStyle')}
          value={csvStyle}
          data-testid={`${testid ?? name}-csv-style`}
          onChange={(e) => {
            const v = e.target.value === 'plain' ? 'plain' : 'locale';
            setCsvStyle(v);
            setStyle(v);
          }}
        >
          <option value="locale">{t('export.csvStyle.locale')}</option>
          <option value="plain">{t('export.csvStyle.plain')}</option>
        </select>
      )}
      {csv && (
        <button
          type="button"
          className="button secondary small"
          disabled={busy}
          data-testid={`${testid ?? name}-csv`}
          onClick={() =>
            // The text starts with a byte-order mark (data/csv/writeCsv.ts) for Excel.
            run(() =>
              download(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`),
            )
          }
        >
          {t('export.csv')}
        </button>
      )}
    </div>
  );
}
