/** Placeholder for a view that is not built yet; the route table swaps it for the real one. */
import type { ComponentType } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/translate.ts';

export function ComingSoon({ view }: { view: MessageKey }) {
  const t = useT();
  return (
    <section
      className="view placeholder"
      aria-labelledby="placeholder-title"
      data-testid="coming-soon"
    >
      <h1 id="placeholder-title">{t(view)}</h1>
      <p className="muted">{t('app.comingSoon.title')}</p>
      <p>{t('app.comingSoon.text', { view: t(view) })}</p>
    </section>
  );
}

/** A route component that shows the placeholder for the view named by `label`. */
export function comingSoon(label: MessageKey): ComponentType {
  const Placeholder = () => <ComingSoon view={label} />;
  Placeholder.displayName = `ComingSoon(${label})`;
  return Placeholder;
}
