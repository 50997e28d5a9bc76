/**
 * The interface language as a React context. The state layer provides it from the store
 * (state/react.tsx), so i18n does not import the store; outside a provider it is Russian, the
 * app's default.
 */
import { createContext } from 'react';
import type { Lang } from '../data/types.ts';

export const LanguageContext = createContext<Lang>('ru');
