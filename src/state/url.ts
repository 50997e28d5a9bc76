/**
 * Shareable links: the route in the hash path and the whole spec plus view state in one
 * query parameter, `#/rating?s=<base64url of compact JSON>`. Reading validates the spec with
 * core/specValidate.ts and the view fields here; a bad link yields defaults plus issues to
 * show, never an exception.
 */
import type { Issue } from '../core/issue.ts';
import { defaultSpec, type AnalysisSpec } from '../core/spec.ts';
import { readSpec } from '../core/specMigrate.ts';
import { isLang } from '../i18n/translate.ts';
import {
  ANALYSIS_SOURCES,
  CLASS_METHODS,
  DEFAULT_ROUTE,
  defaultView,
  MAX_SELECTED,
  PALETTE_IDS,
  USER_TABLE_ID,
  YEARS,
  type ViewState,
} from './viewState.ts';

/** The part of the view state a link carries (presentation mode needs a gesture). */
type LinkedView = Omit<ViewState, 'route' | 'presentation'>;

interface Payload {
  spec: AnalysisSpec;
  view: LinkedView;
}

export interface ParsedLink {
  route: string;
  spec: AnalysisSpec;
  view: ViewState;
  /** Empty for a clean link or a link without state. */
  issues: Issue[];
  /** True where the hash carried state (`?s=`). */
  hadState: boolean;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The hash for a route, spec and view: `#/<route>?s=<base64url JSON>`. */
export function encodeHash(route: string, spec: AnalysisSpec, view: ViewState): string {
  const linked: LinkedView = {
    language: view.language,
    selected: view.selected,
    mapLayer: view.mapLayer,
    classification: view.classification,
    palette: view.palette,
    year: view.year,
    overlays: view.overlays,
    clusterSource: view.clusterSource,
    clusterTable: view.clusterTable,
    factorSource: view.factorSource,
    specialisationTable: view.specialisationTable,
  };
  const payload: Payload = { spec, view: linked };
  return `#/${route}?s=${toBase64Url(JSON.stringify(payload))}`;
}

const issue = (code: string, message: string, field?: string): Issue => ({
  code,
  severity: 'error',
  message,
  where: field ? { field } : undefined,
});

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** View fields from a link: each valid field is taken, each invalid one reported and defaulted. */
function readView(x: unknown, route: string, issues: Issue[]): ViewState {
  const d = defaultView();
  const v: ViewState = { ...d, route };
  if (x === undefined) return v;
  if (!isObj(x)) {
    issues.push(issue('link-view', 'The view settings in the link are not an object.', 'view'));
    return v;
  }
  const bad = (field: string) =>
    issues.push(
      issue('link-view', `The link's view setting "${field}" is invalid.`, `view.${field}`),
    );
  if ('language' in x) {
    if (isLang(x.language)) v.language = x.language;
    else bad('language');
  }
  if ('selected' in x) {
    const s = x.selected;
    if (
      Array.isArray(s) &&
      s.length <= MAX_SELECTED &&
      s.every((c) => typeof c === 'string' && /^KZ-[A-Z0-9]{2,3}$/.test(c))
    )
      v.selected = [...(s as string[])];
    else bad('selected');
  }
  if ('mapLayer' in x) {
    if (typeof x.mapLayer === 'string' && /^[\w:.-]{1,64}$/.test(x.mapLayer))
      v.mapLayer = x.mapLayer;
    else bad('mapLayer');
  }
  if ('classification' in x) {
    const c = x.classification;
    if (
      isObj(c) &&
      CLASS_METHODS.includes(c.method as never) &&
      Number.isInteger(c.k) &&
      (c.k as number) >= 2 &&
      (c.k as number) <= 10 &&
      Array.isArray(c.breaks) &&
      c.breaks.length <= 20 &&
      c.breaks.every((b) => typeof b === 'number' && Number.isFinite(b))
    )
      v.classification = {
        method: c.method as ViewState['classification']['method'],
        k: c.k as number,
        breaks: [...(c.breaks as number[])],
      };
    else bad('classification');
  }
  if ('palette' in x) {
    if (x.palette === null || PALETTE_IDS.includes(x.palette as never))
      v.palette = x.palette as ViewState['palette'];
    else bad('palette');
  }
  if ('year' in x) {
    if (YEARS.includes(x.year as never)) v.year = x.year as ViewState['year'];
    else bad('year');
  }
  if ('overlays' in x) {
    const o = x.overlays;
    const keys = ['sites', 'groups', 'labels', 'basemap'] as const;
    if (isObj(o) && keys.every((k) => typeof o[k] === 'boolean'))
      v.overlays = {
        sites: !!o.sites,
        groups: !!o.groups,
        labels: !!o.labels,
        basemap: !!o.basemap,
      };
    else bad('overlays');
  }
  for (const f of ['clusterSource', 'factorSource'] as const) {
    if (f in x) {
      if (ANALYSIS_SOURCES.includes(x[f] as never)) v[f] = x[f] as ViewState[typeof f];
      else bad(f);
    }
  }
  // An imported table's id: the table itself stays on the machine that imported it, so on
  // another one the view falls back to the bundled data.
  for (const f of ['clusterTable', 'specialisationTable'] as const) {
    if (f in x) {
      const id = x[f];
      if (id === null || (typeof id === 'string' && USER_TABLE_ID.test(id))) v[f] = id;
      else bad(f);
    }
  }
  return v;
}

/**
 * Route, spec and view from a location hash. Without `?s=` the defaults come back with no
 * issues; with a damaged or invalid `s` the defaults come back with the issues found.
 */
export function decodeHash(hash: string, knownRoutes?: readonly string[]): ParsedLink {
  const h = hash.replace(/^#/, '');
  const [pathPart, query = ''] = h.split('?', 2);
  let route = pathPart.replace(/^\/+/, '').replace(/\/+$/, '') || DEFAULT_ROUTE;
  const issues: Issue[] = [];
  if (knownRoutes && !knownRoutes.includes(route)) {
    issues.push(issue('link-route', `The link points to an unknown view "${route}".`, 'route'));
    route = DEFAULT_ROUTE;
  }
  const s = new URLSearchParams(query).get('s');
  const fallback = (): ParsedLink => ({
    route,
    spec: defaultSpec(),
    view: { ...defaultView(), route },
    issues,
    hadState: s !== null,
  });
  if (s === null) return fallback();
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(s));
  } catch {
    issues.push(
      issue('link-unreadable', 'The settings in the link are damaged and cannot be read.'),
    );
    return fallback();
  }
  if (!isObj(payload)) {
    issues.push(issue('link-unreadable', 'The settings in the link are not an object.'));
    return fallback();
  }
  // Version 1 links carried the view beside the spec; the migration moves it in.
  const checked = readSpec(payload.spec, {
    view: { ...(isObj(payload.view) ? payload.view : {}), route },
  });
  const view = readView(payload.view, route, issues);
  if (!checked.ok) {
    issues.push(...checked.issues);
    return { route, spec: defaultSpec(), view, issues, hadState: true };
  }
  return { route, spec: checked.value, view, issues, hadState: true };
}
