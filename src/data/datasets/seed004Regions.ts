/**
 * Region labels as seed 004 prints them in Tables 2-7, with their ISO 3166-2 codes of the
 * 2014 scheme (docs/methods.md "Regions"), and the row order Tables 2, 3, 5 and 6 share.
 */

/** Printed label -> 2014-scheme ISO code. */
export const SEED_004_REGION_KEYS: Readonly<Record<string, string>> = {
  Акмолинская: 'KZ-AKM',
  Актюбинская: 'KZ-AKT',
  Алматинская: 'KZ-ALM',
  Атырауская: 'KZ-ATY',
  'Восточно-Казахстанская': 'KZ-VOS',
  Жамбылская: 'KZ-ZHA',
  'Западно-Казахстанская': 'KZ-ZAP',
  Карагандинская: 'KZ-KAR',
  Костанайская: 'KZ-KUS',
  Кызылординская: 'KZ-KZY',
  Мангистауская: 'KZ-MAN',
  Павлодарская: 'KZ-PAV',
  'Северо-Казахстанская': 'KZ-SEV',
  'Южно-Казахстанская': 'KZ-YUZ',
  'г. Астана': 'KZ-AST',
  'г. Алматы': 'KZ-ALA',
};

/**
 * The order of rows 1-16 in Tables 2, 3, 5 and 6 of seed 004 (Table 4 prints its labels in
 * another order; see innovation2014.ts).
 */
export const SEED_004_CANONICAL_ORDER: readonly string[] = [
  'KZ-AKM',
  'KZ-AKT',
  'KZ-ALM',
  'KZ-ATY',
  'KZ-VOS',
  'KZ-ZHA',
  'KZ-ZAP',
  'KZ-KAR',
  'KZ-KUS',
  'KZ-KZY',
  'KZ-MAN',
  'KZ-PAV',
  'KZ-SEV',
  'KZ-YUZ',
  'KZ-AST',
  'KZ-ALA',
];

/** The ISO code of a printed label; throws on a label this file does not know. */
export function seed004Key(label: string): string {
  const key = SEED_004_REGION_KEYS[label];
  if (!key) throw new Error(`Unknown seed 004 region label '${label}'.`);
  return key;
}
