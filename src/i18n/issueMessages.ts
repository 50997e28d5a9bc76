/**
 * The message catalogue: one sentence per issue code in Russian, Kazakh and English, with the
 * specifics filled in by name from `Issue.params` (see `issueText.ts`). Kept in one file, code by
 * code, so that a translator sees the three languages side by side and
 * `test/i18n/issueMessages.test.ts` can walk every code the source produces in every language.
 *
 * Parameters: `{value}` is the user's own text (a cell, a label) and is shown as written;
 * numbers are formatted in the interface locale; `{region}` and `{regions}` are ISO codes shown
 * as region names in the interface language; keys ending in `Bytes` are file sizes. The place
 * (row, column, feature) is not repeated here: the report prefixes it.
 *
 * `more` is an optional second sentence, added only when its parameter is present (e.g. the
 * regions a misspelt name may mean).
 */
import type { Lang } from '../data/types.ts';

export type Texts = Record<Lang, string>;
export interface IssueMessage extends Texts {
  more?: { param: string } & Texts;
}

export const ISSUE_MESSAGES: Record<string, IssueMessage> = {
  // ---- Files: size, format, encoding -------------------------------------------------------
  'file-too-large': {
    ru: 'Файл занимает {sizeBytes}, а импортировать можно файлы до {limitBytes}. Удалите лишние листы, строки или столбцы (или упростите границы) и попробуйте снова.',
    kk: 'Файл көлемі {sizeBytes}, ал {limitBytes} дейінгі файлдарды ғана импорттауға болады. Артық парақтарды, жолдарды не бағандарды жойып (немесе шекараларды жеңілдетіп), қайта көріңіз.',
    en: 'The file is {sizeBytes}; files up to {limitBytes} can be imported. Remove unused sheets, rows or columns (or simplify the boundaries) and try again.',
  },
  'xls-not-supported': {
    ru: 'Это старая книга Excel 97–2003 (.xls). Откройте её в Excel и сохраните как .xlsx или CSV, затем импортируйте новый файл.',
    kk: 'Бұл ескі Excel 97–2003 (.xls) кітабы. Оны Excel-де ашып, .xlsx немесе CSV ретінде сақтаңыз да, жаңа файлды импорттаңыз.',
    en: 'This is an old Excel 97–2003 (.xls) workbook. Open it in Excel and save it as .xlsx or CSV, then import that file.',
  },
  'internal-error': {
    ru: 'Атлас дал сбой при чтении этого файла: это ошибка атласа, а не вашего файла. Ваши данные не изменились. Сообщите о сбое разработчикам, приложив файл.',
    kk: 'Атлас осы файлды оқу кезінде ақауға ұшырады: бұл файлыңыздың емес, атластың қатесі. Деректеріңіз өзгерген жоқ. Ақау туралы әзірлеушілерге файлды қоса хабарлаңыз.',
    en: 'The atlas failed while reading this file: a fault in the atlas, not in your file. Your data are unchanged. Please report it to the developers with the file.',
  },
  'unreadable-file': {
    ru: 'Файл не удалось прочитать. Проверьте, что это файл CSV, Excel (.xlsx), GeoJSON, TopoJSON или файл проекта.',
    kk: 'Файлды оқу мүмкін болмады. Оның CSV, Excel (.xlsx), GeoJSON, TopoJSON немесе жоба файлы екенін тексеріңіз.',
    en: 'The file could not be read. Check that it is a CSV, Excel (.xlsx), GeoJSON, TopoJSON or project file.',
  },
  'empty-file': {
    ru: 'Файл пуст. Таблице нужна строка заголовков и хотя бы одна строка данных.',
    kk: 'Файл бос. Кестеге тақырып жолы және кемінде бір деректер жолы қажет.',
    en: 'The file is empty. A table needs a header row and at least one row of data.',
  },
  'unclosed-quote': {
    ru: 'Открытая здесь кавычка нигде не закрывается, поэтому остаток файла слился в одну ячейку и дальше не проверялся. Закройте кавычку или удалите её.',
    kk: 'Осы жерде ашылған тырнақша жабылмайды, сондықтан файлдың қалған бөлігі бір ұяшыққа бірігіп, әрі қарай тексерілмеді. Тырнақшаны жабыңыз немесе өшіріңіз.',
    en: 'A quotation mark opened here is never closed, so the rest of the file runs into one cell and was not checked further. Close the quote or remove it.',
  },
  'too-many-rows': {
    ru: 'В таблице {count} строк, а импортировать можно не более {limit}. Разделите файл или удалите лишние строки.',
    kk: 'Кестеде {count} жол бар, ал ең көбі {limit} жолды импорттауға болады. Файлды бөліңіз немесе артық жолдарды жойыңыз.',
    en: 'The table has {count} rows; up to {limit} can be imported. Split the file or remove unused rows.',
  },
  'too-many-columns': {
    ru: 'В таблице {count} столбцов, а импортировать можно не более {limit}.',
    kk: 'Кестеде {count} баған бар, ал ең көбі {limit} бағанды импорттауға болады.',
    en: 'The table has {count} columns; up to {limit} can be imported.',
  },
  'encoding-windows-1251': {
    ru: 'Файл не в UTF-8; он прочитан как Windows-1251 (кириллица) — так сохраняет Excel в русскоязычной Windows. Проверьте, что названия регионов выглядят правильно.',
    kk: 'Файл UTF-8 емес; ол Windows-1251 (кирилл) ретінде оқылды — орыс тілді Windows-тағы Excel осылай сақтайды. Аймақ атаулары дұрыс көрінетінін тексеріңіз.',
    en: 'The file is not UTF-8; it was read as Windows-1251 (Cyrillic), the encoding Excel uses on Russian-language Windows. Check that the region names look right.',
  },
  'unreadable-text': {
    ru: 'Файл не удалось прочитать как текст. Сохраните его как CSV (UTF-8) и попробуйте снова.',
    kk: 'Файлды мәтін ретінде оқу мүмкін болмады. Оны CSV (UTF-8) ретінде сақтап, қайта көріңіз.',
    en: 'The file could not be read as text. Save it as CSV (UTF-8) and try again.',
  },
  'invalid-encoding': {
    ru: 'Файл начинается с метки {encoding}, но его содержимое не в кодировке {encoding}. Сохраните его заново как CSV (UTF-8).',
    kk: 'Файл {encoding} белгісінен басталады, бірақ мазмұны {encoding} кодтауында емес. Оны қайтадан CSV (UTF-8) ретінде сақтаңыз.',
    en: 'The file starts with a {encoding} byte-order mark but its contents are not valid {encoding}. Save it again as CSV (UTF-8).',
  },
  'xlsx-unreadable': {
    ru: 'Файл Excel не открылся: он может быть повреждён, защищён паролем или на самом деле не является .xlsx. Откройте его в Excel, сохраните заново как .xlsx или CSV и повторите.',
    kk: 'Excel файлы ашылмады: ол бүлінген, құпиясөзбен қорғалған немесе шын мәнінде .xlsx емес болуы мүмкін. Оны Excel-де ашып, .xlsx немесе CSV ретінде қайта сақтап, қайталаңыз.',
    en: 'The Excel file could not be opened: it may be damaged, password-protected or not really an .xlsx file. Open it in Excel, save it again as .xlsx or CSV and retry.',
  },
  'xlsx-no-sheets': {
    ru: 'В файле Excel нет ни одного листа.',
    kk: 'Excel файлында бірде-бір парақ жоқ.',
    en: 'The Excel file has no worksheets.',
  },
  'sheet-not-found': {
    ru: 'В книге нет листа «{sheet}». Её листы: {sheets}.',
    kk: 'Кітапта «{sheet}» парағы жоқ. Оның парақтары: {sheets}.',
    en: 'The workbook has no sheet ‘{sheet}’. Its sheets are: {sheets}.',
  },
  'invalid-json': {
    ru: 'Текст не является корректным JSON. Выгрузите файл заново как GeoJSON, TopoJSON или файл проекта.',
    kk: 'Мәтін дұрыс JSON емес. Файлды GeoJSON, TopoJSON немесе жоба файлы ретінде қайта шығарыңыз.',
    en: 'The text is not valid JSON. Export the file again as GeoJSON, TopoJSON or a project file.',
  },

  // ---- Region and indicator tables ---------------------------------------------------------
  'duplicate-header': {
    ru: 'Два столбца называются «{value}»; второй показан как «{renamed}».',
    kk: 'Екі баған «{value}» деп аталады; екіншісі «{renamed}» ретінде көрсетілді.',
    en: 'Two columns are both called ‘{value}’; the later one is shown as ‘{renamed}’.',
  },
  'missing-header': {
    ru: 'В столбце есть данные, но нет заголовка. Дайте столбцу название в строке {headerRow}.',
    kk: 'Бағанда деректер бар, бірақ тақырыбы жоқ. Бағанға {headerRow}-жолда атау беріңіз.',
    en: 'The column holds data but has no header. Give it a name in row {headerRow}.',
  },
  'extra-cells': {
    ru: 'В строке {cells} ячеек, а в заголовке {expected}. Вероятно, значение содержит разделитель без кавычек (например, десятичную запятую в файле с запятыми): возьмите такие значения в кавычки или сохраните файл с точкой с запятой.',
    kk: 'Жолда {cells} ұяшық, ал тақырыпта {expected}. Мәнде тырнақшасыз бөлгіш болуы мүмкін (мысалы, үтірмен бөлінген файлдағы ондық үтір): мұндай мәндерді тырнақшаға алыңыз немесе файлды нүктелі үтірмен сақтаңыз.',
    en: 'The row has {cells} cells but the header has {expected}. A value probably contains an unquoted separator (for example a decimal comma in a comma-separated file); put such values in quotes or save with semicolons.',
  },
  'missing-cells': {
    ru: 'В строке {cells} ячеек, а в заголовке {expected}: в строке не хватает разделителя или она обрезана.',
    kk: 'Жолда {cells} ұяшық, ал тақырыпта {expected}: жолда бөлгіш жетіспейді немесе ол қысқартылған.',
    en: 'The row has {cells} cells but the header has {expected}: a separator is missing or the row is cut short.',
  },
  'not-a-number': {
    ru: '«{value}» — не число. Запишите число (например, 1 417,77 или 1417.77) или оставьте ячейку пустой либо поставьте «-», если данных нет; если столбец не показатель, отметьте его как текст.',
    kk: '«{value}» — сан емес. Сан жазыңыз (мысалы, 1 417,77 немесе 1417.77) не деректер жоқ болса, ұяшықты бос қалдырыңыз немесе «-» қойыңыз; баған көрсеткіш болмаса, оны мәтін деп белгілеңіз.',
    en: '‘{value}’ is not a number. Write a number (for example 1 417,77 or 1417.77), or leave the cell empty or ‘-’ for no data; if the column is not an indicator, mark it as text.',
  },
  'missing-region': {
    ru: 'В строке есть данные, но нет названия региона.',
    kk: 'Жолда деректер бар, бірақ аймақ атауы жоқ.',
    en: 'The row has data but no region name.',
  },
  'total-row': {
    ru: 'Строка «{value}» похожа на итог по стране: она показана, но в анализ не входит.',
    kk: '«{value}» жолы ел бойынша жиынтыққа ұқсайды: ол көрсетілді, бірақ талдауға кірмейді.',
    en: 'The row ‘{value}’ looks like a national total; it is shown but left out of the analysis.',
  },
  'duplicate-region': {
    ru: 'Строки {first} и {row} называют один и тот же регион ({region}); используется только строка {first}. Исправьте название в строке {row} или удалите одну из строк.',
    kk: '{first} және {row} жолдары бір аймақты ({region}) атайды; тек {first}-жол қолданылады. {row}-жолдағы атауды түзетіңіз немесе жолдардың бірін жойыңыз.',
    en: 'Rows {first} and {row} both name the same region ({region}); only row {first} is used. Correct the name in row {row} or delete one of the rows.',
  },
  'unmatched-region': {
    ru: '«{value}» — не регион схемы {scheme}. Выберите регион в предпросмотре или исправьте название; до тех пор строка не используется.',
    kk: '«{value}» — {scheme} схемасының аймағы емес. Алдын ала қарауда аймақты таңдаңыз немесе атауды түзетіңіз; оған дейін жол қолданылмайды.',
    en: '‘{value}’ is not a region of the {scheme} scheme. Pick the region in the preview or correct the name; until then the row is left out.',
    more: {
      param: 'regions',
      ru: 'Возможно, имелось в виду: {regions}.',
      kk: 'Мүмкін, мыналардың бірі: {regions}.',
      en: 'Did you mean: {regions}?',
    },
  },
  'ambiguous-region': {
    ru: '«{value}» может означать разные регионы: {regions}. Выберите нужный в предпросмотре или уточните название (например, «г. Алматы» или «Алматинская область»); до тех пор строка не используется.',
    kk: '«{value}» әртүрлі аймақтарды білдіруі мүмкін: {regions}. Алдын ала қарауда керегін таңдаңыз немесе атауды нақтылаңыз (мысалы, «Алматы қ.» немесе «Алматы облысы»); оған дейін жол қолданылмайды.',
    en: '‘{value}’ can mean more than one region: {regions}. Pick one in the preview or write the name in full (for example ‘Almaty city’ or ‘Almaty Region’); until then the row is left out.',
  },
  'regions-missing': {
    ru: 'У {count} регионов схемы {scheme} нет строки: {regions}. На карте и в рейтингах у них не будет значений.',
    kk: '{scheme} схемасының {count} аймағының жолы жоқ: {regions}. Картада және рейтингтерде олардың мәні болмайды.',
    en: '{count} of the {scheme} scheme’s regions have no row: {regions}. They will have no value on the map or in ratings.',
  },
  'scheme-assumed': {
    ru: 'В таблице нет региона, который есть только в одной из схем, поэтому принята схема 2010–2018 годов (16 регионов, как в исследованиях). Выберите схему из 20 регионов, если данные за 2018 год или позже.',
    kk: 'Кестеде тек бір схемада бар аймақ жоқ, сондықтан 2010–2018 жылдардағы схема (зерттеулердегідей 16 аймақ) қабылданды. Деректер 2018 жылдан кейінгі болса, 20 аймақтық схеманы таңдаңыз.',
    en: 'The table names no region that exists in only one scheme, so the 2010–2018 scheme (16 regions, as in the studies) was assumed. Choose the scheme of 20 regions if the figures are for 2018 or later.',
  },
  'no-numeric-columns': {
    ru: 'Не найдено ни одного столбца с числами. Показатели должны быть столбцами чисел, по строке на регион.',
    kk: 'Сандары бар бірде-бір баған табылмады. Көрсеткіштер — әр аймаққа бір жолдан келетін сандар бағандары болуы керек.',
    en: 'No column of numbers was found. Indicators must be columns of numbers, one row per region.',
  },
  'single-column': {
    ru: 'Найден только один столбец. Таблице нужны столбец регионов и хотя бы один столбец показателя; если в файле другой разделитель, сохраните его как CSV с запятыми или точками с запятой.',
    kk: 'Тек бір баған табылды. Кестеге аймақтар бағаны және кемінде бір көрсеткіш бағаны қажет; файлда басқа бөлгіш болса, оны үтір не нүктелі үтірмен CSV ретінде сақтаңыз.',
    en: 'Only one column was found. The table needs a region column and at least one indicator column; if the file uses another separator, save it again as CSV with commas or semicolons.',
  },
  'empty-table': {
    ru: 'Таблица пуста.',
    kk: 'Кесте бос.',
    en: 'The table is empty.',
  },
  'unknown-column': {
    ru: 'В таблице нет столбца «{value}».',
    kk: 'Кестеде «{value}» бағаны жоқ.',
    en: 'The table has no column called ‘{value}’.',
  },
  'not-numeric-column': {
    ru: 'Столбец «{value}» отмечен как текст, а не как числовой показатель, и не может войти в анализ.',
    kk: '«{value}» бағаны сандық көрсеткіш емес, мәтін деп белгіленген, сондықтан талдауға кіре алмайды.',
    en: 'Column ‘{value}’ is marked as text, not as an indicator of numbers; it cannot enter the analysis.',
  },
  'no-indicators': {
    ru: 'Выберите хотя бы один столбец показателя.',
    kk: 'Кемінде бір көрсеткіш бағанын таңдаңыз.',
    en: 'Choose at least one indicator column.',
  },
  'no-regions': {
    ru: 'Ни одна строка таблицы не сопоставлена с регионом, поэтому анализировать нечего.',
    kk: 'Кестенің бірде-бір жолы аймақпен сәйкестендірілмеген, сондықтан талдайтын ештеңе жоқ.',
    en: 'No row of the table is matched to a region, so there is nothing to analyse.',
  },
  'row-left-out': {
    ru: 'Строка «{value}» не сопоставлена с регионом и не используется.',
    kk: '«{value}» жолы аймақпен сәйкестендірілмеген және қолданылмайды.',
    en: 'The row ‘{value}’ is not matched to a region and is left out.',
  },
  'missing-value': {
    ru: '{region}: нет значения показателя «{indicator}»; он не учитывается для этого региона.',
    kk: '{region}: «{indicator}» көрсеткішінің мәні жоқ; бұл аймақ үшін ол есепке алынбайды.',
    en: '{region}: no value for ‘{indicator}’; it is left out for this region.',
  },

  // ---- Input-output tables -----------------------------------------------------------------
  'no-industries': {
    ru: 'Между заголовком и строкой общего выпуска не найдено ни одной строки отраслей.',
    kk: 'Тақырып пен жалпы өнім шығарылымы жолының арасында бірде-бір сала жолы табылмады.',
    en: 'No industry rows were found between the header and the total output row.',
  },
  'too-many-industries': {
    ru: 'В таблице {count} отраслей, поддерживается не более {limit}.',
    kk: 'Кестеде {count} сала бар, ең көбі {limit} салаға қолдау көрсетіледі.',
    en: 'The table has {count} industries; up to {limit} are supported.',
  },
  'missing-row': {
    ru: 'Нет строки «{rowName}». Добавьте под потоками строку с такой подписью.',
    kk: '«{rowName}» жолы жоқ. Ағындардың астына осындай атаумен жол қосыңыз.',
    en: 'The ‘{rowName}’ row is missing. Add a row with that label below the flows.',
  },
  'duplicate-row': {
    ru: 'Строка повторяет строку «{rowName}»; используется только строка {first}.',
    kk: 'Жол «{rowName}» жолын қайталайды; тек {first}-жол қолданылады.',
    en: 'The row repeats the ‘{rowName}’ row; only row {first} is used.',
  },
  'ignored-row': {
    ru: 'Строка «{value}» — не общий выпуск, не добавленная стоимость и не доходы домохозяйств; она пропущена.',
    kk: '«{value}» жолы жалпы шығарылым да, қосылған құн да, үй шаруашылықтарының табысы да емес; ол өткізіп жіберілді.',
    en: 'The row ‘{value}’ is not total output, value added or household income and was ignored.',
  },
  'missing-label': {
    ru: 'В строке есть потоки, но нет названия отрасли в столбце A.',
    kk: 'Жолда ағындар бар, бірақ A бағанында сала атауы жоқ.',
    en: 'The row has flows but no industry name in column A.',
  },
  'labels-differ': {
    ru: 'Блок потоков должен быть квадратным, с отраслями в одном порядке: строка называется «{value}», а столбец — «{expected}».',
    kk: 'Ағындар блогы шаршы болуы және салалар бір ретпен тұруы керек: жол «{value}» деп, ал баған «{expected}» деп аталады.',
    en: 'The flow block must be square with industries in the same order: the row is ‘{value}’ but the column is ‘{expected}’.',
  },
  'ignored-columns': {
    ru: 'Столбцы правее {column} не входят в блок потоков {count} × {count} и пропущены.',
    kk: '{column} бағанынан оңдағы бағандар {count} × {count} ағындар блогына кірмейді және өткізіп жіберілді.',
    en: 'Columns after {column} are not part of the {count} × {count} flow block and were ignored.',
  },
  'empty-cell': {
    ru: 'Ячейка «{rowName}» пуста; запишите 0, если значения нет.',
    kk: '«{rowName}» ұяшығы бос; мәні жоқ болса, 0 жазыңыз.',
    en: 'The ‘{rowName}’ cell is empty; write 0 where there is none.',
  },
  'negative-flow': {
    ru: 'Потоки не могут быть отрицательными ({value}).',
    kk: 'Ағындар теріс бола алмайды ({value}).',
    en: 'Flows cannot be negative ({value}).',
  },
  'output-not-positive': {
    ru: 'Общий выпуск отрасли «{industry}» должен быть больше нуля, чтобы вычислить её технические коэффициенты.',
    kk: 'Техникалық коэффициенттерін есептеу үшін «{industry}» саласының жалпы шығарылымы нөлден үлкен болуы керек.',
    en: 'Total output of ‘{industry}’ must be above zero to compute its technical coefficients.',
  },
  'inputs-exceed-output': {
    ru: 'Отрасль «{industry}» покупает у перечисленных отраслей на {inputs}, а её общий выпуск — {output}; промежуточные затраты должны быть меньше выпуска, иначе обратной матрицы Леонтьева не существует.',
    kk: '«{industry}» саласы аталған салалардан {inputs} сатып алады, ал оның жалпы шығарылымы — {output}; аралық шығындар шығарылымнан аз болуы керек, әйтпесе Леонтьевтің кері матрицасы болмайды.',
    en: '‘{industry}’ buys {inputs} from the listed industries but its total output is {output}; intermediate inputs must be less than output, or the Leontief inverse does not exist.',
  },
  'negative-io-value': {
    ru: 'Значение «{rowName}» для отрасли «{industry}» отрицательно ({value}).',
    kk: '«{industry}» саласы үшін «{rowName}» мәні теріс ({value}).',
    en: 'The ‘{rowName}’ of ‘{industry}’ is negative ({value}).',
  },
  'not-square': {
    ru: 'Таблица потоков должна быть квадратной: столько же столбцов, сколько строк отраслей.',
    kk: 'Ағындар кестесі шаршы болуы керек: бағандар саны сала жолдарының санына тең.',
    en: 'The flow table must be square: as many columns as industry rows.',
  },
  'length-mismatch': {
    ru: 'Длина строки итогов не совпадает с числом отраслей.',
    kk: 'Жиынтық жолының ұзындығы салалар санымен сәйкес келмейді.',
    en: 'A totals row does not have one value per industry.',
  },
  'non-finite-value': {
    ru: 'В данных есть пропущенное или нечисловое значение.',
    kk: 'Деректерде жетіспейтін немесе сандық емес мән бар.',
    en: 'The data hold a missing or non-numeric value.',
  },
  'negative-coefficient': {
    ru: 'Технический коэффициент отрицателен; потоки и выпуск должны быть неотрицательными.',
    kk: 'Техникалық коэффициент теріс; ағындар мен шығарылым теріс болмауы керек.',
    en: 'A technical coefficient is negative; flows and output must not be negative.',
  },
  'not-productive': {
    ru: 'Экономика таблицы непродуктивна: обратной матрицы Леонтьева не существует.',
    kk: 'Кестедегі экономика өнімсіз: Леонтьевтің кері матрицасы жоқ.',
    en: 'The table’s economy is not productive: the Leontief inverse does not exist.',
  },
  singular: {
    ru: 'Матрица вырождена, обратной не существует.',
    kk: 'Матрица азғындалған, кері матрицасы жоқ.',
    en: 'The matrix is singular; it has no inverse.',
  },
  'zero-output': {
    ru: 'Общий выпуск отрасли «{industry}» равен нулю, отрицателен или не указан, поэтому её коэффициенты затрат не определены.',
    kk: '«{industry}» саласының жалпы шығарылымы нөлге тең, теріс немесе көрсетілмеген, сондықтан оның шығын коэффициенттері анықталмаған.',
    en: 'Total output of ‘{industry}’ is zero, negative or missing, so its input coefficients are undefined.',
  },
  'column-sum-not-below-one': {
    ru: 'Затраты отрасли «{industry}» на единицу её выпуска составляют 1 или больше, значит, у неё нет добавленной стоимости.',
    kk: '«{industry}» саласының өз шығарылымының бірлігіне шаққандағы шығындары 1 немесе одан көп, яғни оның қосылған құны жоқ.',
    en: 'Inputs into ‘{industry}’ add up to 1 or more per unit of its output, so it has no value added.',
  },
  'zero-income-ratio': {
    ru: 'Отрасль «{industry}» не выплачивает доходов домохозяйствам, поэтому её мультипликатор дохода I типа не определён.',
    kk: '«{industry}» саласы үй шаруашылықтарына табыс төлемейді, сондықтан оның I типті табыс мультипликаторы анықталмаған.',
    en: '‘{industry}’ pays no household income, so its type I income multiplier is undefined.',
  },

  'no-data-rows': {
    ru: 'Под строкой заголовков нет ни одной строки данных.',
    kk: 'Тақырып жолының астында бірде-бір деректер жолы жоқ.',
    en: 'The table has a header row but no rows of data below it.',
  },

  // ---- Boundary files ----------------------------------------------------------------------
  'not-geojson': {
    ru: 'Файл в формате JSON, но это не GeoJSON: ожидается объект с типом FeatureCollection, Feature или геометрией.',
    kk: 'Файл JSON пішімінде, бірақ GeoJSON емес: FeatureCollection, Feature немесе геометрия түріндегі нысан күтіледі.',
    en: 'The file is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry.',
  },
  'no-features': {
    ru: 'В файле нет ни одного объекта.',
    kk: 'Файлда бірде-бір нысан жоқ.',
    en: 'The file has no features.',
  },
  'too-many-features': {
    ru: 'В файле {count} объектов, импортировать можно не более {limit}.',
    kk: 'Файлда {count} нысан бар, ең көбі {limit} нысанды импорттауға болады.',
    en: 'The file has {count} features; up to {limit} can be imported.',
  },
  'not-a-feature': {
    ru: 'Элемент списка объектов — не объект GeoJSON (Feature).',
    kk: 'Нысандар тізімінің элементі GeoJSON нысаны (Feature) емес.',
    en: 'This item of the features list is not a GeoJSON Feature.',
  },
  'bad-properties': {
    ru: 'Свойства объекта должны быть набором «имя — значение».',
    kk: 'Нысан қасиеттері «атау — мән» жиыны болуы керек.',
    en: 'The feature’s properties must be a set of names and values.',
  },
  'unknown-property': {
    ru: 'Ни у одного объекта нет свойства «{value}».',
    kk: 'Бірде-бір нысанда «{value}» қасиеті жоқ.',
    en: 'No feature has a property ‘{value}’.',
  },
  'no-region-property': {
    ru: 'Ни одно свойство объектов не содержит известного кода или названия региона. Выберите свойство с названиями регионов.',
    kk: 'Нысандардың бірде-бір қасиетінде белгілі аймақ коды не атауы жоқ. Аймақ атаулары бар қасиетті таңдаңыз.',
    en: 'No property of the features holds a region code or a name we recognise. Choose the property with the region names.',
  },
  'duplicate-feature-region': {
    ru: 'Объекты {first} и {feature} — один и тот же регион ({region}); с данными связан только объект {first}. Если это части одного региона, объедините их в один MultiPolygon.',
    kk: '{first} және {feature} нысандары — бір аймақ ({region}); деректермен тек {first}-нысан байланысты. Егер олар бір аймақтың бөліктері болса, оларды бір MultiPolygon етіп біріктіріңіз.',
    en: 'Features {first} and {feature} are both {region}; only feature {first} is joined to data. If they are parts of one region, merge them into one MultiPolygon.',
  },
  'unmatched-feature': {
    ru: '«{value}» — не известный нам регион; объект будет нарисован без данных.',
    kk: '«{value}» — бізге белгісіз аймақ; нысан деректерсіз салынады.',
    en: '‘{value}’ is not a region we know; it will be drawn without data.',
    more: {
      param: 'regions',
      ru: 'Возможно, имелось в виду: {regions}.',
      kk: 'Мүмкін, мыналардың бірі: {regions}.',
      en: 'Did you mean: {regions}?',
    },
  },
  'unnamed-feature': {
    ru: 'У объекта нет кода или названия региона; он будет нарисован без данных.',
    kk: 'Нысанда аймақ коды не атауы жоқ; ол деректерсіз салынады.',
    en: 'The feature has no region code or name; it will be drawn without data.',
  },
  'no-geometry': {
    ru: 'У объекта нет геометрии, поэтому его нельзя нарисовать как регион.',
    kk: 'Нысанның геометриясы жоқ, сондықтан оны аймақ ретінде салу мүмкін емес.',
    en: 'The feature has no geometry, so it cannot be drawn as a region.',
  },
  'bad-geometry': {
    ru: 'Геометрия объекта не является геометрией GeoJSON.',
    kk: 'Нысан геометриясы GeoJSON геометриясы емес.',
    en: 'The feature’s geometry is not a GeoJSON geometry.',
  },
  'wrong-geometry-type': {
    ru: 'Объект имеет тип {type}; очертить регион могут только Polygon и MultiPolygon. Удалите его или преобразуйте в полигоны.',
    kk: 'Нысан түрі — {type}; аймақты тек Polygon мен MultiPolygon сыза алады. Оны жойыңыз немесе көпбұрыштарға түрлендіріңіз.',
    en: 'The feature is a {type}; only Polygon and MultiPolygon outline a region. Remove it or convert it to polygons.',
  },
  'bad-coordinates': {
    ru: 'Координаты объекта записаны не списками позиций.',
    kk: 'Нысан координаттары позициялар тізімі ретінде жазылмаған.',
    en: 'The feature’s coordinates are not lists of positions.',
  },
  'non-numeric-coordinates': {
    ru: 'Среди координат объекта есть не числа.',
    kk: 'Нысан координаттарының арасында сан емес мәндер бар.',
    en: 'Some of the feature’s coordinates are not numbers.',
  },
  'projected-coordinates': {
    ru: 'Координаты не в градусах (WGS 84): похоже, файл в проекции. Выгрузите его заново в WGS 84 (EPSG:4326).',
    kk: 'Координаттар градуспен (WGS 84) берілмеген: файл проекцияда сияқты. Оны WGS 84 (EPSG:4326) жүйесінде қайта шығарыңыз.',
    en: 'The coordinates are not in degrees (WGS 84): the file seems projected. Export it again in WGS 84 (EPSG:4326).',
  },
  'coordinates-out-of-range': {
    ru: 'Координаты выходят за пределы долготы ±180° или широты ±90°.',
    kk: 'Координаттар ±180° бойлықтан немесе ±90° ендіктен асып кетеді.',
    en: 'Coordinates fall outside longitude ±180° or latitude ±90°.',
  },
  'short-ring': {
    ru: 'В контуре объекта слишком мало точек (нужно не меньше четырёх).',
    kk: 'Нысан контурында нүктелер тым аз (кемінде төрт қажет).',
    en: 'A ring of the feature has too few positions (at least four are needed).',
  },
  'unclosed-ring': {
    ru: 'Контуров, которые не заканчиваются там, где начинаются: {count}. Замкните их (последняя точка должна повторять первую).',
    kk: 'Басталған жерінде аяқталмайтын контурлар: {count}. Оларды тұйықтаңыз (соңғы нүкте біріншісін қайталауы керек).',
    en: '{count} ring(s) do not end where they start. Close them (the last position must repeat the first).',
  },
  'ring-closed': {
    ru: 'Контуров, которые не заканчивались там, где начинались: {count}; они замкнуты автоматически.',
    kk: 'Басталған жерінде аяқталмаған контурлар: {count}; олар автоматты түрде тұйықталды.',
    en: '{count} ring(s) did not end where they started; they were closed automatically.',
  },
  'empty-geometry': {
    ru: 'У объекта нет координат.',
    kk: 'Нысанның координаттары жоқ.',
    en: 'The feature has no coordinates.',
  },
  'not-topojson': {
    ru: 'Файл не является топологией TopoJSON.',
    kk: 'Файл TopoJSON топологиясы емес.',
    en: 'The file is not a TopoJSON topology.',
  },
  'no-objects': {
    ru: 'В топологии нет объектов.',
    kk: 'Топологияда нысандар жоқ.',
    en: 'The topology has no objects.',
  },
  'bad-arcs': {
    ru: 'Дуги топологии записаны не списками позиций.',
    kk: 'Топология доғалары позициялар тізімі ретінде жазылмаған.',
    en: 'The topology’s arcs are not lists of positions.',
  },

  'bad-transform': {
    ru: 'Преобразование координат топологии (масштаб и сдвиг) записано неверно.',
    kk: 'Топология координаттарының түрлендіруі (масштаб пен ығысу) дұрыс жазылмаған.',
    en: 'The topology’s transform must have numeric scale and translate.',
  },
  'object-not-found': {
    ru: 'В топологии нет объекта «{value}». Её объекты: {objects}.',
    kk: 'Топологияда «{value}» нысаны жоқ. Оның нысандары: {objects}.',
    en: 'The topology has no object ‘{value}’. Its objects are: {objects}.',
  },
  'bad-topology-object': {
    ru: 'Объект топологии «{value}» не удалось преобразовать: его геометрии ссылаются на несуществующие или повреждённые дуги.',
    kk: '«{value}» топология нысанын түрлендіру мүмкін болмады: оның геометриялары жоқ немесе бүлінген доғаларға сілтейді.',
    en: 'Object ‘{value}’ of the topology could not be converted: its geometries refer to arcs that do not exist or are malformed.',
  },

  // ---- Saved work, links, project files ----------------------------------------------------
  'spec-missing': {
    ru: 'Настройки анализа отсутствуют.',
    kk: 'Талдау баптаулары жоқ.',
    en: 'The analysis settings are missing.',
  },
  'spec-unreadable': {
    ru: 'Настройки анализа не удалось прочитать.',
    kk: 'Талдау баптауларын оқу мүмкін болмады.',
    en: 'The analysis settings cannot be read.',
  },
  'storage-failed': {
    ru: 'Браузер не дал сохранить данные; работа продолжается, но после перезагрузки страницы изменения пропадут.',
    kk: 'Браузер деректерді сақтауға мүмкіндік бермеді; жұмыс жалғасады, бірақ бетті қайта жүктегенде өзгерістер жоғалады.',
    en: 'The browser did not let the app save data; you can keep working, but changes are lost when the page reloads.',
  },
  'storage-newer-version': {
    ru: 'Сохранённые данные записаны более новой версией приложения. Они не удалены и не изменены; перезагрузите страницу, чтобы открыть новую версию.',
    kk: 'Сақталған деректерді қосымшаның жаңарақ нұсқасы жазған. Олар жойылмады және өзгертілмеді; жаңа нұсқаны ашу үшін бетті қайта жүктеңіз.',
    en: 'The saved data were written by a newer version of the app. They are kept unchanged; reload the page to open the newer version.',
  },
  'stored-item-unreadable': {
    ru: 'Сохранённый элемент «{value}» не удалось прочитать, он пропущен.',
    kk: 'Сақталған «{value}» элементін оқу мүмкін болмады, ол өткізіп жіберілді.',
    en: 'A saved item (‘{value}’) could not be read and was left out.',
  },
  'stored-item-added-elsewhere': {
    ru: 'В другой вкладке добавлено: «{value}». Список обновлён.',
    kk: 'Басқа қойындыда қосылды: «{value}». Тізім жаңартылды.',
    en: 'Added in another tab: ‘{value}’. The list is up to date.',
  },
  'stored-item-removed-elsewhere': {
    ru: 'В другой вкладке удалено: «{value}». Список обновлён.',
    kk: 'Басқа қойындыда жойылды: «{value}». Тізім жаңартылды.',
    en: 'Removed in another tab: ‘{value}’. The list is up to date.',
  },
  'stored-item-removed-elsewhere-kept': {
    ru: 'В другой вкладке удалено: «{value}». Здесь этот файл используется, поэтому он остаётся до закрытия страницы.',
    kk: 'Басқа қойындыда жойылды: «{value}». Мұнда бұл файл қолданылып тұр, сондықтан бет жабылғанға дейін қалады.',
    en: 'Removed in another tab: ‘{value}’. It is in use here, so it stays until this page is closed.',
  },
  // ---- Links (the address): read by state/url.ts, shown under app.badLink ----------------
  'link-too-long': {
    ru: 'Адрес длиннее {limit} КБ ({count} КБ), поэтому настройки из него не читаются.',
    kk: 'Мекенжай {limit} КБ-тан ұзын ({count} КБ), сондықтан ондағы баптаулар оқылмайды.',
    en: 'The address is longer than {limit} KB ({count} KB), so its settings are not read.',
  },
  'link-route': {
    ru: 'Ссылка ведёт в неизвестный раздел «{value}»; открыт раздел по умолчанию.',
    kk: 'Сілтеме белгісіз «{value}» бөліміне апарады; әдепкі бөлім ашылды.',
    en: 'The link points to an unknown view ‘{value}’; the default view is open.',
  },
  'link-unreadable': {
    ru: 'Настройки в ссылке повреждены (ссылка, вероятно, скопирована не полностью) и не прочитаны.',
    kk: 'Сілтемедегі баптаулар бүлінген (сілтеме толық көшірілмеген болуы мүмкін) және оқылмады.',
    en: 'The settings in the link are damaged (the link was probably not copied whole) and were not read.',
  },
  'link-table': {
    ru: 'Таблица, переданная в ссылке, повреждена и не загружена; остальные настройки прочитаны.',
    kk: 'Сілтемемен берілген кесте бүлінген және жүктелмеді; қалған баптаулар оқылды.',
    en: 'The table carried in the link is damaged and was not loaded; the other settings were read.',
  },
  'project-invalid': {
    ru: 'Файл проекта повреждён или неполон; он не открыт, текущая работа не изменена.',
    kk: 'Жоба файлы бүлінген немесе толық емес; ол ашылмады, ағымдағы жұмыс өзгерген жоқ.',
    en: 'The project file is damaged or incomplete; it was not opened and your current work is unchanged.',
  },
  'project-newer': {
    ru: 'Файл проекта сохранён более новой версией приложения (формат {version}, эта версия читает до {supported}). Обновите страницу, чтобы загрузить новую версию, и откройте файл снова; текущая работа не изменена.',
    kk: 'Жоба файлы қосымшаның жаңа нұсқасымен сақталған ({version} пішімі, бұл нұсқа {supported} дейін оқиды). Жаңа нұсқаны жүктеу үшін бетті жаңартып, файлды қайта ашыңыз; ағымдағы жұмыс өзгерген жоқ.',
    en: 'The project file was saved by a newer version of the app (format {version}; this version reads up to {supported}). Reload the page to get the newer version and open the file again; your current work is unchanged.',
  },
  'compute-failed': {
    ru: 'Расчёт не удался из-за внутренней ошибки. Ваши данные не изменены; попробуйте настройки по умолчанию.',
    kk: 'Ішкі қатеге байланысты есептеу сәтсіз аяқталды. Деректеріңіз өзгерген жоқ; әдепкі баптауларды қолданып көріңіз.',
    en: 'The computation failed with an internal error. Your data are unchanged; try the default settings.',
  },
  'dataset-missing': {
    ru: 'Выбранный набор данных недоступен.',
    kk: 'Таңдалған деректер жиыны қолжетімсіз.',
    en: 'The chosen dataset is not available.',
  },
  'missing-field': {
    ru: 'В настройках анализа не хватает обязательного значения.',
    kk: 'Талдау баптауларында міндетті мән жетіспейді.',
    en: 'A required setting of the analysis is missing.',
  },
  'wrong-type': {
    ru: 'Одна из настроек анализа записана в неверном виде.',
    kk: 'Талдау баптауларының бірі дұрыс емес түрде жазылған.',
    en: 'A setting of the analysis has the wrong form.',
  },
  'out-of-range': {
    ru: 'Одна из настроек анализа вне допустимых пределов.',
    kk: 'Талдау баптауларының бірі рұқсат етілген шектен тыс.',
    en: 'A setting of the analysis is out of range.',
  },
  'unknown-value': {
    ru: 'Одна из настроек анализа имеет неизвестное значение.',
    kk: 'Талдау баптауларының бірінің мәні белгісіз.',
    en: 'A setting of the analysis has an unknown value.',
  },
  'unknown-field': {
    ru: 'Неизвестная настройка пропущена.',
    kk: 'Белгісіз баптау өткізіп жіберілді.',
    en: 'An unknown setting was ignored.',
  },
  'empty-list': {
    ru: 'Список в настройках анализа не должен быть пустым.',
    kk: 'Талдау баптауларындағы тізім бос болмауы керек.',
    en: 'A list in the analysis settings must not be empty.',
  },
  'duplicate-id': {
    ru: 'В настройках анализа одно имя или граница класса использована дважды.',
    kk: 'Талдау баптауларында бір атау немесе класс шекарасы екі рет қолданылған.',
    en: 'A name or class bound is used twice in the analysis settings.',
  },

  // ---- Rating ------------------------------------------------------------------------------
  'empty-column': {
    ru: 'У показателя «{indicator}» нет значений; он не входит ни в один субиндекс.',
    kk: '«{indicator}» көрсеткішінің мәндері жоқ; ол бірде-бір субиндекске кірмейді.',
    en: 'Indicator ‘{indicator}’ has no values; it is left out of every sub-index.',
  },
  'few-observations': {
    ru: 'У показателя «{indicator}» только {count} значений; шкала по менее чем {min} значениям ненадёжна.',
    kk: '«{indicator}» көрсеткішінің тек {count} мәні бар; {min} мәннен аз мәнге құрылған шкала сенімсіз.',
    en: 'Indicator ‘{indicator}’ has only {count} value(s); a scale built on fewer than {min} is fragile.',
  },
  'constant-column': {
    ru: '«{variable}» имеет одно и то же значение у всех; по нему нельзя различить регионы или группы.',
    kk: '«{variable}» барлығында бірдей мәнге ие; ол бойынша аймақтарды не топтарды ажырату мүмкін емес.',
    en: '‘{variable}’ has the same value everywhere; it cannot tell regions or groups apart.',
  },
  'negative-value': {
    ru: '{region}, «{indicator}»: значение {value} отрицательно; метод требует значений ≥ 0, поэтому оно принято за 0.',
    kk: '{region}, «{indicator}»: {value} мәні теріс; әдіс ≥ 0 мәндерді талап етеді, сондықтан ол 0 деп алынды.',
    en: '{region}, ‘{indicator}’: {value} is negative; the method needs values ≥ 0, so it counts as 0.',
  },
  'zero-maximum': {
    ru: 'Максимум показателя «{indicator}» равен 0: отношение к максимуму не определено, и все регионы получают 0.',
    kk: '«{indicator}» көрсеткішінің максимумы 0-ге тең: максимумға қатынас анықталмаған, барлық аймақ 0 алады.',
    en: 'Indicator ‘{indicator}’ has maximum 0; the ratio to the maximum is undefined, so every region scores 0.',
  },
  'zero-minimum': {
    ru: 'Минимум показателя «{indicator}» (чем меньше, тем лучше) равен 0: регионы с 0 получают 100, остальные — 0.',
    kk: '«{indicator}» көрсеткішінің минимумы (неғұрлым аз болса, соғұрлым жақсы) 0-ге тең: 0 мәні бар аймақтар 100, қалғандары 0 алады.',
    en: 'Indicator ‘{indicator}’ (lower is better) has minimum 0; regions at 0 score 100 and all others 0.',
  },
  'no-data': {
    ru: 'У региона {region} нет значений ни по одному показателю; его индекс принят равным 0.',
    kk: '{region} аймағының бірде-бір көрсеткіш бойынша мәні жоқ; оның индексі 0-ге тең деп алынды.',
    en: '{region} has no value for any indicator; its index is set to 0.',
  },
  'class-scale': {
    ru: 'z-оценки центрированы на 0, а не на шкале 0–100: границы классов теряют смысл.',
    kk: 'z-бағалар 0-ге қатысты орталықтандырылған, 0–100 шкаласында емес: класс шекаралары мағынасын жоғалтады.',
    en: 'Z-scores are centred on 0, not on a 0–100 scale; the class bands do not mean what they say.',
  },
  'below-classes': {
    ru: '{region}: индекс {value} ниже нижней границы классов {min}; регион отнесён к низшему классу.',
    kk: '{region}: {value} индексі кластардың төменгі шекарасынан ({min}) төмен; аймақ ең төменгі класқа жатқызылды.',
    en: '{region}: index {value} is below the lowest class bound {min}; it is put in the lowest class.',
  },
  'negative-weight': {
    ru: 'Вес {index} равен {value}; вес должен быть числом ≥ 0, поэтому он принят за 0.',
    kk: '{index}-салмақ {value} мәніне тең; салмақ ≥ 0 сан болуы керек, сондықтан ол 0 деп алынды.',
    en: 'Weight {index} is {value}; a weight must be a number ≥ 0, so it counts as 0.',
  },
  'zero-weights': {
    ru: 'Все веса равны нулю; использованы равные веса, но результат не отражает настройки.',
    kk: 'Барлық салмақ нөлге тең; тең салмақтар қолданылды, бірақ нәтиже баптауларды көрсетпейді.',
    en: 'All weights are zero; equal weights are used instead, but the result does not reflect the settings.',
  },
  'empty-group': {
    ru: 'В группе «{group}» нет показателей; она не входит в индекс.',
    kk: '«{group}» тобында көрсеткіштер жоқ; ол индекске кірмейді.',
    en: 'Group ‘{group}’ has no indicators; it is left out of the index.',
  },
  'missing-indicator': {
    ru: 'Показателя «{indicator}» нет в данных; он исключён из группы «{group}».',
    kk: '«{indicator}» көрсеткіші деректерде жоқ; ол «{group}» тобынан алынып тасталды.',
    en: 'Indicator ‘{indicator}’ is not in the data; it is left out of group ‘{group}’.',
  },
  'missing-indicator-value': {
    ru: 'У региона {region} нет значения «{indicator}»; группа «{group}» посчитана как взвешенное среднее имеющихся показателей (веса перенормированы).',
    kk: '{region} аймағында «{indicator}» мәні жоқ; «{group}» тобы бар көрсеткіштердің салмақталған орташасы ретінде есептелді (салмақтар қайта нормаланды).',
    en: '{region} has no value for ‘{indicator}’; its group ‘{group}’ is the weighted mean of the indicators present (weights re-normalised).',
  },
  'geometric-negative': {
    ru: '{region}, «{indicator}»: после нормализации значение отрицательно, а геометрическому среднему нужны значения ≥ 0 (используйте нормализацию на шкалу 0–100, а не z-оценки). Принято за 0.',
    kk: '{region}, «{indicator}»: нормалаудан кейін мән теріс, ал геометриялық орташаға ≥ 0 мәндер қажет (z-бағаларды емес, 0–100 шкаласына нормалауды қолданыңыз). 0 деп алынды.',
    en: '{region}, ‘{indicator}’ is negative after normalisation; a geometric mean needs values ≥ 0 (use a 0–100 normalisation, not z-scores). Counted as 0.',
  },
  'geometric-zero': {
    ru: '{region}, «{indicator}»: после нормализации значение равно 0, поэтому геометрический субиндекс и индекс равны 0.',
    kk: '{region}, «{indicator}»: нормалаудан кейін мән 0-ге тең, сондықтан геометриялық субиндекс пен индекс 0-ге тең.',
    en: '{region}, ‘{indicator}’ is 0 after normalisation, so its geometric sub-index and index are 0.',
  },
  'missing-target': {
    ru: 'У показателя «{indicator}» нет целевого значения, а расстоянию до цели оно нужно. Все регионы получают 0.',
    kk: '«{indicator}» көрсеткішінің мақсатты мәні жоқ, ал мақсатқа дейінгі қашықтыққа ол қажет. Барлық аймақ 0 алады.',
    en: 'Indicator ‘{indicator}’ has no target; distance to a target needs one. Every region scores 0.',
  },
  'invalid-target': {
    ru: 'Целевое значение показателя «{indicator}» равно {value}, а должно быть больше 0. Все регионы получают 0.',
    kk: '«{indicator}» көрсеткішінің мақсатты мәні {value}, ал ол 0-ден үлкен болуы керек. Барлық аймақ 0 алады.',
    en: 'Indicator ‘{indicator}’ has target {value}; the target must be above 0. Every region scores 0.',
  },
  'missing-goalposts': {
    ru: 'У показателя «{indicator}» нет границ (худшего и лучшего значения), а нормализации по границам они нужны. Все регионы получают {score}.',
    kk: '«{indicator}» көрсеткішінің шектері (ең нашар және ең жақсы мәні) жоқ, ал шектер бойынша нормалауға олар қажет. Барлық аймақ {score} алады.',
    en: 'Indicator ‘{indicator}’ has no goalposts; the goalposts normalisation needs a lower and an upper one. Every region scores {score}.',
  },
  'invalid-goalposts': {
    ru: 'Границы показателя «{indicator}» — {low} и {high}, а нижняя должна быть меньше верхней. Все регионы получают {score}.',
    kk: '«{indicator}» көрсеткішінің шектері — {low} және {high}, ал төменгісі жоғарғысынан кіші болуы керек. Барлық аймақ {score} алады.',
    en: 'Indicator ‘{indicator}’ has goalposts {low} and {high}; the lower must be below the upper. Every region scores {score}.',
  },
  'beyond-goalposts': {
    ru: 'Показатель «{indicator}»: значений вне границ от {low} до {high} — {count}; они засчитаны по ближайшей границе.',
    kk: '«{indicator}» көрсеткіші: {low} мен {high} шектерінен тыс {count} мән бар; олар жақын шек бойынша есептелді.',
    en: 'Indicator ‘{indicator}’: {count} value(s) lie outside the goalposts {low} to {high} and are counted at the nearer goalpost.',
  },
  'quantile-classes': {
    ru: 'Индекс построен не на шкале 0–100, поэтому классы статьи, заданные на шкале 0–100, к нему неприменимы: регионы разбиты на пять квинтилей по месту в рейтинге (К1 — верхние 20 %).',
    kk: 'Индекс 0–100 шкаласында емес, сондықтан мақаланың 0–100 шкаласында берілген сыныптары оған қолданылмайды: аймақтар рейтингтегі орны бойынша бес квинтильге бөлінді (К1 — жоғарғы 20 %).',
    en: 'The index is not on a 0–100 scale, so the paper’s classes (A++ to D) do not apply: the units are put into five quintiles by rank (Q1 = top 20%).',
  },
  'pca-few-indicators': {
    ru: 'Группа «{group}» сохранила свои веса: для весов по главным компонентам нужно не меньше двух показателей.',
    kk: '«{group}» тобы өз салмақтарын сақтады: бас компоненттер бойынша салмақтарға кемінде екі көрсеткіш қажет.',
    en: 'Group ‘{group}’ keeps its weights: PCA weights need at least two indicators.',
  },
  'pca-few-units': {
    ru: 'Группа «{group}» сохранила свои веса: меньше трёх единиц имеют все её показатели.',
    kk: '«{group}» тобы өз салмақтарын сақтады: оның барлық көрсеткіштері үштен аз бірлікте бар.',
    en: 'Group ‘{group}’ keeps its weights: fewer than three units have every indicator.',
  },
  'pca-constant': {
    ru: 'Группа «{group}» сохранила свои веса: один из её показателей одинаков у всех единиц.',
    kk: '«{group}» тобы өз салмақтарын сақтады: оның бір көрсеткіші барлық бірлікте бірдей.',
    en: 'Group ‘{group}’ keeps its weights: one of its indicators has the same value for every unit.',
  },
  'pca-negative-loading': {
    ru: 'Показатель «{indicator}» имеет нагрузку {value} на первую главную компоненту группы «{group}», то есть идёт против остальных; его вес по главным компонентам равен 0.',
    kk: '«{indicator}» көрсеткішінің «{group}» тобының бірінші бас компонентіне жүктемесі {value}, яғни басқаларға қарсы бағытталған; оның бас компоненттер бойынша салмағы 0.',
    en: 'Indicator ‘{indicator}’ loads {value} on the first principal component of group ‘{group}’, against the others; its PCA weight is set to 0.',
  },
  'incompatible-methods': {
    ru: 'Геометрическому среднему нужны значения ≥ 0, а z-оценки ниже среднего отрицательны: выберите другую нормализацию или арифметическое среднее.',
    kk: 'Геометриялық орташаға ≥ 0 мәндер қажет, ал z-бағалар орташадан төмен болғанда теріс: басқа нормалауды немесе арифметикалық орташаны таңдаңыз.',
    en: 'A geometric mean needs values ≥ 0, and z-scores are negative below the mean; choose another normalisation or the arithmetic mean.',
  },
  'invalid-runs': {
    ru: 'Число прогонов должно быть целым от 1 до {max}, а не {value}; выборка не проводилась.',
    kk: 'Жүгіртулер саны 1-ден {max}-ге дейінгі бүтін сан болуы керек, {value} емес; іріктеу жүргізілмеді.',
    en: 'The number of runs must be a whole number from 1 to {max}, not {value}; no sampling was done.',
  },
  'invalid-noise': {
    ru: 'Шум должен быть от 0 до 1 (доля каждого веса), а не {value}; он ограничен.',
    kk: 'Шу 0 мен 1 аралығында (әр салмақтың үлесі) болуы керек, {value} емес; ол шектелді.',
    en: 'The noise must be between 0 and 1 (a share of each weight), not {value}; it was clamped.',
  },
  'invalid-seed': {
    ru: 'Начальное число генератора должно быть целым; {value} прочитано как {seed}.',
    kk: 'Генератордың бастапқы саны бүтін болуы керек; {value} мәні {seed} ретінде оқылды.',
    en: 'The seed must be a whole number; {value} was read as {seed}.',
  },

  // ---- Clustering, factors, discriminant analysis ------------------------------------------
  'too-few-observations': {
    ru: 'Для этого анализа мало наблюдений: {count}, нужно не меньше {min}.',
    kk: 'Бұл талдау үшін бақылаулар аз: {count}, кемінде {min} қажет.',
    en: 'Too few observations for this analysis: {count}; at least {min} are needed.',
  },
  'too-few-variables': {
    ru: 'Выберите больше переменных: нужно не меньше {min}.',
    kk: 'Көбірек айнымалы таңдаңыз: кемінде {min} қажет.',
    en: 'Choose more variables: at least {min} are needed.',
  },
  'no-variables': {
    ru: 'Нужна хотя бы одна числовая переменная.',
    kk: 'Кемінде бір сандық айнымалы қажет.',
    en: 'At least one numeric variable is needed.',
  },
  'ragged-rows': {
    ru: 'У наблюдения {observation} значений {count}, а у первого {expected}.',
    kk: '{observation}-бақылауда {count} мән, ал біріншісінде {expected}.',
    en: 'Observation {observation} has {count} values; the first has {expected}.',
  },
  'missing-values': {
    ru: 'Нужны значения для каждого наблюдения и переменной. Пропуски или не числа: наблюдения {observations}; переменные {variables}. Заполните их или исключите эти наблюдения либо переменные.',
    kk: 'Әр бақылау мен айнымалы үшін мән қажет. Бос немесе сан емес мәндер: бақылаулар {observations}; айнымалылар {variables}. Оларды толтырыңыз немесе осы бақылауларды не айнымалыларды алып тастаңыз.',
    en: 'A value is needed for every observation and variable. Missing or not a number: observations {observations}; variables {variables}. Fill them in or leave those observations or variables out.',
  },
  'missing-group': {
    ru: 'У наблюдения {observation} нет метки группы.',
    kk: '{observation}-бақылаудың топ белгісі жоқ.',
    en: 'Observation {observation} has no group label.',
  },
  'labels-length': {
    ru: 'Число меток не совпадает с числом наблюдений.',
    kk: 'Белгілер саны бақылаулар санымен сәйкес келмейді.',
    en: 'The number of labels does not match the number of observations.',
  },
  'variables-length': {
    ru: 'Число названий переменных не совпадает с числом столбцов.',
    kk: 'Айнымалы атауларының саны бағандар санымен сәйкес келмейді.',
    en: 'The number of variable names does not match the number of columns.',
  },
  'k-out-of-range': {
    ru: 'Число групп должно быть целым от 1 до {max}, а не {value}.',
    kk: 'Топтар саны 1-ден {max}-ге дейінгі бүтін сан болуы керек, {value} емес.',
    en: 'The number of groups must be a whole number from 1 to {max}, not {value}.',
  },
  'too-many-observations': {
    ru: 'Этому методу связи нужны все попарные расстояния, что ограничено {limit} наблюдениями, а их {count}. Используйте метод Уорда.',
    kk: 'Бұл байланыс әдісіне барлық жұптық қашықтықтар қажет, бұл {limit} бақылаумен шектелген, ал олар {count}. Уорд әдісін қолданыңыз.',
    en: 'This linkage needs all pairwise distances, which is limited to {limit} observations; there are {count}. Use Ward’s method.',
  },
  'all-columns-constant': {
    ru: 'Все переменные одинаковы у всех наблюдений; кластеризовать нечего.',
    kk: 'Барлық айнымалы барлық бақылауда бірдей; кластерлейтін ештеңе жоқ.',
    en: 'Every variable has the same value for all observations; there is nothing to cluster.',
  },
  'nfactors-out-of-range': {
    ru: 'Число факторов должно быть целым от 1 до {max}, а не {value}.',
    kk: 'Факторлар саны 1-ден {max}-ге дейінгі бүтін сан болуы керек, {value} емес.',
    en: 'The number of factors must be a whole number from 1 to {max}, not {value}.',
  },
  'eigen-failed': {
    ru: 'Разложение корреляционной матрицы не сошлось.',
    kk: 'Корреляциялық матрицаның жіктелуі жинақталмады.',
    en: 'The eigen-decomposition of the correlation matrix did not converge.',
  },
  'fewer-observations-than-variables': {
    ru: '{count} наблюдений на {variables} переменных: корреляционная матрица вырождена, поэтому последние собственные значения ({zero}) равны нулю.',
    kk: '{variables} айнымалыға {count} бақылау: корреляциялық матрица азғындалған, сондықтан соңғы меншікті мәндер ({zero}) нөлге тең.',
    en: '{count} observations for {variables} variables: the correlation matrix is singular, so the last {zero} eigenvalue(s) are zero.',
  },
  'kaiser-no-eigenvalue-above-one': {
    ru: 'Ни одно собственное значение не больше 1, поэтому правило Кайзера ничего не оставляет; оставлена одна компонента.',
    kk: 'Бірде-бір меншікті мән 1-ден үлкен емес, сондықтан Кайзер ережесі ештеңе қалдырмайды; бір компонента қалдырылды.',
    en: 'No eigenvalue is above 1, so Kaiser’s rule keeps nothing; one component is kept.',
  },
  'single-factor-not-rotated': {
    ru: 'Оставлена одна компонента, поворачивать нечего: повёрнутые нагрузки равны исходным.',
    kk: 'Бір компонента қалдырылды, бұратын ештеңе жоқ: бұрылған жүктемелер бастапқыларына тең.',
    en: 'Only one component is kept, so there is nothing to rotate; the rotated loadings equal the unrotated ones.',
  },
  'rotation-not-converged': {
    ru: 'Варимакс не сошёлся за {iterations} итераций; показаны нагрузки последней итерации.',
    kk: 'Варимакс {iterations} итерацияда жинақталмады; соңғы итерацияның жүктемелері көрсетілген.',
    en: 'Varimax did not converge in {iterations} iterations; the loadings shown are from the last iteration.',
  },
  'too-few-groups': {
    ru: 'Нужно хотя бы две группы.',
    kk: 'Кемінде екі топ қажет.',
    en: 'At least two groups are needed.',
  },
  'group-too-small': {
    ru: 'В группе «{group}» меньше двух членов, поэтому её разброс оценить нельзя.',
    kk: '«{group}» тобында екіден аз мүше бар, сондықтан оның шашырауын бағалау мүмкін емес.',
    en: 'Group ‘{group}’ has fewer than 2 members, so its spread cannot be estimated.',
  },
  'singular-pooled-covariance': {
    ru: 'Переменная «{variable}» постоянна внутри групп или линейно выражается через другие, поэтому группы по ней не разделить. Исключите её.',
    kk: '«{variable}» айнымалысы топтар ішінде тұрақты немесе басқалар арқылы сызықтық өрнектеледі, сондықтан ол бойынша топтарды бөлу мүмкін емес. Оны алып тастаңыз.',
    en: 'Variable ‘{variable}’ is constant within groups or a linear combination of other variables, so the groups cannot be separated by it. Remove it.',
  },
  'leave-one-out-unavailable': {
    ru: 'Скользящий экзамен (по одному наблюдению) недоступен: без некоторых наблюдений объединённая ковариационная матрица вырождается.',
    kk: 'Бір-бірлеп алып тастау әдісі қолжетімсіз: кейбір бақылауларсыз біріктірілген ковариациялық матрица азғындалады.',
    en: 'Leave-one-out classification is not available: without some observation the pooled covariance becomes singular.',
  },

  // ---- Discriminant analysis of the user's groups of industries (issue 12) -----------------
  'industry-in-two-groups': {
    ru: 'Отрасль «{industry}» отнесена к двум группам: «{group}» и «{other}». Оставьте её в одной.',
    kk: '«{industry}» саласы екі топқа жатқызылған: «{group}» және «{other}». Оны біреуінде қалдырыңыз.',
    en: 'Industry ‘{industry}’ is in two groups: ‘{group}’ and ‘{other}’. Keep it in one.',
  },
  'industries-without-group': {
    ru: 'Не отнесены ни к одной группе и в анализ не вошли: {industries}.',
    kk: 'Ешбір топқа жатқызылмаған және талдауға кірмеген: {industries}.',
    en: 'In no group, so left out of the analysis: {industries}.',
  },
  'industries-without-measure': {
    ru: 'Для этих отраслей показатель не вычисляется (например, итог равен 0 или отрасль не связана ни с одной другой), в анализ они не вошли: {industries}.',
    kk: 'Бұл салалар үшін көрсеткіш есептелмейді (мысалы, жиыны 0-ге тең немесе сала басқа ешбір саламен байланыспаған), олар талдауға кірмеді: {industries}.',
    en: 'A measure cannot be computed for these industries (for example a total of 0, or an industry related to no other), so they are left out: {industries}.',
  },
  'empty-groups': {
    ru: 'В группах нет ни одной отрасли, они не учитываются: {groups}.',
    kk: 'Топтарда бірде-бір сала жоқ, олар есепке алынбайды: {groups}.',
    en: 'Groups without industries are left out: {groups}.',
  },

  // ---- Specialisation ----------------------------------------------------------------------
  'missing-employment': {
    ru: '{region}: нет значения для «{indicator}»; принято за 0.',
    kk: '{region}: «{indicator}» үшін мән жоқ; 0 деп алынды.',
    en: '{region}: no value for ‘{indicator}’; counted as 0.',
  },
  'empty-region': {
    ru: 'У региона {region} во всех отраслях 0; его доли, коэффициенты локализации и индекс Кругмана не определены (оставлены пустыми).',
    kk: '{region} аймағында барлық салада 0; оның үлестері, оқшаулану коэффициенттері мен Кругман индексі анықталмаған (бос қалдырылды).',
    en: '{region} has 0 in every industry; its shares, location quotients and Krugman index are undefined (left empty).',
  },
  'empty-industry': {
    ru: 'Отрасль «{industry}» равна 0 во всех регионах; её коэффициенты локализации, региональные доли и концентрация не определены (оставлены пустыми).',
    kk: '«{industry}» саласы барлық аймақта 0-ге тең; оның оқшаулану коэффициенттері, аймақтық үлестері мен шоғырлануы анықталмаған (бос қалдырылды).',
    en: '‘{industry}’ is 0 in every region; its location quotients, regional shares and concentration are undefined (left empty).',
  },
  'empty-matrix': {
    ru: 'Все ячейки равны 0: сравнивать нечего.',
    kk: 'Барлық ұяшық 0-ге тең: салыстыратын ештеңе жоқ.',
    en: 'Every cell is 0: there is nothing to compare.',
  },

  // ---- Numbers typed in the interface ------------------------------------------------------
  'break-empty': {
    ru: 'Граница {position} пуста: между точками с запятой нет числа. Ничего не применено.',
    kk: '{position}-шекара бос: нүктелі үтірлердің арасында сан жоқ. Ештеңе қолданылмады.',
    en: 'Break {position} is empty: there is no number between the semicolons. Nothing was applied.',
  },
  'break-not-a-number': {
    ru: 'Граница {position}: «{value}» — не число. Ничего не применено.',
    kk: '{position}-шекара: «{value}» — сан емес. Ештеңе қолданылмады.',
    en: 'Break {position}: ‘{value}’ is not a number. Nothing was applied.',
  },
  'break-duplicate': {
    ru: 'Граница {value} указана дважды; она учтена один раз.',
    kk: '{value} шекарасы екі рет көрсетілген; ол бір рет ескерілді.',
    en: 'Break {value} is given twice; it is used once.',
  },
  'break-out-of-range': {
    ru: 'Граница {value} вне значений на карте (от {min} до {max}): один из классов будет пустым.',
    kk: '{value} шекарасы картадағы мәндерден тыс ({min}-ден {max}-ге дейін): кластардың бірі бос болады.',
    en: 'Break {value} is outside the values on the map ({min} to {max}): one class will be empty.',
  },

  // ---- Own index (COINr-style trees), panels over years, crosswalks, study versions --------
  'duplicate-code': {
    ru: 'Один и тот же код узла индекса использован дважды.',
    kk: 'Индекс түйінінің бір коды екі рет қолданылған.',
    en: 'The same code is used for two nodes of the index.',
  },
  'no-parent': {
    ru: 'У узла индекса не указан родитель.',
    kk: 'Индекс түйінінің ата-түйіні көрсетілмеген.',
    en: 'A node of the index has no parent.',
  },
  'unknown-parent': {
    ru: 'Родитель узла индекса не найден среди узлов.',
    kk: 'Индекс түйінінің ата-түйіні түйіндер арасында табылмады.',
    en: 'The parent of a node of the index is not one of its nodes.',
  },
  'parent-level': {
    ru: 'Родитель узла должен быть ровно на уровень выше.',
    kk: 'Түйіннің ата-түйіні дәл бір деңгей жоғары болуы керек.',
    en: 'A node’s parent must be exactly one level above it.',
  },
  'several-tops': {
    ru: 'У индекса несколько вершин; нужна одна.',
    kk: 'Индекстің бірнеше шыңы бар; біреуі қажет.',
    en: 'The index has more than one top node; it needs one.',
  },
  'no-top': {
    ru: 'У индекса нет вершины (итогового индекса).',
    kk: 'Индекстің шыңы (қорытынды индексі) жоқ.',
    en: 'The index has no top node (the overall index).',
  },
  'childless-aggregate': {
    ru: 'У группы индекса нет ни одного показателя или подгруппы.',
    kk: 'Индекс тобында бірде-бір көрсеткіш не кіші топ жоқ.',
    en: 'A group of the index has no indicators or sub-groups.',
  },
  'bad-weight': {
    ru: 'Вес узла индекса должен быть числом ≥ 0.',
    kk: 'Индекс түйінінің салмағы ≥ 0 сан болуы керек.',
    en: 'The weight of a node of the index must be a number ≥ 0.',
  },
  'impute-group-missing': {
    ru: 'Для заполнения пропусков по группам нужен столбец групп в данных; пропуски не заполнены.',
    kk: 'Топтар бойынша бос орындарды толтыру үшін деректерде топтар бағаны қажет; бос орындар толтырылмады.',
    en: 'Filling gaps by group needs a group column in the data; nothing was filled.',
  },
  'missing-denominator': {
    ru: 'Знаменатель показателя не является числовым столбцом данных; деление не выполнено.',
    kk: 'Көрсеткіштің бөлгіші деректердің сандық бағаны емес; бөлу орындалмады.',
    en: 'The indicator’s denominator is not a numeric column of the data; it was not divided.',
  },
  'zero-denominator': {
    ru: 'У части значений знаменатель пуст или равен нулю; они оставлены пустыми.',
    kk: 'Кейбір мәндердің бөлгіші бос немесе нөлге тең; олар бос қалдырылды.',
    en: 'Some values have a missing or zero denominator; they are left missing.',
  },
  // ---- Data treatment in the rating (issue 9 item 3) ------------------------------------
  'treat-denominator-missing': {
    ru: 'Показатель «{indicator}» должен делиться на столбец «{denominator}», но такого числового столбца в данных нет; деление не выполнено.',
    kk: '«{indicator}» көрсеткіші «{denominator}» бағанына бөлінуі керек, бірақ деректерде ондай сандық баған жоқ; бөлу орындалмады.',
    en: 'Indicator ‘{indicator}’ is to be divided by ‘{denominator}’, but the data have no such numeric column; it was not divided.',
  },
  'treat-denominator-zero': {
    ru: 'У показателя «{indicator}» {count} знач. со знаменателем «{denominator}», который пуст или равен нулю; они оставлены пустыми.',
    kk: '«{indicator}» көрсеткішінің {count} мәнінде «{denominator}» бөлгіші бос немесе нөлге тең; олар бос қалдырылды.',
    en: 'Indicator ‘{indicator}’ has {count} value(s) whose denominator ‘{denominator}’ is missing or zero; they are left missing.',
  },
  'treat-group-missing': {
    ru: 'Для заполнения пропусков показателя «{indicator}» по группам нужен столбец данных с группой каждого региона; «{column}» таким не является. Пропуски не заполнены.',
    kk: '«{indicator}» көрсеткішінің бос орындарын топтар бойынша толтыру үшін әр аймақтың тобы бар деректер бағаны қажет; «{column}» ондай емес. Бос орындар толтырылмады.',
    en: 'Filling the gaps of ‘{indicator}’ by group needs a column of the data with each unit’s group; ‘{column}’ is not one. Nothing was filled.',
  },
  'interpolate-no-panel': {
    ru: 'Интерполяция показателя «{indicator}» нужна панель (тот же показатель за несколько лет), а в данных один год; пропуски не заполнены.',
    kk: '«{indicator}» көрсеткішін интерполяциялау үшін панель (сол көрсеткіш бірнеше жыл бойы) қажет, ал деректерде бір жыл; бос орындар толтырылмады.',
    en: 'Interpolating ‘{indicator}’ needs a panel (the same indicator over several years); the data hold one year, so no gap was filled.',
  },
  'log-nonpositive': {
    ru: 'У показателя «{indicator}» {count} знач. равны нулю или отрицательны, а логарифм для них не определён; они оставлены пустыми (правило по умолчанию и Бокс–Кокс сначала сдвигают столбец).',
    kk: '«{indicator}» көрсеткішінің {count} мәні нөлге тең немесе теріс, ал олар үшін логарифм анықталмаған; олар бос қалдырылды (әдепкі ереже мен Бокс–Кокс алдымен бағанды жылжытады).',
    en: 'Indicator ‘{indicator}’ has {count} value(s) that are 0 or negative, where ln x is undefined; they are left missing (COINr’s rule and Box-Cox shift the column first).',
  },
  'treated-goalposts': {
    ru: 'Значения показателя «{indicator}» преобразованы (логарифм или Бокс–Кокс), поэтому его границы {low} и {high} преобразованы так же: {tlow} и {thigh}.',
    kk: '«{indicator}» көрсеткішінің мәндері түрлендірілді (логарифм немесе Бокс–Кокс), сондықтан оның {low} және {high} шектері де солай түрлендірілді: {tlow} және {thigh}.',
    en: 'The values of ‘{indicator}’ were transformed (logarithm or Box-Cox), so its goalposts {low} and {high} were transformed the same way, to {tlow} and {thigh}.',
  },
  'treated-target': {
    ru: 'Значения показателя «{indicator}» преобразованы (логарифм или Бокс–Кокс), поэтому его цель {value} преобразована так же: {mapped}.',
    kk: '«{indicator}» көрсеткішінің мәндері түрлендірілді (логарифм немесе Бокс–Кокс), сондықтан оның {value} мақсаты да солай түрлендірілді: {mapped}.',
    en: 'The values of ‘{indicator}’ were transformed (logarithm or Box-Cox), so its target {value} was transformed the same way, to {mapped}.',
  },
  'treated-goalpost-undefined': {
    ru: 'Значения показателя «{indicator}» преобразованы (логарифм или Бокс–Кокс), а граница {value} лежит вне области этого преобразования, поэтому границы нельзя перенести на новую шкалу. Выберите для показателя другую обработку выбросов (или никакую) либо границу в пределах данных.',
    kk: '«{indicator}» көрсеткішінің мәндері түрлендірілді (логарифм немесе Бокс–Кокс), ал {value} шегі бұл түрлендірудің анықталу аймағынан тыс, сондықтан шектерді жаңа шкалаға көшіру мүмкін емес. Көрсеткіш үшін шығарындыларды өңдеудің басқа тәсілін (немесе ешқайсысын) не деректер ауқымындағы шекті таңдаңыз.',
    en: 'The values of ‘{indicator}’ were transformed (logarithm or Box-Cox), and the goalpost {value} lies outside that transform’s domain, so the goalposts cannot follow the values onto the new scale. Choose another outlier treatment (or none) for this indicator, or a goalpost within the range of the data.',
  },
  'treated-target-undefined': {
    ru: 'Значения показателя «{indicator}» преобразованы (логарифм или Бокс–Кокс), и на новой шкале цель {value} не больше нуля или не определена, поэтому долю достигнутой цели вычислить нельзя. Выберите для показателя другую обработку выбросов (или никакую) либо границы вместо цели.',
    kk: '«{indicator}» көрсеткішінің мәндері түрлендірілді (логарифм немесе Бокс–Кокс), ал жаңа шкалада {value} мақсаты нөлден үлкен емес немесе анықталмаған, сондықтан мақсаттың орындалу үлесін есептеу мүмкін емес. Көрсеткіш үшін шығарындыларды өңдеудің басқа тәсілін (немесе ешқайсысын) не мақсаттың орнына шектерді таңдаңыз.',
    en: 'The values of ‘{indicator}’ were transformed (logarithm or Box-Cox), and on the new scale the target {value} is not above zero or is undefined, so the share of the target reached cannot be computed. Choose another outlier treatment (or none) for this indicator, or goalposts instead of a target.',
  },
  'ignored-field': {
    ru: 'Эта настройка относится к другому методу и пропущена.',
    kk: 'Бұл баптау басқа әдіске қатысты және өткізіп жіберілді.',
    en: 'This setting belongs to another method and was ignored.',
  },
  'aggregate-zero': {
    ru: 'У части регионов одна из составляющих равна 0, поэтому их геометрическое или гармоническое среднее равно 0 (нормализуйте на положительную шкалу, например 1–100).',
    kk: 'Кейбір аймақтарда құрамдас бөліктердің бірі 0-ге тең, сондықтан олардың геометриялық не гармоникалық орташасы 0-ге тең (оң шкалаға, мысалы 1–100, нормалаңыз).',
    en: 'Some units have a component equal to 0, so their geometric or harmonic mean is 0 (normalise onto a positive range, e.g. 1–100).',
  },
  'aggregate-negative': {
    ru: 'У части регионов есть отрицательная составляющая; геометрическое, гармоническое или обобщённое среднее для них не определено (не используйте z-оценки).',
    kk: 'Кейбір аймақтарда теріс құрамдас бөлік бар; олар үшін геометриялық, гармоникалық немесе жалпыланған орташа анықталмаған (z-бағаларды қолданбаңыз).',
    en: 'Some units have a negative component; a geometric, harmonic or generalised mean is undefined for them (do not use z-scores).',
  },
  'index-missing': {
    ru: 'У части регионов нет значения индекса (нет данных или среднее не определено); они не ранжируются.',
    kk: 'Кейбір аймақтардың индекс мәні жоқ (деректер жоқ немесе орташа анықталмаған); олар рейтингке енбейді.',
    en: 'Some units have no index score (no data, or an undefined mean); they are not ranked.',
  },
  'no-target': {
    ru: 'Для нормализации по цели у показателя нет целевого значения.',
    kk: 'Мақсат бойынша нормалау үшін көрсеткіштің мақсатты мәні жоқ.',
    en: 'Normalising by a target needs a target for the indicator.',
  },
  'no-goalposts': {
    ru: 'Для нормализации по ориентирам у показателя не заданы нижний и верхний ориентиры.',
    kk: 'Бағдарлар бойынша нормалау үшін көрсеткіштің төменгі және жоғарғы бағдарлары берілмеген.',
    en: 'Normalising by goalposts needs a lower and an upper goalpost for the indicator.',
  },
  'ratio-nonpositive-max': {
    ru: 'Максимум показателя не больше 0, поэтому отношение к максимуму не определено.',
    kk: 'Көрсеткіштің максимумы 0-ден артық емес, сондықтан максимумға қатынас анықталмаған.',
    en: 'The indicator’s maximum is not above 0, so the ratio to the maximum is undefined.',
  },
  'ratio-negative-direction': {
    ru: 'Отношение к максимуму не применимо к показателю «чем меньше, тем лучше» с неположительными значениями.',
    kk: 'Оң емес мәндері бар «неғұрлым аз болса, соғұрлым жақсы» көрсеткішіне максимумға қатынас қолданылмайды.',
    en: 'The ratio to the maximum does not apply to a lower-is-better indicator with values that are not positive.',
  },
  'crosswalk-zero-weight': {
    ru: 'Веса частей региона в сумме дают 0, поэтому их взвешенное среднее не определено.',
    kk: 'Аймақ бөліктерінің салмақтарының қосындысы 0, сондықтан олардың салмақталған орташасы анықталмаған.',
    en: 'The weights of a region’s parts sum to 0, so their weighted average is undefined.',
  },
  'crosswalk-shares-sum': {
    ru: 'Доли частей региона в сумме не дают 1.',
    kk: 'Аймақ бөліктерінің үлестерінің қосындысы 1-ге тең емес.',
    en: 'The shares of a region’s parts do not sum to 1.',
  },
  'crosswalk-no-weight': {
    ru: 'Для ставок (столбцов со средней с весом) нужен столбец весов, например численность населения.',
    kk: 'Мөлшерлемелер (салмақты орташа бағандар) үшін салмақ бағаны қажет, мысалы халық саны.',
    en: 'Rates (weighted columns) need a weight column, e.g. population.',
  },
  'crosswalk-mixed-schemes': {
    ru: 'Таблица смешивает регионы 2014 года (Южно-Казахстанская область) и нынешние (Туркестанская область, Шымкент, Абай, Жетісу, Улытау).',
    kk: 'Кесте 2014 жылғы аймақтарды (Оңтүстік Қазақстан облысы) және қазіргі аймақтарды (Түркістан облысы, Шымкент, Абай, Жетісу, Ұлытау) араластырады.',
    en: 'The table mixes units of 2014 (South Kazakhstan) and of today (Turkistan, Shymkent, Abai, Zhetisu, Ulytau).',
  },
  'crosswalk-needs-shares': {
    ru: 'Переход от регионов 2014 года к нынешним делит некоторые регионы; для суммируемых показателей нужен ключ распределения (доля каждой части в регионе 2014 года).',
    kk: '2014 жылғы аймақтардан қазіргілерге көшу кейбір аймақтарды бөледі; қосылатын көрсеткіштер үшін бөлу кілті (әр бөліктің 2014 жылғы аймақтағы үлесі) қажет.',
    en: 'Going from 2014’s units to today’s splits some regions; additive figures need an allocation key (each part’s share of its 2014 region).',
    more: {
      param: 'regions',
      ru: 'Ключ нужен для: {regions}.',
      kk: 'Кілт мыналар үшін қажет: {regions}.',
      en: 'A share is needed for: {regions}.',
    },
  },
  'newer-version': {
    ru: 'Исследование записано более новой версией приложения; обновите страницу, чтобы открыть его в новой версии.',
    kk: 'Зерттеуді қосымшаның жаңарақ нұсқасы жазған; оны жаңа нұсқада ашу үшін бетті жаңартыңыз.',
    en: 'The study was written by a newer version of the app; reload the page to open it in the newer version.',
  },
  'not-supported': {
    ru: 'Эта настройка в текущей версии не поддерживается.',
    kk: 'Бұл баптауға ағымдағы нұсқада қолдау көрсетілмейді.',
    en: 'This setting is not supported by this version.',
  },
  'panel-no-regions': {
    ru: 'Ни одна из первых 60 строк не называет регион Казахстана или республику. Укажите названия регионов или коды ISO в первом столбце.',
    kk: 'Алғашқы 60 жолдың бірде-бірі Қазақстан аймағын немесе республиканы атамайды. Бірінші бағанда аймақ атауларын немесе ISO кодтарын көрсетіңіз.',
    en: 'No row names a region of Kazakhstan or the republic in the first 60 rows. Put region names or ISO codes in the first column.',
  },
  'panel-no-header': {
    ru: 'Строка называет регион, но над ней нет строки с названиями столбцов.',
    kk: 'Жол аймақты атайды, бірақ оның үстінде баған атаулары бар жол жоқ.',
    en: 'The row names a region, but no header row with column names is above it.',
  },
  'unknown-region': {
    ru: '«{value}» — не регион Казахстана.',
    kk: '«{value}» — Қазақстан аймағы емес.',
    en: '‘{value}’ is not a region of Kazakhstan.',
    more: {
      param: 'regions',
      ru: 'Ближайшие: {regions}.',
      kk: 'Ең жақындары: {regions}.',
      en: 'Closest: {regions}.',
    },
  },
  'panel-unit-other-scheme': {
    ru: '«{value}» — регион другой схемы, чем остальная таблица (16 регионов до 2018 года или 20 с 2022 года); строка не использована.',
    kk: '«{value}» — кестенің қалған бөлігінен басқа схеманың аймағы (2018 жылға дейінгі 16 аймақ немесе 2022 жылдан бергі 20 аймақ); жол пайдаланылмады.',
    en: '‘{value}’ is a region of the other scheme than the rest of the table (16 regions until 2018 or 20 since 2022); its row is left out.',
  },
  'not-a-year': {
    ru: '«{value}» — не год.',
    kk: '«{value}» — жыл емес.',
    en: '‘{value}’ is not a year.',
  },
  'suppressed-cells': {
    ru: 'Часть значений отмечена как скрытая («х») и считается пропущенной.',
    kk: 'Кейбір мәндер жасырын («х») деп белгіленген және бос деп есептеледі.',
    en: 'Some figures are marked as suppressed (‘х’) and are treated as missing.',
  },
  // ---- Added with main's shift-share, complexity, regional IO, spatial and XLSX guard -------
  'national-length': {
    ru: 'Национальная строка содержит {start} значений на начало и {end} на конец, а отраслей {count}.',
    kk: 'Ұлттық жолда басында {start} мән, соңында {end} мән бар, ал салалар саны {count}.',
    en: 'The national row has {start} values at the start and {end} at the end for {count} industries.',
  },
  'empty-start': {
    ru: 'Занятость по стране на начало периода равна 0, поэтому темп роста вычислить нельзя.',
    kk: 'Кезең басындағы ел бойынша жұмыспен қамту 0-ге тең, сондықтан өсу қарқынын есептеу мүмкін емес.',
    en: 'National employment at the start is 0, so no growth rate can be computed.',
  },
  'industry-absent-at-start': {
    ru: 'В отрасли «{indicator}» на начало периода по стране никто не занят; её компоненты сдвига-доли не определены (оставлены пустыми).',
    kk: '«{indicator}» саласында кезең басында ел бойынша ешкім жұмыс істемейді; оның ығысу-үлес құрамдас бөліктері анықталмаған (бос қалдырылды).',
    en: '{indicator} employs no one nationally at the start; its shift-share terms are undefined (left empty).',
  },
  'complexity-too-small': {
    ru: 'Для экономической сложности нужны хотя бы два региона и две отрасли с коэффициентом локализации не меньше 1.',
    kk: 'Экономикалық күрделілік үшін оқшаулану коэффициенті 1-ден кем емес кемінде екі өңір мен екі сала қажет.',
    en: 'Economic complexity needs at least two regions and two industries with a location quotient of 1 or more.',
  },
  'complexity-disconnected': {
    ru: 'Регионы распадаются на группы без общих специализаций, поэтому рейтинг сложности лишь разделяет эти группы.',
    kk: 'Өңірлер ортақ мамандануы жоқ топтарға бөлінеді, сондықтан күрделілік рейтингі тек осы топтарды ажыратады.',
    en: 'The regions fall into groups that share no specialisation, so the complexity ranking only separates those groups.',
  },
  'ill-conditioned': {
    ru: 'Матрица I − A почти вырождена (число обусловленности {kappa}): округление коэффициентов в последнем напечатанном знаке может изменить мультипликаторы более чем наполовину. Проверьте, что затраты каждого столбца в сумме заметно меньше 1.',
    kk: 'I − A матрицасы азғындалуға жақын (шарттылық саны {kappa}): коэффициенттерді соңғы басылған таңбада дөңгелектеу мультипликаторларды жартысынан артық өзгертуі мүмкін. Әр бағанның шығындары қосындыда 1-ден айтарлықтай аз екенін тексеріңіз.',
    en: 'I − A is nearly singular (condition number {kappa}): a rounding of the coefficients in their last printed digit can change the multipliers by more than half. Check that every column’s inputs add up to clearly less than 1.',
  },
  'employment-length': {
    ru: 'Занятость задана для {regional} отраслей региона и {national} отраслей страны, а в таблице их {count}.',
    kk: 'Жұмыспен қамту өңірдің {regional} саласы және елдің {national} саласы үшін берілген, ал кестеде {count} сала бар.',
    en: 'Employment is given for {regional} industries in the region and {national} in the nation, but the table has {count}.',
  },
  'delta-out-of-range': {
    ru: 'Параметр δ должен быть не меньше 0 и меньше 1 (Флегг и Уэббер берут около 0,3); сейчас {value}.',
    kk: 'δ параметрі 0-ден кем емес және 1-ден кіші болуы керек (Флегг пен Уэббер шамамен 0,3 алады); қазір {value}.',
    en: 'delta must be at least 0 and below 1 (Flegg & Webber use about 0.3); it is {value}.',
  },
  'no-employment': {
    ru: 'В регионе или в стране нет занятых, поэтому коэффициенты локализации не определены.',
    kk: 'Өңірде немесе елде жұмыспен қамтылғандар жоқ, сондықтан оқшаулану коэффициенттері анықталмаған.',
    en: 'The region or the nation has no employment, so location quotients are undefined.',
  },
  'industry-absent-nationally': {
    ru: 'В отрасли «{indicator}» по стране никто не занят; её коэффициент локализации не определён, и её коэффициенты оставлены национальными.',
    kk: '«{indicator}» саласында ел бойынша ешкім жұмыс істемейді; оның оқшаулану коэффициенті анықталмаған, коэффициенттері ұлттық күйінде қалдырылды.',
    en: '{indicator} employs no one in the nation; its location quotient is undefined and its coefficients are kept national.',
  },
  'gal-header': {
    ru: 'Первая строка файла GAL должна содержать число единиц.',
    kk: 'GAL файлының бірінші жолында бірліктер саны болуы керек.',
    en: 'Line 1 of a GAL file must give the number of units.',
  },
  'gal-short': {
    ru: 'Заголовок обещает {count} единиц, а в файле их {found}.',
    kk: 'Тақырып {count} бірлік көрсетеді, ал файлда {found}.',
    en: 'The header promises {count} units; the file has {found}.',
  },
  'gal-line': {
    ru: 'Строка должна иметь вид «идентификатор число_соседей».',
    kk: 'Жол «идентификатор көршілер_саны» түрінде болуы керек.',
    en: 'The line must be ‘id count’.',
  },
  'gal-count': {
    ru: 'Для «{value}» перечислено соседей: {found}, а в строке выше указано {count}.',
    kk: '«{value}» үшін тізілген көршілер: {found}, ал жоғарғы жолда {count} көрсетілген.',
    en: '{found} neighbours are listed for ‘{value}’; the line above says {count}.',
  },
  'gal-unknown-id': {
    ru: 'Единицы «{value}» из файла нет среди границ, которые сейчас используются.',
    kk: 'Файлдағы «{value}» бірлігі қазір қолданылып тұрған шекаралар арасында жоқ.',
    en: 'Unit ‘{value}’ of the file is not among the boundaries in use.',
  },
  'gal-unknown-neighbour': {
    ru: 'Сосед «{value}» единицы «{unit}» не является единицей файла.',
    kk: '«{unit}» бірлігінің «{value}» көршісі файлдың бірлігі емес.',
    en: 'Neighbour ‘{value}’ of ‘{unit}’ is not a unit of the file.',
  },
  'weights-file-format': {
    ru: 'Файл весов должен быть в формате GeoDa GAL (.gal) или GWT (.gwt).',
    kk: 'Салмақтар файлы GeoDa GAL (.gal) немесе GWT (.gwt) пішімінде болуы керек.',
    en: 'A weights file must be GeoDa GAL (.gal) or GWT (.gwt).',
  },
  'gwt-header': {
    ru: 'В первой строке должно стоять число единиц.',
    kk: 'Бірінші жолда бірліктер саны тұруы керек.',
    en: 'Line 1 must give the number of units.',
  },
  'gwt-line': {
    ru: 'Строка должна иметь вид «откуда куда вес».',
    kk: 'Жол «қайдан қайда салмақ» түрінде болуы керек.',
    en: 'The line must be ‘origin destination weight’.',
  },
  'gwt-unknown-id': {
    ru: 'Связь «{from} {to}»: «{value}» нет в данных.',
    kk: '«{from} {to}» байланысы: «{value}» деректерде жоқ.',
    en: 'Link ‘{from} {to}’: ‘{value}’ is not in the data.',
  },
  'floor-unreachable': {
    ru: 'Все единицы вместе дают {total}, что меньше порога {floor}: ни одного района составить нельзя.',
    kk: 'Барлық бірліктер бірге {total} береді, бұл {floor} шегінен аз: бірде-бір аудан құру мүмкін емес.',
    en: 'All units together sum to {total}, below the floor of {floor}: no region can be formed.',
  },
  'too-few-units': {
    ru: 'Для этого метода нужно не менее {min} единиц; сейчас их {count}.',
    kk: 'Бұл әдіске кемінде {min} бірлік қажет; қазір {count}.',
    en: 'This method needs at least {min} units; there are {count}.',
  },
  'weights-not-connected': {
    ru: 'Связи соседства делят единицы на {count} отдельных групп, а кластеризации с учётом смежности нужна достижимость каждой единицы. Присоедините острова к ближайшей единице или используйте веса по ближайшим соседям.',
    kk: 'Көршілік байланыстары бірліктерді {count} бөлек топқа бөледі, ал көршілестікті ескеретін кластерлеуге әр бірлікке жетуге болатыны қажет. Аралдарды ең жақын бірлікке қосыңыз немесе ең жақын көршілер бойынша салмақтарды қолданыңыз.',
    en: 'The neighbour links split the units into {count} separate groups; contiguity-constrained clustering needs every unit reachable. Join islands to their nearest unit or use k-nearest-neighbour weights.',
  },
  islands: {
    ru: 'У некоторых единиц нет ни одного соседа; исключите их или присоедините к ближайшей единице.',
    kk: 'Кейбір бірліктердің бірде-бір көршісі жоқ; оларды алып тастаңыз немесе ең жақын бірлікке қосыңыз.',
    en: 'Some units have no neighbour; leave them out or join them to the nearest unit.',
  },
  'bivariate-missing': {
    ru: 'У второй переменной нет значений для некоторых единиц; двумерный индекс Морана не вычислен.',
    kk: 'Екінші айнымалының кейбір бірліктер үшін мәні жоқ; екі өлшемді Моран индексі есептелмеді.',
    en: 'The second variable has no value for some units; bivariate Moran is left out.',
  },
  'floor-unreachable-part': {
    ru: 'Ни одно разбиение не достигает порога: некоторые группы связанных между собой единиц в сумме дают меньше. Снизьте порог или присоедините острова к ближайшей единице.',
    kk: 'Бірде-бір бөлу шекке жетпейді: өзара байланысқан бірліктердің кейбір топтарының қосындысы одан аз. Шекті төмендетіңіз немесе аралдарды ең жақын бірлікке қосыңыз.',
    en: 'No partition meets the floor: some groups of connected units sum to less than it. Lower the floor or join islands to their nearest unit.',
  },
  'maxp-floor-no-value': {
    ru: 'В столбце порога «{value}» нет пригодного значения (числа не меньше 0) у: {regions}. Выберите другой столбец или дополните данные.',
    kk: '«{value}» шек бағанында мына бірліктерде жарамды мән (0-ден кем емес сан) жоқ: {regions}. Басқа бағанды таңдаңыз немесе деректерді толықтырыңыз.',
    en: 'The floor column ‘{value}’ has no usable value (a number of at least 0) for: {regions}. Choose another column or complete the data.',
  },
  'maxp-floor-unreachable': {
    ru: 'Порог {floor} по столбцу «{value}» недостижим: все {count} единиц вместе дают {total}. Укажите порог не больше {total}.',
    kk: '«{value}» бағаны бойынша {floor} шегіне жету мүмкін емес: барлық {count} бірлік бірге {total} береді. Шекті {total} мәнінен аспайтындай етіп көрсетіңіз.',
    en: 'A floor of {floor} on ‘{value}’ cannot be met: all {count} units together have {total}. Set a floor of at most {total}.',
  },
  'floor-missing': {
    ru: 'Методу наибольшего числа районов нужен порог: переменная (например, население) и наименьшая сумма на район.',
    kk: 'Аудандардың ең көп саны әдісіне шек қажет: айнымалы (мысалы, халық саны) және әр аудандағы ең аз қосынды.',
    en: 'Max-p needs a floor: a variable (such as population) and the least sum per region.',
  },
  'duplicate-feature-id': {
    ru: 'У объектов {first} и {feature} одинаковый идентификатор «{value}»; у каждой единицы должен быть свой.',
    kk: '{first} және {feature} нысандарының идентификаторы бірдей: «{value}»; әр бірліктің өз идентификаторы болуы керек.',
    en: 'Features {first} and {feature} have the same id ‘{value}’; each unit needs its own.',
  },
  'unit-not-in-boundaries': {
    ru: '«{value}» не совпадает ни с одним объектом границ ни по идентификатору, ни по коду, ни по названию.',
    kk: '«{value}» шекаралардың бірде-бір нысанымен идентификатор, код не атау бойынша сәйкес келмейді.',
    en: '‘{value}’ matches no feature of the boundaries by id, code or name.',
  },
  'duplicate-unit': {
    ru: 'Строки {first} и {row} обе указывают на объект {feature} («{value}»).',
    kk: '{first} және {row} жолдары бір нысанды көрсетеді: {feature} («{value}»).',
    en: 'Rows {first} and {row} both name feature {feature} (‘{value}’).',
  },
  'xlsx-unpacked-too-large': {
    ru: 'Файл Excel распаковывается более чем в {limitBytes} данных; импортировать можно книги до этого размера. Скопируйте таблицу в новую книгу (или сохраните её как CSV) и импортируйте её.',
    kk: 'Excel файлы {limitBytes} артық деректерге ашылады; осы көлемге дейінгі кітаптарды ғана импорттауға болады. Кестені жаңа кітапқа көшіріңіз (немесе CSV ретінде сақтаңыз) де, соны импорттаңыз.',
    en: 'The Excel file unpacks to more than {limitBytes} of data; workbooks up to that size can be imported. Copy the table into a new workbook (or save it as CSV) and import that.',
  },
  'xlsx-sheet-too-large': {
    ru: 'Лист «{sheet}» доходит до ячейки {cell} ({rows} строк × {columns} столбцов); читаются листы до {rowLimit} строк, {columnLimit} столбцов и {cellLimit} ячеек. Удалите далёкие ячейки (или лист) в Excel либо сохраните таблицу как CSV.',
    kk: '«{sheet}» парағы {cell} ұяшығына дейін жетеді ({rows} жол × {columns} баған); {rowLimit} жолға, {columnLimit} бағанға және {cellLimit} ұяшыққа дейінгі парақтар оқылады. Excel-де алыстағы ұяшықтарды (немесе парақты) жойыңыз не кестені CSV ретінде сақтаңыз.',
    en: 'Sheet ‘{sheet}’ reaches cell {cell} ({rows} rows × {columns} columns); sheets up to {rowLimit} rows, {columnLimit} columns and {cellLimit} cells can be read. Delete the far-away cells (or the sheet) in Excel, or save the table as CSV.',
  },
  // ---- Units below regions (issue 11, item 4: data/units/) -------------------------------
  'unit-code-missing': {
    ru: 'Нет значения в свойстве «{property}», выбранном как код единицы.',
    kk: 'Бірлік коды ретінде таңдалған «{property}» қасиетінде мән жоқ.',
    en: "No value in '{property}', the property chosen as the unit code.",
  },
  'unit-code-duplicate': {
    ru: 'Код «{value}» в свойстве «{property}» уже есть у объекта {first}; у каждой единицы должен быть свой код.',
    kk: '«{property}» қасиетіндегі «{value}» коды {first}-нысанда бар; әр бірліктің өз коды болуы керек.',
    en: "Code '{value}' in '{property}' is already feature {first}'s; each unit needs its own code.",
  },
  'unit-row-unmatched': {
    ru: '«{value}» — не код и не название единицы из файла границ; строка не используется.',
    kk: '«{value}» — шекара файлындағы бірліктің коды да, атауы да емес; жол пайдаланылмайды.',
    en: "'{value}' is neither the code nor the name of a unit in the boundary file; the row is left out.",
  },
  'unit-name-ambiguous': {
    ru: '«{value}» — название {count} единиц ({codes}); укажите код. Пока строка не используется.',
    kk: '«{value}» — {count} бірліктің атауы ({codes}); кодын жазыңыз. Әзірге жол пайдаланылмайды.',
    en: "'{value}' names {count} units ({codes}); write the code instead. Until then the row is left out.",
  },
  'unit-row-duplicate': {
    ru: 'Строка {first} уже относится к единице {value}; используется только строка {first}.',
    kk: '{first}-жол {value} бірлігіне жатады; тек {first}-жол пайдаланылады.',
    en: 'Row {first} already names the unit {value}; only row {first} is used.',
  },
  'unit-without-data': {
    ru: 'Единица {value}: в таблице нет строки; рисуется без данных.',
    kk: '{value} бірлігі: кестеде жол жоқ; деректерсіз салынады.',
    en: 'Unit {value}: no row in the table; drawn without data.',
  },
  'table-as-own-units': {
    ru: 'Ни одна строка не называет регион Казахстана, поэтому таблица прочитана как таблица собственных единиц ({count}), названных в столбце {column}. Кластерный и факторный анализ и раздел «Данные» работают с ними; чтобы показать их на карте, импортируйте файл границ, объекты которого названы так же, а затем эту таблицу ещё раз.',
    kk: 'Бірде-бір жол Қазақстан өңірін атамайды, сондықтан кесте {column} бағанында аталған өз бірліктерінің ({count}) кестесі ретінде оқылды. Кластерлік және факторлық талдау мен «Деректер» бөлімі солармен жұмыс істейді; оларды картада көрсету үшін нысандары дәл солай аталған шекара файлын, содан кейін осы кестені қайта импорттаңыз.',
    en: 'No row names a region of Kazakhstan, so the table was read as a table of its own units ({count}), named in column {column}. Clustering, factor analysis and the data view use them; to map them, import a boundary file whose features carry these names, then this table again.',
  },
  'boundaries-as-units': {
    ru: 'Объекты не совпали с регионами, поэтому файл добавлен как набор собственных единиц ({count}): код — «{key}», название — «{name}». Таблица с этими кодами или названиями в первом столбце будет сопоставлена с ними.',
    kk: 'Нысандар өңірлермен сәйкес келмеді, сондықтан файл өз бірліктерінің жиыны ({count}) ретінде қосылды: коды — «{key}», атауы — «{name}». Бірінші бағанында осы кодтар не атаулар бар кесте соларға сәйкестендіріледі.',
    en: "The features matched no region, so the file was added as a set of its own units ({count}): code from '{key}', name from '{name}'. A table with these codes or names in its first column is joined to them.",
  },
  'no-region-matched': {
    ru: 'Ни один объект этого файла границ не совпал с регионом Казахстана, поэтому файл не добавлен. Укажите в свойствах каждого объекта название региона или его код ISO 3166-2.',
    kk: 'Бұл шекара файлының бірде-бір нысаны Қазақстан өңірімен сәйкес келмеді, сондықтан файл қосылмады. Әр нысанның қасиеттерінде өңір атауын немесе оның ISO 3166-2 кодын көрсетіңіз.',
    en: 'No feature of this boundary file matched a region of Kazakhstan, so it was not added. Give each feature a region name or ISO code (e.g. KZ-AKM) in its properties.',
  },
};

/** How a place is named in each language; `{…}` as in the messages. */
export const PLACE_MESSAGES: Record<
  'row' | 'column' | 'feature' | 'property' | 'region' | 'joiner' | 'collapsed' | 'unknown',
  Texts
> = {
  row: { ru: 'строка {row}', kk: '{row}-жол', en: 'row {row}' },
  column: { ru: 'столбец {column}', kk: '{column} бағаны', en: 'column {column}' },
  feature: { ru: 'объект {feature}', kk: '{feature}-нысан', en: 'feature {feature}' },
  property: {
    ru: 'свойство «{property}»',
    kk: '«{property}» қасиеті',
    en: 'property ‘{property}’',
  },
  region: { ru: '{region}', kk: '{region}', en: '{region}' },
  joiner: { ru: ', ', kk: ', ', en: ', ' },
  collapsed: {
    ru: 'Так же ещё в {more} местах; первые строки: {rows}.',
    kk: 'Тағы {more} жерде осылай; алғашқы жолдар: {rows}.',
    en: 'The same in {more} more places; first rows: {rows}.',
  },
  unknown: {
    ru: 'Проблема с данными (код {code}).',
    kk: 'Деректер мәселесі (коды {code}).',
    en: 'A problem with the data (code {code}).',
  },
};
