/**
 * How a bundled table is cited where a user or a reader sees it: author, year, table
 * (docs/methods.md, "Sources: the five studies"), in the user's language, never the seed file's
 * internal name. The extracted texts of seeds 002, 003 and 004 do not print the year of
 * publication, so those citations say so ("n.d.", «год не указан», «жылы көрсетілмеген») rather
 * than guess one; seed 000's "For citation" line gives 2022. Titles stay in the language the
 * study was published in (Russian), as a bibliography gives them; the English interface gives
 * an English rendering.
 */
import { SEED_000, SEED_002, SEED_003, SEED_004 } from './sources.ts';
import type { DatasetMeta } from '../types.ts';

export type CitationLang = 'ru' | 'kk' | 'en';
type Texts = Record<CitationLang, string>;

interface Study {
  author: Texts;
  year: number | null;
  /** The full reference: author, title and, where the text prints them, journal and year. */
  reference: Texts;
}

const KIREEVA_RU =
  'Киреева А.А. Выявление перспективных зон для формирования ИТ-кластеров в регионах Казахстана: методические подходы и их апробация (раздел «Зарубежный опыт развития региональной экономики»)';
const TUREKULOVA_RU =
  'Турекулова Д.М., Мухамбетова Л.К., Чимгентбаева Г.К. Инновационное взаимодействие хозяйствующих субъектов в кластерных образованиях Казахстана';
const KOZLOVA_RU =
  'Козлова, Денисова. Формирование кластеров как эффективного инструмента повышения конкурентоспособности экономики Казахстана';
const ABZALBEK_RU =
  'Абзалбек Г.А. Региональные кластеры в интернет-среде как инструмент развития регионов // Вестник ЮУрГУ. Серия «Экономика и менеджмент». 2022. Т. 16, № 4. С. 21–30. DOI: 10.14529/em220403';

const STUDIES: Record<string, Study> = {
  [SEED_000]: {
    author: { ru: 'Абзалбек Г.А.', kk: 'Абзалбек Г.А.', en: 'Abzalbek G.A.' },
    year: 2022,
    reference: {
      ru: ABZALBEK_RU,
      kk: ABZALBEK_RU,
      en: 'Abzalbek G.A. Regional clusters in the internet environment as a tool for regional development. Bulletin of the South Ural State University. Ser. Economics and Management, 2022, vol. 16, no. 4, pp. 21–30 (in Russian). DOI: 10.14529/em220403',
    },
  },
  [SEED_002]: {
    author: { ru: 'Козлова, Денисова', kk: 'Козлова, Денисова', en: 'Kozlova, Denisova' },
    year: null,
    reference: {
      ru: KOZLOVA_RU,
      kk: KOZLOVA_RU,
      en: 'Kozlova, Denisova. Cluster formation as an effective tool for raising the competitiveness of the economy of Kazakhstan (in Russian)',
    },
  },
  [SEED_003]: {
    author: {
      ru: 'Турекулова Д.М., Мухамбетова Л.К., Чимгентбаева Г.К.',
      kk: 'Турекулова Д.М., Мухамбетова Л.К., Чимгентбаева Г.К.',
      en: 'Turekulova D.M., Mukhambetova L.K., Chimgentbaeva G.K.',
    },
    year: null,
    reference: {
      ru: TUREKULOVA_RU,
      kk: TUREKULOVA_RU,
      en: 'Turekulova D.M., Mukhambetova L.K., Chimgentbaeva G.K. Innovative interaction of economic entities in the cluster formations of Kazakhstan',
    },
  },
  [SEED_004]: {
    author: { ru: 'Киреева А.А.', kk: 'Киреева А.А.', en: 'Kireeva A.A.' },
    year: null,
    reference: {
      ru: KIREEVA_RU,
      kk: KIREEVA_RU,
      en: 'Kireeva A.A. Identifying promising zones for IT clusters in the regions of Kazakhstan: methodological approaches and their testing (in Russian)',
    },
  },
};

const WORDS: Record<
  CitationLang,
  {
    noDate: string;
    unknown: string;
    text: string;
    tables: (list: string, many: boolean) => string;
    figures: (list: string, many: boolean) => string;
  }
> = {
  en: {
    noDate: 'n.d.',
    unknown: 'unknown source',
    text: 'text',
    tables: (l, many) => `${many ? 'Tables' : 'Table'} ${l}`,
    figures: (l, many) => `${many ? 'Figures' : 'Figure'} ${l}`,
  },
  ru: {
    noDate: 'год не указан',
    unknown: 'источник не известен',
    text: 'текст статьи',
    tables: (l) => `табл. ${l}`,
    figures: (l) => `рис. ${l}`,
  },
  kk: {
    noDate: 'жылы көрсетілмеген',
    unknown: 'дереккөз белгісіз',
    text: 'мақала мәтіні',
    tables: (l, many) => `${l}-${many ? 'кестелер' : 'кесте'}`,
    figures: (l, many) => `${l}-${many ? 'суреттер' : 'сурет'}`,
  },
};

/** Whether a seed file is one of the bundled studies (a user's file name is not). */
export function isStudySeed(seed: string): boolean {
  return seed in STUDIES;
}

/** "Kireeva A.A. (n.d.)", «Киреева А.А. (год не указан)»: author and year of a study. */
export function authorYear(seed: string, lang: CitationLang = 'en'): string {
  const study = STUDIES[seed];
  const w = WORDS[lang];
  return study ? `${study.author[lang]} (${study.year ?? w.noDate})` : w.unknown;
}

/**
 * The tables of a study in the user's language: "Tables 2, 3", «табл. 2, 3», «2, 3-кестелер»;
 * "Figure 3" and "text" (figures read from the paper's running text) are named as such.
 */
export function tablesText(tables: readonly string[], lang: CitationLang = 'en'): string {
  const w = WORDS[lang];
  const nums: string[] = [];
  const figs: string[] = [];
  let text = false;
  for (const t of tables) {
    const fig = /^Figure\s+(\S+)$/i.exec(t);
    if (fig) figs.push(fig[1]);
    else if (t === 'text') text = true;
    else nums.push(t);
  }
  const parts: string[] = [];
  if (nums.length) parts.push(w.tables(nums.join(', '), nums.length > 1));
  if (figs.length) parts.push(w.figures(figs.join(', '), figs.length > 1));
  if (text) parts.push(w.text);
  return parts.join(', ');
}

/** "Kireeva A.A. (n.d.), Table 6", «Киреева А.А. (год не указан), табл. 6». */
export function citation(
  seed: string,
  tables: readonly string[],
  lang: CitationLang = 'en',
): string {
  const who = authorYear(seed, lang);
  if (!STUDIES[seed] || tables.length === 0) return who;
  return `${who}, ${tablesText(tables, lang)}`;
}

/** The citation of a bundled dataset (its seed and tables). */
export function datasetCitation(
  ds: Pick<DatasetMeta, 'seed' | 'tables'>,
  lang: CitationLang = 'en',
): string {
  return citation(ds.seed, ds.tables, lang);
}

/** The full reference of a study in the user's language, or null for a file that is not one. */
export function studyReference(seed: string, lang: CitationLang = 'en'): string | null {
  const study = STUDIES[seed];
  return study ? study.reference[lang] : null;
}
