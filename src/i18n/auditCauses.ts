/**
 * The data audit's causes (data/audit) in ru, kk and en. An audit check states its cause as a
 * list of pieces, each a code with parameters; a piece's text ends with its own punctuation, and
 * the pieces are written one after the other. Figures come pre-formatted as the seeds print
 * them (`2 063,15`); row lists, the factor of a decimal-point slip and a derived column's
 * formula are rendered here in the reader's language. The English text is also the `cause` the
 * CLI prints (`atlas audit`).
 */
import type { Lang } from '../data/types.ts';

/** A printed row: its № (or label) and its region label as printed. */
export interface AuditRowRef {
  row: string;
  label?: string;
}

export type AuditParam =
  | string
  | number
  | { rows: AuditRowRef[] }
  | { factor: number }
  | { rule: string; formula: string };

export interface AuditReason {
  cause: AuditCauseCode;
  params?: Record<string, AuditParam>;
}

type Texts = Record<Lang, string>;

export const AUDIT_CAUSES = {
  // ---- Derived columns (derivedColumns.ts) ----------------------------------------------------
  'derived-donor': {
    en:
      "value belongs to {donor}: recomputing that row's raw data gives {value} ({formula}), and " +
      "that row's raw data reproduce every derived figure printed in {here}; the derived columns " +
      'are printed in another row order than the labels.',
    ru:
      'значение относится к строке {donor}: исходные данные той строки дают {value} ({formula}) и ' +
      'воспроизводят все производные показатели, напечатанные в строке {here}; производные ' +
      'столбцы напечатаны в другом порядке строк, чем подписи.',
    kk:
      'мән {donor} жолына тиесілі: сол жолдың бастапқы деректері {value} береді ({formula}) және ' +
      '{here} жолында басылған барлық туынды көрсеткіштерді қайталайды; туынды бағандар жол ' +
      'атауларынан басқа ретпен басылған.',
  },
  'derived-ambiguous': {
    en:
      'the derived figures of this row are reproduced by the raw data of {rows}; the row they ' +
      'belong to cannot be told apart.',
    ru:
      'производные показатели этой строки воспроизводятся исходными данными строк {rows}; к какой ' +
      'из них они относятся, различить нельзя.',
    kk:
      'бұл жолдың туынды көрсеткіштерін {rows} жолдарының бастапқы деректері қайталайды; олардың ' +
      'қай жолға тиесілі екенін ажырату мүмкін емес.',
  },
  'derived-partial': {
    en: 'no single row reproduces all derived figures of this row; {column} alone is reproduced by {rows}.',
    ru:
      'ни одна строка не воспроизводит все производные показатели этой строки; по отдельности ' +
      '{column} воспроизводится (строки: {rows}).',
    kk:
      'бірде-бір жол бұл жолдың барлық туынды көрсеткіштерін қайталамайды; {column} жеке өзі ' +
      'қайталанады (жолдар: {rows}).',
  },
  'derived-misprint': {
    en:
      'no row of Table {table} reproduces it from its raw data ({formula}); a misprint in the ' +
      'figure or in one of its inputs.',
    ru:
      'ни одна строка табл. {table} не воспроизводит его по исходным данным ({formula}); опечатка ' +
      'в самом показателе или в одном из его исходных значений.',
    kk:
      '{table}-кестенің бірде-бір жолы оны бастапқы деректерден қайталамайды ({formula}); ' +
      'көрсеткіштің өзінде немесе оның бастапқы мәндерінің бірінде қате басылған.',
  },
  // ---- Employed printed twice (employedMatch.ts) -------------------------------------------
  'employed-mismatch': {
    en:
      'Table {table} prints {printed} employed for the same region (row {row}); one of the two ' +
      'figures is misprinted or belongs to another region.',
    ru:
      'в табл. {table} для того же региона напечатано {printed} занятых (строка {row}); одна из ' +
      'двух цифр напечатана с ошибкой или относится к другому региону.',
    kk:
      '{table}-кестеде сол өңір үшін {printed} жұмыспен қамтылған басылған ({row}-жол); екі ' +
      'санның бірі қате басылған немесе басқа өңірге тиесілі.',
  },
  // ---- Population implied by S_C (innovativeOutputPerInhabitant.ts) -------------------------
  population: {
    en:
      'innovative output / S_C implies a population of {implied} in {later} against {earlier} in ' +
      '{earlierYears} (Table {table}, row {row}), while the other {n} regions agree between the ' +
      'years within {worst}%; with the earlier population S_C would be {value}',
    ru:
      'инновационная продукция / S_C даёт численность населения {implied} в {later} г. против ' +
      '{earlier} в {earlierYears} г. (табл. {table}, строка {row}), тогда как у остальных {n} ' +
      'регионов она совпадает между годами с точностью до {worst}%; с населением более раннего ' +
      'года S_C был бы равен {value}',
    kk:
      'инновациялық өнім / S_C бойынша халық саны {later} жылы {implied}, ал {earlierYears} жылы ' +
      '{earlier} шығады ({table}-кесте, {row}-жол), қалған {n} өңірде екі жылдың айырмасы {worst}% ' +
      'шегінде; ертерек жылдың халық санымен S_C {value} болар еді',
  },
  'population-end': { en: '.', ru: '.', kk: '.' },
  'population-times': {
    en: '; the printed figure is {times} times that, probably a decimal-point slip in the population or in S_C.',
    ru:
      '; напечатанное значение в {times} раз больше — вероятно, ошибка в положении запятой в ' +
      'численности населения или в S_C.',
    kk:
      '; басылған мән одан {times} есе көп — халық санында немесе S_C-да үтірдің орны қате ' +
      'болуы ықтимал.',
  },
  'population-fraction': {
    en: '; the printed figure is 1/{times} of that, probably a decimal-point slip in the population or in S_C.',
    ru:
      '; напечатанное значение составляет 1/{times} от него — вероятно, ошибка в положении ' +
      'запятой в численности населения или в S_C.',
    kk:
      '; басылған мән оның 1/{times} бөлігі — халық санында немесе S_C-да үтірдің орны қате ' +
      'болуы ықтимал.',
  },
  // ---- Table 6 (publishedIndex.ts) ------------------------------------------------------------
  slip: {
    en:
      "Table 6's value is reproduced ({alt}) if this region's own {id} were {scaled}, {factor} the " +
      'printed {printed} (Table {table}, row {row}), with the maximum that normalises {id} kept as ' +
      'printed',
    ru:
      'значение табл. 6 воспроизводится ({alt}), если бы собственный {id} этого региона был равен ' +
      '{scaled} вместо напечатанного {printed} ({factor}; табл. {table}, строка {row}), а ' +
      'нормирующий {id} максимум остался таким, как напечатан',
    kk:
      '6-кестенің мәні қайталанады ({alt}), егер осы өңірдің өз {id} көрсеткіші басылған ' +
      '{printed} орнына {scaled} болса ({factor}; {table}-кесте, {row}-жол), ал {id} нормалайтын ' +
      'максимум басылғандай қалса',
  },
  'slip-max': {
    en: ' (recomputing that maximum with {scaled} moves {broken} of the other {others} regions more than 0.07 away from Table 6)',
    ru:
      ' (если пересчитать этот максимум с {scaled}, {broken} из остальных {others} регионов ' +
      'отойдут от табл. 6 больше чем на 0,07)',
    kk:
      ' (бұл максимумды {scaled} мәнімен қайта есептесек, қалған {others} өңірдің {broken}-і ' +
      '6-кестеден 0,07-ден артық алшақтайды)',
  },
  'slip-flagged': {
    en:
      '; the same figure is flagged independently (its implied population is out of line with the ' +
      "other year), so a decimal-point slip in {id}, used for this region's published index only, " +
      'is the likeliest cause.',
    ru:
      '; та же цифра отмечена и независимой проверкой (население, которое из неё следует, ' +
      'расходится с другим годом), поэтому вероятнее всего это ошибка в положении запятой в {id}, ' +
      'использованном только для опубликованного индекса этого региона.',
    kk:
      '; дәл осы сан тәуелсіз тексерісте де белгіленген (одан шығатын халық саны басқа жылмен ' +
      'сәйкес келмейді), сондықтан ең ықтимал себеп — тек осы өңірдің жарияланған индексі үшін ' +
      'қолданылған {id} көрсеткішіндегі үтірдің орны қатесі.',
  },
  'slip-likely': {
    en: ": probably a decimal-point slip in {id} used for this region's published index only.",
    ru:
      ': вероятно, ошибка в положении запятой в {id}, использованном только для опубликованного ' +
      'индекса этого региона.',
    kk:
      ': тек осы өңірдің жарияланған индексі үшін қолданылған {id} көрсеткішінде үтірдің орны ' +
      'қате болуы ықтимал.',
  },
  'slip-equally': {
    en: ' Equally, {id} at {factor} the printed {printed} (Table {table}, row {row}) would give {alt}.',
    ru:
      ' Точно так же {id}, {factor} напечатанного {printed} (табл. {table}, строка {row}), дал ' +
      'бы {alt}.',
    kk:
      ' Сол сияқты {id} басылған {printed} мәнінен {factor} болса ({table}-кесте, {row}-жол), ' +
      '{alt} шығар еді.',
  },
  'slip-equally-unflagged': {
    en:
      ' Equally, {id} at {factor} the printed {printed} (Table {table}, row {row}) would give ' +
      '{alt}, but no other check flags that figure.',
    ru:
      ' Точно так же {id}, {factor} напечатанного {printed} (табл. {table}, строка {row}), дал ' +
      'бы {alt}, но никакая другая проверка эту цифру не отмечает.',
    kk:
      ' Сол сияқты {id} басылған {printed} мәнінен {factor} болса ({table}-кесте, {row}-жол), ' +
      '{alt} шығар еді, бірақ бұл санды басқа ешбір тексеріс белгілемейді.',
  },
  'index-unexplained': {
    en:
      'recomputed from {dataset} (Tables {tables}) with formulas 1-4; no decimal-point slip in a ' +
      'single indicator explains the difference.',
    ru:
      'пересчитано по табл. {tables} по формулам 1–4; ни одна ошибка в положении запятой в ' +
      'отдельном показателе не объясняет разницу.',
    kk:
      '{tables}-кестелер бойынша 1–4 формулалармен қайта есептелді; бір көрсеткіштегі үтірдің ' +
      'орны қатесі айырманы түсіндірмейді.',
  },
  'class-mismatch': {
    en: 'class {class} does not match the printed index {index} (class {own} on the scale of Table 1).',
    ru: 'класс {class} не соответствует напечатанному индексу {index} (по шкале табл. 1 — класс {own}).',
    kk: '{class} класы басылған {index} индексіне сәйкес емес (1-кесте шкаласы бойынша — {own} класы).',
  },
  'class-follows': {
    en:
      'follows from the index: class {class} matches the published index {index}, while the ' +
      'recomputed index {recomputed} is class {recomputedClass}.',
    ru:
      'следует из индекса: класс {class} соответствует опубликованному индексу {index}, а ' +
      'пересчитанный индекс {recomputed} даёт класс {recomputedClass}.',
    kk:
      'индекстен туындайды: {class} класы жарияланған {index} индексіне сәйкес, ал қайта ' +
      'есептелген {recomputed} индексі {recomputedClass} класын береді.',
  },
  'ratio-index': {
    en:
      'the printed ratio equals {num} / {den} × 100 = {ratio}: it was computed with a {year} index ' +
      'of {alt}, one digit away from the printed {printed} (probably a typing slip).',
    ru:
      'напечатанное отношение равно {num} / {den} × 100 = {ratio}: его вычислили с индексом ' +
      '{year} г., равным {alt}, который отличается от напечатанного {printed} одной цифрой ' +
      '(вероятно, опечатка).',
    kk:
      'басылған қатынас {num} / {den} × 100 = {ratio} тең: ол {year} жылғы {alt} индексімен ' +
      'есептелген, бұл басылған {printed} мәнінен бір цифрмен ғана өзгеше (қате терілген болуы ' +
      'ықтимал).',
  },
  'ratio-misprint': {
    en: 'neither index with one digit changed gives {ratio}; a misprint in the ratio itself.',
    ru: 'ни один из индексов с одной изменённой цифрой не даёт {ratio}; опечатка в самом отношении.',
    kk: 'бір цифры өзгертілген бірде-бір индекс {ratio} бермейді; қатынастың өзі қате басылған.',
  },
  'note-open': { en: ' Note: ', ru: ' Примечание: ', kk: ' Ескерту: ' },
  'note-next': { en: '; ', ru: '; ', kk: '; ' },
  'note-close': { en: '.', ru: '.', kk: '.' },
  'note-index-reproduced': {
    en: 'the printed {year} index {printed} is itself reproduced ({recomputed})',
    ru: 'напечатанный индекс {year} г. {printed} сам воспроизводится ({recomputed})',
    kk: 'басылған {year} жылғы {printed} индексі өзі қайталанады ({recomputed})',
  },
  // ---- Seed 002's loadings (componentVariance.ts) ---------------------------------------------
  'variance-share': {
    en: 'the loadings do not explain the share of variance the text states.',
    ru: 'нагрузки не объясняют долю дисперсии, указанную в тексте.',
    kk: 'жүктемелер мәтінде көрсетілген дисперсия үлесін түсіндірмейді.',
  },
  communality: {
    en: 'squared loadings of a standardised variable cannot add up to more than 1; a loading is misprinted.',
    ru:
      'сумма квадратов нагрузок стандартизованной переменной не может быть больше 1; одна из ' +
      'нагрузок напечатана с ошибкой.',
    kk:
      'стандартталған айнымалы жүктемелері квадраттарының қосындысы 1-ден аспауы керек; ' +
      'жүктемелердің бірі қате басылған.',
  },
} as const satisfies Record<string, Texts>;

export type AuditCauseCode = keyof typeof AUDIT_CAUSES;

/** A slip by a power of ten, as the sentence needs it ("one tenth of" the printed figure). */
const FACTOR_WORDS: Record<string, Texts> = {
  '0.1': { en: 'one tenth of', ru: 'в 10 раз меньше', kk: '10 есе аз' },
  '10': { en: 'ten times', ru: 'в 10 раз больше', kk: '10 есе көп' },
  '0.01': { en: 'one hundredth of', ru: 'в 100 раз меньше', kk: '100 есе аз' },
  '100': { en: 'a hundred times', ru: 'в 100 раз больше', kk: '100 есе көп' },
};

/**
 * The formulas of the derived columns of seed 004 (derivedColumns.ts) in words; a rule not
 * listed keeps its formula as written.
 */
const FORMULAS: Record<string, Omit<Texts, 'en'>> = {
  S_D: { ru: 'ВРП / занятые × 1000', kk: 'ЖӨӨ / жұмыспен қамтылғандар × 1000' },
  S_F: { ru: 'ВРП / основные фонды', kk: 'ЖӨӨ / негізгі қорлар' },
  S_E: { ru: 'ВРП / выбросы', kk: 'ЖӨӨ / шығарындылар' },
  S_A: {
    ru: 'затраты на НИОКР × 1 000 000 / занятые',
    kk: 'ҒЗТКЖ шығындары × 1 000 000 / жұмыспен қамтылғандар',
  },
  S_B: {
    ru: 'затраты на технологические инновации × 1 000 000 / занятые',
    kk: 'технологиялық инновациялар шығындары × 1 000 000 / жұмыспен қамтылғандар',
  },
};

const AND: Texts = { en: ' and ', ru: ' и ', kk: ' және ' };

function rowRef(r: AuditRowRef, lang: Lang): string {
  const label = r.label ? ` (${r.label})` : '';
  return lang === 'en' ? `row ${r.row}${label}` : `${r.row}${label}`;
}

function paramText(p: AuditParam, lang: Lang): string {
  if (typeof p === 'string' || typeof p === 'number') return String(p);
  if ('rows' in p) return p.rows.map((r) => rowRef(r, lang)).join(AND[lang]);
  if ('factor' in p) return FACTOR_WORDS[String(p.factor)]?.[lang] ?? `× ${p.factor}`;
  return lang === 'en' ? p.formula : (FORMULAS[p.rule]?.[lang] ?? p.formula);
}

/** The cause in `lang`: every piece's text with its parameters, one after the other. */
export function auditCauseText(reason: readonly AuditReason[], lang: Lang): string {
  return reason
    .map((piece) =>
      AUDIT_CAUSES[piece.cause][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
        const p = piece.params?.[name];
        return p === undefined ? whole : paramText(p, lang);
      }),
    )
    .join('');
}
