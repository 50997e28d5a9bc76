/** Downloadable CSV templates per analysis (data/readers/csvTemplate.ts), in either region scheme. */
import { useState } from 'react';
import { csvTemplate, type TemplateKind } from '../../data/readers/csvTemplate.ts';
import type { Scheme } from '../../data/regions/registry.ts';
import { useT } from '../../i18n/useT.ts';
import { download } from '../common/export.ts';

const KINDS: readonly TemplateKind[] = ['rating', 'clustering', 'specialisation'];

export function Templates() {
  const t = useT();
  const [scheme, setScheme] = useState<Scheme>('2014');
  return (
    <section className="panel" aria-labelledby="templates-title" data-testid="templates">
      <h3 id="templates-title">{t('import.templates.title')}</h3>
      <p className="muted">{t('import.templates.lead')}</p>
      <div className="button-row">
        <label htmlFor="template-scheme">{t('import.templates.scheme')}</label>
        <select
          id="template-scheme"
          value={scheme}
          onChange={(e) => setScheme(e.target.value as Scheme)}
        >
          <option value="2014">{t('import.scheme.2014')}</option>
          <option value="current">{t('import.scheme.current')}</option>
        </select>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="button secondary small"
            data-testid={`template-${k}`}
            onClick={() =>
              download(
                new Blob(['\ufeff', csvTemplate(k, scheme, t.lang)], {
                  type: 'text/csv;charset=utf-8',
                }),
                `template-${k}-${scheme}.csv`,
              )
            }
          >
            {t(`import.templates.${k}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
