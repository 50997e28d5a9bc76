// @vitest-environment jsdom
/**
 * The infrastructure list a reader sees: ru and kk read the translation with the paper's English
 * under "as printed" (marked lang="en"); en reads the list as printed with no second copy.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { REGION_GROUPS } from '../../../src/data/datasets/regionGroupsPublished.ts';
import type { Lang } from '../../../src/data/types.ts';
import { LanguageContext } from '../../../src/i18n/language.tsx';
import { InfrastructureList } from '../../../src/views/common/InfrastructureList.tsx';

afterEach(cleanup);

const group = REGION_GROUPS[0];

function show(lang: Lang, layout: 'inline' | 'list', limit?: number) {
  return render(
    <LanguageContext.Provider value={lang}>
      <InfrastructureList group={group} layout={layout} limit={limit} />
    </LanguageContext.Provider>,
  ).container;
}

describe('InfrastructureList', () => {
  it('ru: the translated items, and the printed English under «Как напечатано в статье»', () => {
    const el = show('ru', 'list');
    const shown = [...el.querySelectorAll('ul.infrastructure > li')].map((li) => li.textContent);
    expect(shown).toEqual(group.infrastructureTranslated.ru);
    expect(screen.getByText('Как напечатано в статье (по-английски)')).toBeTruthy();
    const printed = el.querySelector('[data-as-printed]')!;
    expect(printed.getAttribute('lang')).toBe('en');
    expect([...printed.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      group.infrastructureText,
    );
  });

  it('kk inline with a limit: the first items joined, then an ellipsis', () => {
    const el = show('kk', 'inline', 6);
    expect(el.querySelector('span.infrastructure')!.textContent).toBe(
      group.infrastructureTranslated.kk.slice(0, 6).join('; ') + '…',
    );
    expect(screen.getByText('Мақалада басылғандай (ағылшынша)')).toBeTruthy();
  });

  it('en: the list as printed, no "as printed" copy', () => {
    const el = show('en', 'inline');
    expect(el.querySelector('span.infrastructure')!.textContent).toBe(
      group.infrastructureText.join('; '),
    );
    expect(el.querySelector('[data-as-printed]')).toBe(null);
  });
});
