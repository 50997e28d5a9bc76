/**
 * The data source at the foot of a printed page (styles/print.css, issue 15 "print gives a
 * report"): the data and the boundaries, as an exported figure's source line says them
 * (common/figure.ts). Loaded lazily: it brings the dataset catalogue, which the first screen
 * does not need.
 */
import { useAppStore } from '../../state/react.tsx';
import { studyOf } from '../../state/study.ts';
import { sourceLine } from '../common/figure.ts';

export default function PrintSource() {
  const source = useAppStore((s) =>
    sourceLine({ title: '', spec: studyOf(s) }, s.view.language, true),
  );
  return (
    <footer className="print-only print-source" data-testid="print-source">
      {source}
    </footer>
  );
}
