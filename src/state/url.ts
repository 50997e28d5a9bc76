/**
 * Shareable links: the route in the hash path and the whole study (core/spec.ts, version 2)
 * in one query parameter, `#/rating?z=<base64url of the deflated JSON>` (fflate's raw
 * deflate). With a user table the link carries the table itself while the address stays
 * within MAX_LINK_CHARS (with the boundary file of the user's own units, when the table is
 * keyed by them); beyond that the study names the table's file and its SHA-256 only (and the
 * boundary file's), and the recipient is asked to import each file (state/study.ts,
 * missingUserTable, missingUserBoundaries).
 *
 * Version-1 links (`?s=<base64url JSON of {spec, view}>`) are read through the migration
 * (core/specMigrate.ts). Reading never throws: a bad link yields the defaults plus issues; an
 * address longer than MAX_ADDRESS_CHARS is refused before anything is decoded, so a huge
 * address cannot block the page.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import {
  type Issue,
  defaultSpec,
  type AnalysisSpec,
  type FileRef,
  readSpec,
} from '../core/index.ts';
import { readEmbeddedTable, viewOfStudy, type EmbeddedTable } from './study.ts';
import { DEFAULT_ROUTE, defaultView, type ViewState } from './viewState.ts';

/** A link with an embedded table stays within this many characters (issue 8: 32 KB). */
export const MAX_LINK_CHARS = 32 * 1024;
/** Addresses longer than this are refused unread. */
export const MAX_ADDRESS_CHARS = 64 * 1024;
/** A link's JSON may inflate to at most this many bytes. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

export interface ParsedLink {
  route: string;
  spec: AnalysisSpec;
  view: ViewState;
  /** Empty for a clean link or a link without state. */
  issues: Issue[];
  /** True where the hash carried state (`?z=` or version 1's `?s=`). */
  hadState: boolean;
  /** The user table the link carries, if any. */
  table: EmbeddedTable | null;
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const zip = (json: string) => bytesToBase64Url(deflateSync(strToU8(json), { level: 9 }));

/**
 * The hash for a route and a study: `#/<route>?z=<base64url deflated JSON>`, with the user
 * table embedded when given and the result fits MAX_LINK_CHARS.
 */
export function encodeHash(
  route: string,
  study: AnalysisSpec,
  table: EmbeddedTable | null = null,
): string {
  const spec = { ...study, view: { ...study.view, route } };
  if (table && !tooBigToEmbed(table)) {
    const withTable = `#/${route}?z=${zip(JSON.stringify({ spec, table }))}`;
    if (withTable.length <= MAX_LINK_CHARS) return withTable;
  }
  return `#/${route}?z=${zip(JSON.stringify({ spec }))}`;
}

// Whether a table alone deflates past MAX_LINK_CHARS, per table: then no study can carry it,
// and a write (at every pause of a slider) need not deflate it again (3,000 units x 30
// indicators: tens of milliseconds each time, bench/results/ui.md).
const tooBig = new WeakMap<EmbeddedTable, boolean>();
function tooBigToEmbed(table: EmbeddedTable): boolean {
  let v = tooBig.get(table);
  if (v === undefined)
    tooBig.set(table, (v = zip(JSON.stringify({ table })).length > MAX_LINK_CHARS));
  return v;
}

const issue = (code: string, message: string, field?: string, params?: Issue['params']): Issue => ({
  code,
  severity: 'error',
  message,
  where: field ? { field } : undefined,
  ...(params ? { params } : {}),
});

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Options for reading a link. */
export interface DecodeOptions {
  /** Version-1 links named imported tables by local id: how this machine names them now. */
  resolveTable?: (localId: string) => FileRef | null;
}

/**
 * Route, study and view from a location hash. Without state the defaults come back with no
 * issues; with a damaged, invalid or oversized one the defaults come back with the issues.
 */
export function decodeHash(
  hash: string,
  knownRoutes?: readonly string[],
  opts: DecodeOptions = {},
): ParsedLink {
  const issues: Issue[] = [];
  if (hash.length > MAX_ADDRESS_CHARS) {
    issues.push(
      issue(
        'link-too-long',
        `The address is ${Math.round(hash.length / 1024)} KB long; links up to ${MAX_ADDRESS_CHARS / 1024} KB are read.`,
        undefined,
        { count: Math.round(hash.length / 1024), limit: MAX_ADDRESS_CHARS / 1024 },
      ),
    );
    hash = hash.slice(0, Math.min(hash.length, 200)).split('?')[0];
  }
  const h = hash.replace(/^#/, '');
  const [pathPart, query = ''] = h.split('?', 2);
  let route = pathPart.replace(/^\/+/, '').replace(/\/+$/, '') || DEFAULT_ROUTE;
  if (knownRoutes && !knownRoutes.includes(route)) {
    issues.push(
      issue('link-route', `The link points to an unknown view "${route}".`, 'route', {
        value: route.slice(0, 80),
      }),
    );
    route = DEFAULT_ROUTE;
  }
  const params = new URLSearchParams(query);
  const z = params.get('z');
  const s = z === null ? params.get('s') : null;
  const fallback = (): ParsedLink => ({
    route,
    spec: defaultSpec(),
    view: { ...defaultView(), route },
    issues,
    hadState: z !== null || s !== null || issues.some((i) => i.code === 'link-too-long'),
    table: null,
  });
  if (z === null && s === null) return fallback();
  let payload: unknown;
  try {
    if (z !== null) {
      const out = inflateSync(base64UrlToBytes(z), { out: new Uint8Array(MAX_INFLATED_BYTES) });
      payload = JSON.parse(strFromU8(out));
    } else {
      const bytes = base64UrlToBytes(s!);
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
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
    resolveTable: opts.resolveTable,
  });
  if (!checked.ok) {
    issues.push(...checked.issues);
    return { ...fallback(), hadState: true };
  }
  issues.push(...checked.warnings.filter((w) => w.code !== 'unknown-field'));
  const spec = { ...checked.value, view: { ...checked.value.view, route } };
  let table: EmbeddedTable | null = null;
  if (payload.table !== undefined) {
    table = readEmbeddedTable(payload.table);
    if (!table)
      issues.push(issue('link-table', 'The table carried in the link is damaged.', 'table'));
  }
  const view = { ...viewOfStudy(spec, { ...defaultView(), route }), route };
  return { route, spec, view, issues, hadState: true, table };
}
