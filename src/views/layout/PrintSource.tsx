/**
 * The data source at the foot of a printed page (styles/print.css, issue 15 "print gives a
 * report"): the data and the boundaries, as an exported figure's source line says them
 * (common/figure.ts). Loaded lazily: it brings the dataset catalogue, which the first screen
 * does not need. The line reads only the spec's data section (sourceLine: the table and the
 * boundaries), so it is made again when those or the language change, not at every store
 * update (a slider step made the whole study twice to compare one string).
 */
import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/react.tsx';
import { sourceLine } from '../common/figure.ts';

export default function PrintSource() {
  const store = useAppStoreApi();
  const data = useAppStore((s) => s.spec.data);
  const lang = useAppStore((s) => s.view.language);
  const source = useMemo(
    () => sourceLine({ title: '', spec: { ...store.getState().spec, data } }, lang, true),
    [store, data, lang],
  );
  return (
    <footer className="print-only print-source" data-testid="print-source">
      {source}
    </footer>
  );
}
