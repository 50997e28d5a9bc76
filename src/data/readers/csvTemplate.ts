/**
 * CSV templates for the "download template" button: the region columns pre-filled with the
 * scheme's units (ISO code first: unlike a name such as 'Almaty' it is never ambiguous, so the
 * reader picks it as the region column) and the headers an analysis expects, so a filled template
 * imports without corrections. Indicator lists: docs/methods.md §1 (rating, seed 004), §3
 * (clustering, seed 003 P1-P14), §2 (specialisation: employment by industry).
 */
import { PLAIN_CSV, writeCsv } from '../csv/writeCsv.ts';
import { regionsOf, type Scheme } from '../regions/registry.ts';

export type TemplateKind = 'rating' | 'clustering' | 'specialisation';

export const TEMPLATE_HEADERS: Record<TemplateKind, readonly string[]> = {
  rating: [
    'Labour productivity (thousand tenge per person)',
    'Return on fixed assets (ratio)',
    'Environmental efficiency (thousand tenge per tonne)',
    'R&D expenditure per employed (tenge per person)',
    'Technological-innovation expenditure per employed (tenge per person)',
    'Innovative output per inhabitant (tenge per person)',
  ],
  clustering: [
    'P1 Patent activity (% of national)',
    'P2 Gross R&D expenditure per capita (tenge)',
    'P3 Workers with advanced degrees (per 1000 workers)',
    'P4 Employed incl. self-employed (per 1000 inhabitants)',
    'P5 Economically active (per 1000 inhabitants)',
    'P6 Industrial investment per capita (tenge)',
    'P7 Budget investment per capita (tenge)',
    'P8 Public expenditure per capita (tenge)',
    'P9 Regional accessibility (ratio)',
    'P10 Active businesses (per 1000 km2)',
    'P11 Registered businesses (per 100000 inhabitants)',
    'P12 Employed in industry (per 1000 employed)',
    'P13 Employed in services (per 1000 employed)',
    'P14 GRP per capita (thousand tenge)',
  ],
  specialisation: [
    'Agriculture (persons employed)',
    'Mining (persons employed)',
    'Manufacturing (persons employed)',
    'Construction (persons employed)',
    'Trade (persons employed)',
    'Transport (persons employed)',
    'Information and communication (persons employed)',
    'Finance (persons employed)',
    'Education (persons employed)',
    'Health (persons employed)',
  ],
};

/**
 * A comma-separated template: columns Code, Region, then the kind's indicators, one empty row
 * per unit of the scheme (16 for '2014', 20 for 'current'), names in `lang`.
 */
export function csvTemplate(
  kind: TemplateKind,
  scheme: Scheme,
  lang: 'ru' | 'kk' | 'en' = 'en',
): string {
  const headers = ['Code', 'Region', ...TEMPLATE_HEADERS[kind]];
  const rows = regionsOf(scheme).map((r) => [
    r.code[scheme] ?? '',
    r.names[lang],
    ...TEMPLATE_HEADERS[kind].map(() => ''),
  ]);
  return writeCsv(headers, rows, { ...PLAIN_CSV, lineEnd: '\r\n' });
}
