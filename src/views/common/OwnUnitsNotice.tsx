/**
 * Above #/map and #/spatial: the study's table is a table of its own units with no boundary
 * file (views/import/ownUnits.ts), so there is nothing to draw or to take neighbours from yet;
 * says so and what to import, rather than an empty map or "0 units".
 */
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/react.tsx';
import { activeUserDataset } from '../../state/study.ts';
import { isOwnUnitTable } from '../../state/unitKind.ts';

export function OwnUnitsNotice() {
  const t = useT();
  const file = useAppStore((s) => {
    const d = activeUserDataset(s);
    return d && isOwnUnitTable(d) ? d.fileName : null;
  });
  if (!file) return null;
  return (
    <p className="notice" role="note" data-testid="own-units-unmapped">
      {t('ownUnits.noBoundaries', { file })}
    </p>
  );
}
