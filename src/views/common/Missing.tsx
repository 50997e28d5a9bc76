/** A missing value: the dash, with a title saying why (never NaN or an empty cell). */
import { useT } from '../../i18n/useT.ts';
import { MISSING } from '../../i18n/translate.ts';

export function Missing({ why }: { why?: string }) {
  const t = useT();
  return (
    <span className="missing" title={why ?? t('app.missing')} aria-label={why ?? t('app.missing')}>
      {MISSING}
    </span>
  );
}
