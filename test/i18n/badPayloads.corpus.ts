/**
 * The corpus of bad and hostile payloads (issue 13, item 7): broken CSV, XLSX, GeoJSON,
 * TopoJSON, project files and links, and payloads that try to smuggle markup or formulas in
 * through a cell, a name or a property. Each is read through the entry point a user reaches
 * (readUserFile for a chosen file, decodeHash for an address, readProject for a project file),
 * and lists the issue codes the reader must give. Made up here, byte by byte; no file on disk.
 */
import { strToU8, deflateSync, zipSync } from 'fflate';
import type { Issue } from '../../src/core/index.ts';
import { readUserFile } from '../../src/data/readers/readUserFile.ts';
import { MAX_BOUNDARY_BYTES, MAX_TABLE_BYTES } from '../../src/data/readers/limits.ts';
import { looksLikeProject, readProject } from '../../src/state/persistence/projectFile.ts';
import { defaultSpec } from '../../src/core/index.ts';
import { decodeHash } from '../../src/state/url.ts';

export interface Payload {
  name: string;
  /** How a user gets it in. */
  via: 'file' | 'link' | 'project';
  /** Issue codes that must all be among those given (errors and warnings). */
  codes: string[];
  read: () => Promise<Issue[]>;
  /** The file's bytes (file and project payloads), for the browser test's import input. */
  bytes?: () => Uint8Array;
  /** The address after the path (link payloads), for the browser test. */
  hash?: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every issue a chosen file gives, whatever kind it turns out to be. */
async function fileIssues(bytes: Uint8Array, name: string): Promise<Issue[]> {
  const r = await readUserFile(bytes, name, { isProject: looksLikeProject, lang: 'ru' });
  switch (r.kind) {
    case 'error':
      return r.issues;
    case 'table':
      return [...r.warnings, ...(r.table.ok ? r.table.warnings : r.table.issues)];
    case 'io':
      return r.warnings;
    case 'boundaries':
      return r.boundaries.ok ? r.boundaries.warnings : r.boundaries.issues;
    case 'project': {
      const p = readProject(r.json);
      return p.ok ? p.warnings : p.issues;
    }
  }
}

const file = (name: string, codes: string[], content: string | Uint8Array): Payload => {
  const bytes = () => (typeof content === 'string' ? utf8(content) : content);
  return { name, via: 'file', codes, bytes, read: () => fileIssues(bytes(), name) };
};

const link = (name: string, codes: string[], hash: string): Payload => ({
  name,
  via: 'link',
  codes,
  hash,
  read: async () => decodeHash(hash, ['map', 'rating', 'data']).issues,
});

const zipLink = (json: unknown) => {
  const b = deflateSync(strToU8(JSON.stringify(json)));
  let bin = '';
  for (const x of b) bin += String.fromCharCode(x);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const project = (name: string, codes: string[], json: unknown): Payload => ({
  name,
  via: 'project',
  codes,
  bytes: () => utf8(JSON.stringify(json)),
  read: () => fileIssues(utf8(JSON.stringify(json)), `${name}.json`),
});

/**
 * Markup that runs a script if it ever reaches the page or an exported SVG as markup: each sets
 * `window.__pwned` (the browser test looks for the flag), none needs a network or a dialog.
 */
export const FLAG_PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<svg onload=window.__pwned=2>',
  '<script>window.__pwned=3</script>',
] as const;

/** The 16 regions of 2014 by their Russian names, for the tables that must import cleanly. */
const REGIONS_2014 = [
  'Акмолинская область',
  'Актюбинская область',
  'Алматинская область',
  'Атырауская область',
  'Западно-Казахстанская область',
  'Жамбылская область',
  'Карагандинская область',
  'Костанайская область',
  'Кызылординская область',
  'Мангистауская область',
  'Южно-Казахстанская область',
  'Павлодарская область',
  'Северо-Казахстанская область',
  'Восточно-Казахстанская область',
  'г. Астана',
  'г. Алматы',
];

/**
 * A table that imports and can be used: the 16 regions, four numeric columns of which two are
 * named by payloads, a text cell and a row label that are payloads too.
 */
export const FLAG_TABLE =
  `Регион;${FLAG_PAYLOADS[0]};${FLAG_PAYLOADS[1]};Занятые;Патенты;Заметка\n` +
  REGIONS_2014.map(
    (r, i) =>
      `${r};${10 + ((i * 7) % 13)};${20 + ((i * 5) % 11)};${30 + ((i * 3) % 17)};${5 + ((i * 11) % 7)};${i === 0 ? FLAG_PAYLOADS[2] : 'нет'}`,
  ).join('\n') +
  `\n${FLAG_PAYLOADS[2]};1;2;3;4;нет\n`;

const HEAD = 'Регион;ВРП;Занятые\n';
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
const feature = (props: Record<string, unknown>, geometry: unknown) => ({
  type: 'Feature',
  properties: props,
  geometry,
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

export const PAYLOADS: Payload[] = [
  // ---- Flag payloads: imported cleanly, so the page and its exports show them ----
  file('flag-table.csv', ['unmatched-region'], FLAG_TABLE),
  file(`${FLAG_PAYLOADS[0]}.csv`, ['unmatched-region'], FLAG_TABLE),
  file(
    'flag-boundaries.geojson',
    [],
    fc([
      feature(
        { name: FLAG_PAYLOADS[0], note: FLAG_PAYLOADS[2] },
        {
          type: 'Polygon',
          coordinates: square(60, 45),
        },
      ),
      feature({ name: FLAG_PAYLOADS[1] }, { type: 'Polygon', coordinates: square(62, 45) }),
    ]),
  ),
  link('link-flag-route', ['link-route'], `#/${FLAG_PAYLOADS[0]}`),
  // ---- CSV ----
  file('empty.csv', ['empty-file'], ''),
  file('header-only.csv', ['no-data-rows'], HEAD),
  file(
    'unclosed-quote.csv',
    ['missing-cells', 'not-a-number', 'unclosed-quote'],
    `${HEAD}Акмолинская область;1;2\nАктюбинская область;3\nАлматинская область;abc;5\n"Атырауская область;6;7\nЖамбылская область;8;9\n`,
  ),
  file(
    'script-in-name.csv',
    ['unmatched-region'],
    `${HEAD}<script>alert(1)</script>;1;2\n<img src=x onerror=alert(1)>;3;4\nАкмолинская область;5;6\n`,
  ),
  file(
    'formula-cells.csv',
    ['not-a-number'],
    `${HEAD}Акмолинская область;=SUM(A1:A3);2\nАктюбинская область;@SUM(1);+3\nАлматинская область;-4;=cmd|' /C calc'!A0\n`,
  ),
  file(
    'nan-infinity.csv',
    ['not-a-number'],
    `${HEAD}Акмолинская область;NaN;Infinity\nАктюбинская область;1e999;undefined\nАлматинская область;1;2\n`,
  ),
  file(
    'duplicate-regions.csv',
    ['duplicate-region'],
    `${HEAD}Акмолинская область;1;2\nАкмолинская обл.;3;4\nАлматинская область;5;6\n`,
  ),
  file(
    'duplicate-headers.csv',
    ['duplicate-header'],
    `Регион;ВРП;ВРП\nАкмолинская область;1;2\nАлматинская область;3;4\n`,
  ),
  file(
    'binary-as-csv.csv',
    ['single-column'],
    new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2,
      3, 255, 254,
    ]),
  ),
  file('too-large.csv', ['file-too-large'], new Uint8Array(MAX_TABLE_BYTES + 1).fill(0x41)),
  file(
    'long-cell.csv',
    ['unmatched-region'],
    `${HEAD}${'Я'.repeat(200_000)};1;2\nАкмолинская область;3;4\n`,
  ),
  // ---- XLSX ----
  file(
    'not-a-zip.xlsx',
    ['xlsx-unreadable'],
    new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...utf8('this is not a workbook <script>alert(1)</script>'),
    ]),
  ),
  file(
    'zip-without-workbook.xlsx',
    ['xlsx-unreadable'],
    zipSync({ 'hello.txt': utf8('<script>alert(1)</script>') }),
  ),
  // ---- GeoJSON / TopoJSON ----
  file('truncated.geojson', ['invalid-json'], '{"type": "FeatureCollection", "features": ['),
  file('array.geojson', ['not-geojson'], '[1, 2, 3]'),
  file('no-features.geojson', ['no-features'], fc([])),
  file(
    'bad-coordinates.geojson',
    ['non-numeric-coordinates', 'no-geometry'],
    fc([
      feature(
        { name: 'Акмолинская область' },
        {
          type: 'Polygon',
          coordinates: [
            [
              ['a', 'b'],
              [1, 2],
              [3, 4],
              ['a', 'b'],
            ],
          ],
        },
      ),
      feature(
        { name: '<b onmouseover=alert(1)>Алматы</b>' },
        { type: 'Polygon', coordinates: square(70, 45) },
      ),
      feature({ name: 'Атырауская область' }, null),
    ]),
  ),
  file(
    'projected.geojson',
    ['projected-coordinates'],
    fc([
      feature(
        { name: 'Акмолинская область' },
        { type: 'Polygon', coordinates: square(500000, 5000000) },
      ),
    ]),
  ),
  file(
    'topojson-bad-arcs.topojson',
    ['bad-topology-object'],
    JSON.stringify({
      type: 'Topology',
      objects: {
        r: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[99]], properties: { name: 'Акмолинская область' } },
          ],
        },
      },
      arcs: [],
    }),
  ),
  file('too-large.geojson', ['file-too-large'], new Uint8Array(MAX_BOUNDARY_BYTES + 1).fill(0x20)),
  // ---- links ----
  link('link-not-base64', ['link-unreadable'], '#/rating?z=!!!***'),
  link('link-unknown-view', ['link-route'], '#/<script>alert(1)</script>'),
  link('link-array', ['link-unreadable'], `#/rating?z=${zipLink([1, 2, 3])}`),
  link(
    'link-spec-garbage',
    ['missing-field', 'unknown-value'],
    `#/rating?z=${zipLink({ spec: { version: 2, data: { year: 'NaN' }, weights: 'x' } })}`,
  ),
  link(
    'link-damaged-table',
    ['link-table'],
    `#/rating?z=${zipLink({ spec: defaultSpec(), table: { rows: 'x' } })}`,
  ),
  link('link-too-long', ['link-too-long'], `#/rating?z=${'A'.repeat(70_000)}`),
  // ---- project files ----
  project('project-newer', ['project-newer'], {
    format: 'kz-cluster-atlas-project',
    version: 99,
  }),
  project('project-damaged', ['project-invalid', 'missing-field'], {
    format: 'kz-cluster-atlas-project',
    version: 2,
    spec: { weights: 'x' },
    data: { datasets: [{ id: '<script>' }] },
  }),
];
