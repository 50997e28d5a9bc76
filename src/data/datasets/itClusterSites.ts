/**
 * Dataset `it-cluster-sites`: the five IT-cluster sites seed 004 proposes (lines 381-389 of the
 * seed file: "На основании полученных результатов можно предложить формирование IT-кластеров в
 * следующих перспективных зонах Казахстана"). Names and cities as printed; city coordinates
 * (WGS 84, decimal degrees) from the coordinates shown in the English-language Wikipedia
 * infobox of each city (docs/methods.md section 2 lists the sites).
 */
import type { SitesDataset, Site, TextRef } from '../types.ts';
import { SEED_004, SOURCE_004 } from './sources.ts';

const line = (n: number, quote: string): TextRef => ({ seed: SEED_004, lines: [n, n], quote });

export const IT_CLUSTER_SITES: Site[] = [
  {
    key: 'almaty-cyberport',
    name: 'Информационно-цифровой киберпорт Алматы',
    title: {
      ru: 'Информационно-цифровой киберпорт Алматы',
      kk: 'Алматы ақпараттық-цифрлық киберпорты',
      en: 'Almaty Information and Digital Cyberport',
    },
    cityPrinted: 'г. Алматы',
    city: { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' },
    region: 'KZ-ALA',
    // 43°16′39″N 76°53′45″E
    lat: 43.2775,
    lon: 76.8958,
    source: line(381, '«Информационно-цифровой киберпорт Алматы» в г. Алматы'),
  },
  {
    key: 'astana-cyberport',
    name: 'Информационно-технологический киберпорт Астана',
    title: {
      ru: 'Информационно-технологический киберпорт Астана',
      kk: 'Астана ақпараттық-технологиялық киберпорты',
      en: 'Astana Information Technology Cyberport',
    },
    cityPrinted: 'г. Астане',
    city: { ru: 'Астана', kk: 'Астана', en: 'Astana' },
    region: 'KZ-AST',
    // 51°10′N 71°26′E
    lat: 51.1667,
    lon: 71.4333,
    source: line(383, '«Информационно-технологический киберпорт Астана» в г. Астане'),
  },
  {
    key: 'aktobe-it-cluster',
    name: 'IT-кластер Актыубинской области',
    title: {
      ru: 'IT-кластер Актюбинской области',
      kk: 'Ақтөбе облысының IT-кластері',
      en: 'Aktobe Region IT Cluster',
    },
    cityPrinted: 'г. Актобе',
    city: { ru: 'Актобе', kk: 'Ақтөбе', en: 'Aktobe' },
    region: 'KZ-AKT',
    // 50°17′N 57°10′E
    lat: 50.2833,
    lon: 57.1667,
    source: line(385, '«IT-кластер Актыубинской области» в г. Актобе'),
  },
  {
    key: 'east-kazakhstan-it-cluster',
    name: 'IT-кластер Восточно-Казахстанской области',
    title: {
      ru: 'IT-кластер Восточно-Казахстанской области',
      kk: 'Шығыс Қазақстан облысының IT-кластері',
      en: 'East Kazakhstan Region IT Cluster',
    },
    cityPrinted: 'г. Усть-Каменогорске',
    city: { ru: 'Усть-Каменогорск', kk: 'Өскемен', en: 'Ust-Kamenogorsk (Oskemen)' },
    region: 'KZ-VOS',
    // 49°59′N 82°37′E
    lat: 49.9833,
    lon: 82.6167,
    source: line(387, '«IT-кластер Восточно-Казахстанской области» в г. Усть-Каменогорске'),
  },
  {
    key: 'karaganda-it-cluster',
    name: 'Карагандинский IT-кластер',
    title: {
      ru: 'Карагандинский IT-кластер',
      kk: 'Қарағанды IT-кластері',
      en: 'Karaganda IT Cluster',
    },
    cityPrinted: 'г. Караганде',
    city: { ru: 'Караганда', kk: 'Қарағанды', en: 'Karaganda' },
    region: 'KZ-KAR',
    // 49°48′10″N 73°06′20″E
    lat: 49.8028,
    lon: 73.1056,
    source: line(389, '«Карагандинский IT-кластер» в г. Караганде'),
  },
];

export const itClusterSites: SitesDataset = {
  kind: 'sites',
  id: 'it-cluster-sites',
  title: {
    ru: 'Предлагаемые площадки IT-кластеров',
    kk: 'Ұсынылған IT-кластер алаңдары',
    en: 'Proposed IT-cluster sites',
  },
  source: SOURCE_004,
  seed: SEED_004,
  tables: ['text'],
  units: { ru: 'градусы (WGS 84)', kk: 'градус (WGS 84)', en: 'degrees (WGS 84)' },
  years: [],
  scheme: '2014',
  published: true,
  coordinateSource:
    'City coordinates as shown in the English-language Wikipedia infobox of each city ' +
    '(Almaty 43°16′39″N 76°53′45″E; Astana 51°10′N 71°26′E; Aktobe 50°17′N 57°10′E; ' +
    'Oskemen/Ust-Kamenogorsk 49°59′N 82°37′E; Karaganda 49°48′10″N 73°06′20″E), converted to ' +
    'decimal degrees and rounded to 4 decimals. The paper gives names only.',
  notes: {
    en:
      'The five IT-cluster sites proposed in Kireeva’s paper (lines 381-389), names as printed inside the ' +
      'quotation marks (the paper spells Aktobe Region “Актыубинской”). The sites follow from the ' +
      'rating (Table 6) and the IT specialisation figures (Table 7). Coordinates are those of the ' +
      'cities, not of any facility: see coordinateSource.',
    ru:
      'Пять площадок IT-кластеров, предложенных в статье А.А. Киреевой (строки 381-389), названия как ' +
      'напечатаны в кавычках (в статье «Актыубинской»). Площадки следуют из рейтинга (табл. 6) ' +
      'и индексов IT-специализации (табл. 7). Координаты — координаты городов (по Википедии), а не ' +
      'объектов.',
    kk:
      'А.А. Киреева мақаласында ұсынылған бес IT-кластер алаңы (381-389 жолдар), атаулары басылғандай. ' +
      'Координаттар — объектілердің емес, қалалардың координаттары.',
  },
  sites: IT_CLUSTER_SITES,
};
