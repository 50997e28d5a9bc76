/**
 * The route table: one entry per view, in navigation order. A view is a lazily loaded
 * default export, so each view's heavy libraries (Leaflet, Plot) stay out of the initial
 * bundle. To add a view: write src/views/<name>/<Name>View.tsx with a default export and add
 * its entry below with `lazy(() => import('./<name>/<Name>View.tsx'))`.
 */
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/translate.ts';

export interface RouteDef {
  /** Path segment after '#/', e.g. 'map'. */
  id: string;
  /** Navigation label (dictionary key). */
  label: MessageKey;
  component: ComponentType;
}

export const ROUTES: readonly RouteDef[] = [
  { id: 'map', label: 'nav.map', component: lazy(() => import('./map/MapView.tsx')) },
  { id: 'rating', label: 'nav.rating', component: lazy(() => import('./rating/RatingView.tsx')) },
  {
    id: 'clustering',
    label: 'nav.clustering',
    component: lazy(() => import('./clustering/ClusteringView.tsx')),
  },
  {
    id: 'factors',
    label: 'nav.factors',
    component: lazy(() => import('./factors/FactorsView.tsx')),
  },
  {
    id: 'spatial',
    label: 'nav.spatial',
    component: lazy(() => import('./spatial/SpatialView.tsx')),
  },
  {
    id: 'specialisation',
    label: 'nav.specialisation',
    component: lazy(() => import('./specialisation/SpecialisationView.tsx')),
  },
  {
    id: 'profile',
    label: 'nav.profile',
    component: lazy(() => import('./profile/ProfileView.tsx')),
  },
  { id: 'data', label: 'nav.data', component: lazy(() => import('./data/DataView.tsx')) },
];

export const ROUTE_IDS: readonly string[] = ROUTES.map((r) => r.id);

export function routeById(id: string): RouteDef {
  return ROUTES.find((r) => r.id === id) ?? ROUTES[0];
}
