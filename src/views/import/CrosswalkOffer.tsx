/**
 * On the import report: the imported table is in one territorial scheme, the map's boundaries in
 * the other (2014's 16 regions vs today's 20 units). Offers the crosswalk (issue 11): the user
 * says which columns are counts (summed over the parts), which are rates (averaged with a weight
 * column such as population), and, going to today's units, gives an allocation key (each part's
 * share of its 2014 region) or is told that counts cannot be split without one. Same code as
 * `atlas crosswalk` (views/import/crosswalkImport.ts).
 */
import { useState } from 'react';
import type { CrosswalkSpec, FileRef, Issue } from '../../core/index.ts';
import { sharesFromPanel } from '../../data/crosswalkPanel.ts';
import { buildPanelTable, type PanelTable } from '../../data/readers/panelTable.ts';
import { readUserFile, ACCEPT } from '../../data/readers/readUserFile.ts';
import { partsToday } from '../../data/regions/crosswalk.ts';
import { regionsOf, type Scheme } from '../../data/regions/registry.ts';
import { sha256Hex } from '../../data/sha256.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStoreApi } from '../../state/react.tsx';
import type { UserDataset } from '../../state/userData.ts';
import { IssueText } from '../common/IssueText.tsx';
import { activateDataset } from './activate.ts';
import { crosswalkDataset } from './crosswalkImport.ts';

type Kind = 'additive' | 'weighted' | 'other';

/** The 2014 regions that today's scheme splits, by their names in `lang`. */
function splitRegions(lang: 'ru' | 'kk' | 'en'): string {
  return regionsOf('2014')
    .filter((r) => partsToday(r).length > 1)
    .map((r) => r.names[lang])
    .join(', ');
}

export function CrosswalkOffer({
  dataset,
  panel,
  to,
  onApplied,
}: {
  dataset: UserDataset;
  panel: PanelTable;
  to: Scheme;
  /** Called once the carried table has replaced the imported one. */
  onApplied?: () => void;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const names = panel.variables.map((v) => v.name);
  const [kinds, setKinds] = useState<Kind[]>(() => names.map(() => 'other'));
  const [weight, setWeight] = useState<string>('');
  const [key, setKey] = useState<{ ref: FileRef; shares: Map<string, number> } | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const from: Scheme = to === '2014' ? 'current' : '2014';
  const anyWeighted = kinds.includes('weighted');
  const anyAdditive = kinds.includes('additive') || (anyWeighted && weight !== '');
  const needsKey = to === 'current' && anyAdditive && key === null;

  const onKey = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readUserFile(bytes, file.name, { lang: t.lang });
    if (read.kind !== 'table') {
      setIssues(read.kind === 'error' ? read.issues : []);
      setKey(null);
      return;
    }
    const p = buildPanelTable(read.grid);
    if (!p.ok) {
      setIssues(p.issues);
      setKey(null);
      return;
    }
    setIssues([]);
    setKey({
      ref: { fileName: file.name, sha256: sha256Hex(bytes) },
      shares: sharesFromPanel(p.value),
    });
  };

  const apply = () => {
    const choice: CrosswalkSpec = {
      from,
      to,
      additive: names.filter((_, i) => kinds[i] === 'additive'),
      weighted: names.filter((_, i) => kinds[i] === 'weighted'),
      weight: anyWeighted && weight !== '' ? weight : null,
      ...(key ? { shares: key.ref } : {}),
    };
    const r = crosswalkDataset(dataset, panel, choice, key?.shares);
    if (!r.ok) {
      setIssues(r.issues);
      return;
    }
    setIssues(r.warnings);
    const s = store.getState();
    const wasActive = s.userData.activeDataset === dataset.id;
    s.addUserDataset(r.value);
    if (wasActive) activateDataset(store, dataset.id);
    onApplied?.();
  };

  return (
    <section
      className="panel crosswalk-offer"
      data-testid="crosswalk-offer"
      aria-labelledby="crosswalk-title"
    >
      <h3 id="crosswalk-title">{t('crosswalk.title')}</h3>
      <p>
        {t('crosswalk.lead', {
          file: dataset.fileName,
          from: t(`import.scheme.${from}`),
          to: t(`import.scheme.${to}`),
        })}
      </p>
      <p className="muted">{t('crosswalk.kinds.hint')}</p>
      <table className="crosswalk-columns">
        <thead>
          <tr>
            <th scope="col">{t('crosswalk.column')}</th>
            <th scope="col">{t('crosswalk.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n, i) => (
            <tr key={n}>
              <th scope="row">
                <label htmlFor={`crosswalk-kind-${i}`}>{n}</label>
              </th>
              <td>
                <select
                  id={`crosswalk-kind-${i}`}
                  data-testid={`crosswalk-kind-${i}`}
                  value={kinds[i]}
                  onChange={(e) =>
                    setKinds(kinds.map((k, j) => (j === i ? (e.target.value as Kind) : k)))
                  }
                >
                  <option value="other">{t('crosswalk.kind.other')}</option>
                  <option value="additive">{t('crosswalk.kind.additive')}</option>
                  {names.length > 1 && (
                    <option value="weighted">{t('crosswalk.kind.weighted')}</option>
                  )}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {anyWeighted && (
        <div className="field">
          <label htmlFor="crosswalk-weight">{t('crosswalk.weight')}</label>
          <select
            id="crosswalk-weight"
            data-testid="crosswalk-weight"
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
          >
            <option value="">{t('crosswalk.weight.none')}</option>
            {names
              .filter((_, i) => kinds[i] !== 'weighted')
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </div>
      )}
      {to === 'current' && (
        <div className="field">
          <p className="muted">{t('crosswalk.split', { regions: splitRegions(t.lang) })}</p>
          <label htmlFor="crosswalk-shares">{t('crosswalk.shares')}</label>
          <input
            id="crosswalk-shares"
            type="file"
            accept={ACCEPT}
            data-testid="crosswalk-shares"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void onKey(f);
            }}
          />
          {key && (
            <p className="muted" data-testid="crosswalk-shares-read">
              {t('crosswalk.shares.read', { file: key.ref.fileName, n: key.shares.size })}
            </p>
          )}
        </div>
      )}
      {needsKey && (
        <p className="status warning" role="status" data-testid="crosswalk-needs-key">
          {t('crosswalk.needsKey')}
        </p>
      )}
      {anyWeighted && weight === '' && (
        <p className="status warning" role="status">
          {t('crosswalk.needsWeight')}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="crosswalk-apply"
          disabled={anyWeighted && weight === ''}
          onClick={apply}
        >
          {t('crosswalk.apply', { to: t(`import.scheme.${to}`) })}
        </button>
      </div>
      {issues.length > 0 && (
        <ol className="issue-list" data-testid="crosswalk-issues">
          {issues.map((i, k) => (
            <li key={k} className={i.severity}>
              <IssueText issue={i} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
