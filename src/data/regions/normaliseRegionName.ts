/**
 * Normalisation of region names for matching. Two keys per name:
 * - `key`: same script as written, lower case, ё -> е, Kazakh letters folded onto their Russian
 *   look-alikes (қ -> к, ү/ұ -> у, і -> и, ...), Latin diacritics removed, all separators removed
 *   (so 'Вос точ но-Ка за хс танс кой', as seed 002's PDF text breaks words, equals
 *   'Восточно-Казахстанской'), administrative words removed ('область', 'обл.', 'облысы', 'oblast',
 *   'oblysy', 'region', 'province', 'city', 'г.', 'город', 'қаласы') and Russian adjective
 *   endings cut to their stem ('Акмолинская', 'Акмолинской' -> 'акмолинск').
 * - `loose`: the key transliterated to plain Latin and with the letters that transliterations
 *   disagree on merged (q/k, gh/g, j/dzh/zh, y/i, kh/h, doubled letters), so that 'Aktyubinsk',
 *   'Актюбинская' and 'Aktyubinskaya' meet.
 * The administrative word tells whether a city or an oblast was meant; it is returned as `kind`.
 */

export interface AnalysedName {
  key: string;
  loose: string;
  /** 'city' for г./город/city/қаласы, 'oblast' for область/облысы/oblast/region/province. */
  kind?: 'city' | 'oblast';
}

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  // Latin letters of the 2021 Kazakh alphabet that NFD does not decompose.
  ı: 'i',
};

// Compact (separator-free) administrative words; longest first so 'областью' beats 'область'.
const OBLAST_WORD_LIST = [
  'областью',
  'области',
  'область',
  'облысының',
  'облысы',
  'облыс',
  'обл',
  'oblysy',
  'oblast',
  'oblys',
  'obl',
  'regions',
  'region',
  'provinces',
  'province',
  'oblasts',
  'областей',
  'регион',
];
const CITY_WORD_LIST = [
  'городареспубликанскогозначения',
  'города',
  'город',
  'гор',
  'қаласы',
  'qalasy',
  'kalasy',
  'cityof',
  'city',
];
let adminWords: [string[], string[]] | null = null;
/**
 * [oblast words, city words] folded, longest first; made on first use (folding the Cyrillic
 * ones loads ICU's normalisation data, which a CLI run that never reads a name can skip).
 */
function foldedAdminWords(): [string[], string[]] {
  adminWords ??= [OBLAST_WORD_LIST, CITY_WORD_LIST].map((words) =>
    words.map(fold).sort((a, b) => b.length - a.length),
  ) as [string[], string[]];
  return adminWords;
}

function fold(s: string): string {
  // ASCII text has nothing to compose, fold or strip: the steps below come to toLowerCase().
  if (isAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[әғқңөұүһіёı]/g, (c) => KAZAKH_TO_RUSSIAN[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function loosen(key: string): string {
  return key
    .replace(/[а-я]/g, (c) => CYR_TO_LAT[c] ?? c)
    .replace(/dzh/g, 'zh')
    .replace(/j/g, 'zh')
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Splits a name into the key, its loose form and the kind its administrative words imply. */
export function analyseRegionName(s: string): AnalysedName {
  let kind: AnalysedName['kind'];
  // Token-level first: the one-letter abbreviation 'г.' only counts as a word of its own.
  const tokens = fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  const kept: string[] = [];
  for (const t of tokens) {
    if (t === 'г' || t === 'g') kind = 'city';
    else if (t === 'the' || t === 'of') continue;
    else kept.push(t);
  }
  let key = kept.join('');
  // Administrative words at either end, repeatedly ('г. Алматы қаласы', 'область Абай').
  const [oblastWords, cityWords] = foldedAdminWords();
  for (let changed = true; changed && key.length > 0;) {
    changed = false;
    for (const [words, k] of [
      [oblastWords, 'oblast'],
      [cityWords, 'city'],
    ] as const) {
      for (const w of words) {
        if (key.length > w.length && key.endsWith(w)) {
          key = key.slice(0, -w.length);
          kind ??= k;
          changed = true;
        } else if (key.length > w.length && key.startsWith(w)) {
          key = key.slice(w.length);
          kind ??= k;
          changed = true;
        }
      }
    }
  }
  // Russian adjective endings (nominative and oblique cases) and their Latin transliterations.
  key = key
    .replace(/(ская|ской|скую|ского|ском|ские|ских|скои|скоі)$/u, 'ск')
    .replace(/(skaya|skaja|skoy|skoi|skaia)$/, 'sk');
  return { key, loose: loosen(key), kind };
}

/**
 * The matching key of a region name: case, ё/е, Kazakh letters vs Russian look-alikes, Latin
 * diacritics, spaces and hyphens, administrative words and Russian adjective endings removed
 * (see the file comment). 'Акмолинская обл.' and 'акмолинской области' give 'акмолинск'.
 * Source: docs/methods.md "Regions" (the spellings a lookup must accept).
 */
export function normaliseRegionName(s: string): string {
  return analyseRegionName(s).key;
}
