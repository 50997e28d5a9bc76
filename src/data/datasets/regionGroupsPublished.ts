/**
 * Dataset `region-groups-published`: seed 003 (Turekulova et al.), Figure 3 and the text after
 * it: the Ward clustering of the 16 regions into 8 groups, with each group's innovation
 * infrastructure. The seed's text was extracted from a PDF: line references are 1-based lines
 * of the extracted text; items are quoted after joining the lines, removing hyphens that split a word
 * at a line end and collapsing white space (scripts/verify-transcription.ts applies the same
 * rule). Quotation marks are garbled in the figure and kept as they are.
 */
import type { GroupsDataset, RegionGroup, TextRef } from '../types.ts';
import { INFRASTRUCTURE_TRANSLATED } from './regionGroupsTranslated.ts';
import { SEED_003, SOURCE_003 } from './sources.ts';

const ref = (from: number, to: number, quote: string): TextRef => ({
  seed: SEED_003,
  lines: [from, to],
  quote,
});

const HEADING = 'Innovation Infrastructure:';

const PRINTED: Omit<RegionGroup, 'infrastructureTranslated'>[] = [
  {
    id: 1,
    members: ['KZ-KAR', 'KZ-PAV', 'KZ-VOS'],
    membersPrinted: ref(391, 397, 'Karaganda, Pavlodar, East Kazakhstan regions'),
    figure: ref(399, 405, HEADING),
    infrastructure: [
      'JSC "NC" SEC "Saryarka"',
      'JSC "NC" SEC "Pavlodar"',
      'JSC "NC" SEC "Ertis"',
      'SEZ "Saryarka"',
      'SEZ "Pavlodar"',
      'Technopark "Saryarka"',
      'Industrial Park "Metallurgy-Metal"',
      'Science and technology Park',
      'Regional Park "Altai"',
      'Technopark JSC "Park of nuclear technologies"',
      'center for innovation and technology transfer',
      'innovation center',
      'a business incubator',
      'venture fund',
      '5 commercialization offices at universities',
    ],
    text: ref(
      476,
      488,
      'the first cluster consists of Karaganda, Pavlodar and East Kazakhstan regions',
    ),
    infrastructureText: [
      'JSC «National Company» Social Entrepreneurial Corporation «Saryarka»',
      'JSC «NC» SEC «Pavlodar»',
      'JSC «NC» SEC «Ertis»',
      'SEZ «Saryarka»',
      'SEZ «Pavlodar»',
      'Technopark «Saryarka»',
      'Industrial park «Metallurgy-Metal»',
      'Scientific and technological park of Pavlodar state University. S.Toraigyrov',
      'regional park «Altai» Technopark',
      'JSC «Park of Nuclear Technologies»',
      'Regional Center for Innovation and Technology Transfer',
      'Innovation Center of Innovative University of Eurasia',
      'a business incubator',
      'venture fund',
      '5 commercialization offices at universities',
    ],
  },
  {
    id: 2,
    members: ['KZ-AKM', 'KZ-ALM', 'KZ-ZHA'],
    membersPrinted: ref(407, 409, 'Akmola, Almaty, Zhambyl regions'),
    figure: ref(411, 415, HEADING),
    infrastructure: [
      '"JSC" NC "SEC" Zhetysu"',
      'JSC" NC "SEC" Taraz',
      '"JSC" NC "SEC" Esil',
      '"Research and Education agribusiness complex in n. Science, RSE" National Center for Biotechnology of the Republic of Kazakhstan "',
      'created industrial zone',
      'Universities',
    ],
    text: ref(488, 494, 'The second cluster is formed by three regions: Akmola, Almaty, Zhambyl'),
    infrastructureText: [
      '«JSC» NC «SEC» Zhetysu',
      '«JSC» NC «SEC» Taraz',
      '«JSC» NC «SEC» Esil',
      '«Research and Education agribusiness complex in Science, RSE» National Center for Biotechnology of the Republic of Kazakhstan»',
      'created industrial zone universities',
    ],
  },
  {
    id: 3,
    members: ['KZ-AKT', 'KZ-ZAP'],
    membersPrinted: ref(417, 421, 'Aktobe, West Kazakhstan regions'),
    figure: ref(423, 426, HEADING),
    infrastructure: [
      '"JSC" NC "SEC" Aktobe "," JSC "NC" SEC "Oral"',
      'LLP "Regional industrial technopark"',
      'Aktobe "Technopark" Algorithm "',
      'the commercialization of office',
      'business incubators',
      'created industrial zone',
      'Universities',
    ],
    text: ref(496, 506, 'The third cluster consists of Aktobe and West Kazakhstan region'),
    infrastructureText: [
      '«JSC» NC «SEC» Aktobe',
      'JSC «NC» SEC «Oral»',
      'LLP «Regional industrial technopark» Aktobe «Technopark» Algorithm»',
      'commercialization offices at West Kazakhstan agro-technical University. Zhangir Khan',
      'business incubators',
      'created industrial zone universities',
    ],
  },
  {
    id: 4,
    members: ['KZ-KUS', 'KZ-SEV'],
    membersPrinted: ref(428, 431, 'Kostanay, North Kazakhstan regions'),
    figure: ref(433, 436, HEADING),
    infrastructure: [
      '"JSC" NC "SEC" Tobol"," JSC "NC" SEC "Soltustik"',
      'Oil and Gas Equipment Design Bureau',
      'Regional Technopark',
      'research institutes',
      'universities',
    ],
    text: ref(506, 512, 'The fourth cluster formed Kostanai and North Kazakhstan regions'),
    infrastructureText: [
      '«JSC» NC «SEC» Tobol»',
      '«JSC «NC» SEC «Soltustik»',
      'Oil and Gas Equipment Design Bureau',
      'Regional Technopark',
      'research institutes',
      'universities [17]',
    ],
  },
  {
    id: 5,
    members: ['KZ-KZY', 'KZ-YUZ'],
    membersPrinted: ref(438, 442, 'Kyzylorda, South Kazakhstan regions'),
    figure: ref(444, 448, HEADING),
    infrastructure: [
      'JSC "NC" SEC "Shymkent"',
      'JSC "NC" SEC "Baikonur"',
      'FEZ "Ontүstіk"',
      'LLP "Shymkent innovation" Regional Park in South Kazakhstan',
      'Industrial Park',
      'created industrial zone',
      'LLP "Regional Investment Park" Maximum " commercialization offices',
      '2 offices of commercialization',
      'universities',
    ],
    text: ref(514, 521, 'the fifth cluster consist Kyzylorda and South Kazakhstan (SKO) regions'),
    infrastructureText: [
      'JSC «NC» SEC «Shymkent»',
      'JSC «NC» SEC «Baikonur»',
      'FEZ «Ontүstіk»',
      'LLP «Shymkent innovation» Regional Park in South Kazakhstan',
      'Industrial Park',
      'created industrial zone',
      'LLP «Regional Investment park "Maximum»',
      'commercialization offices at the South Kazakhstan state University of M.Auezov',
      'commercialization offices at Southwest Research Institute of Livestock and crop production',
      'commercialization offices at Kyzylorda State University of Korkyt-ata',
    ],
  },
  {
    id: 6,
    members: ['KZ-ATY', 'KZ-MAN'],
    membersPrinted: ref(450, 453, 'Atyrau, Mangistau regions'),
    figure: ref(455, 459, HEADING),
    infrastructure: [
      'JSC "NC" SEC "Kaspii"',
      'JSC "NC" SEC "Atyrau" Atyrau Business Incubator',
      'SEZ "Seaport Aktau"',
      'SEZ "National Industrial Petrochemical Technology Park"',
      'created industrial zone',
      'Universities',
    ],
    text: ref(523, 528, 'Sixth cluster made oil regions - Atyrau and Mangistau'),
    infrastructureText: [
      'JSC «NC» SEC «Kaspii»',
      'JSC «NC» SEC «Atyrau»',
      'Atyrau Business Incubator',
      'SEZ «Seaport Aktau»',
      'SEZ «National Industrial Petrochemical Technology Park»',
      'created industrial zone universities',
    ],
  },
  {
    id: 7,
    members: ['KZ-AST'],
    membersPrinted: ref(461, 462, 'Astana'),
    figure: ref(464, 467, HEADING),
    // The figure repeats Almaty's list under Astana; the text below gives Astana's own.
    infrastructure: [
      'JSC "NC" SEC "Almaty"',
      'SEZ "Park of innovative technologies" Technopark KazNTU. K. Satpaev',
      'Almaty regional industrial park',
      '7 commercialization offices',
      'created industrial zone',
      'universities and research institutes',
    ],
    text: ref(530, 535, 'Astana and Almaty cities have formed separate clusters'),
    infrastructureText: [
      'JSC «NC» SEC «Astana»',
      'SEZ «Astana-new city»',
      'JSC «Nazarbayev University»',
      'the Regional Park of Astana',
      'Design Bureau of Transport Machinery',
      'Agricultural Engineering Design Bureau',
      'JSC «Astana Innovations»',
      '4 offices of commercialization',
      '4 technology transfer center with France, South Korea, Norway, the United States',
      'universities and research institutes',
    ],
  },
  {
    id: 8,
    members: ['KZ-ALA'],
    membersPrinted: ref(469, 470, 'Almaty'),
    figure: ref(472, 475, HEADING),
    infrastructure: [
      'JSC "NC" SEC "Almaty"',
      'SEZ "Park of innovative technologies" Technopark KazNTU. K. Satpaev',
      'Almaty regional industrial park',
      '7 commercialization offices',
      'created industrial zone',
      'universities and research institutes',
    ],
    text: ref(
      537,
      543,
      'In Almaty there are high rates of innovation and entrepreneurial activity',
    ),
    infrastructureText: [
      'JSC «NC» SEC «Almaty»',
      'SEZ «Park of innovative technologies» Techno park KazNTU K. Satpaev',
      'Almaty regional industrial park',
      '7 commercialization offices',
      'created industrial zone',
      'universities and research institutes',
    ],
  },
];

/** The groups with their lists translated (regionGroupsTranslated.ts). */
export const REGION_GROUPS: RegionGroup[] = PRINTED.map((g) => ({
  ...g,
  infrastructureTranslated: INFRASTRUCTURE_TRANSLATED[g.id],
}));

export const regionGroupsPublished: GroupsDataset = {
  kind: 'groups',
  id: 'region-groups-published',
  title: {
    ru: 'Группировка регионов в 8 кластеров и их инновационная инфраструктура (опубликованная)',
    kk: 'Өңірлердің 8 кластерге топтастырылуы және олардың инновациялық инфрақұрылымы (жарияланған)',
    en: 'Grouping of the 16 regions into 8 clusters with their innovation infrastructure (as published)',
  },
  source: SOURCE_003,
  seed: SEED_003,
  tables: ['Figure 3'],
  units: { ru: 'нет (состав групп)', kk: 'жоқ (топ құрамы)', en: 'none (group membership)' },
  years: [],
  scheme: '2014',
  published: true,
  notes: {
    en:
      'Figure 3 of Turekulova et al. and the text after it (lines 389-543 of the extracted text): Ward ' +
      'clustering of the 16 regions on indicators P1-P14, whose values the paper does not publish. ' +
      'Eight groups: {Karaganda, Pavlodar, East Kazakhstan}, {Akmola, Almaty oblast, Zhambyl}, ' +
      '{Aktobe, West Kazakhstan}, {Kostanay, North Kazakhstan}, {Kyzylorda, South Kazakhstan}, ' +
      '{Atyrau, Mangystau}, {Astana}, {Almaty city}. “Almaty” in group 2 is Almaty oblast (the ' +
      'figure lists it among “regions”). The figure prints Almaty city’s infrastructure list under ' +
      'Astana as well; the text after the figure gives Astana’s own list, which ' +
      'the dataset uses. The paper’s quotation marks are garbled in the figure; items are quoted ' +
      'as extracted, with line-end hyphenation removed. Years are not stated. Russian and Kazakh ' +
      'readers get the text’s lists translated, with the English as printed one click away.',
    ru:
      'Рисунок 3 статьи Турекуловой и др. и текст после него (строки 389-543 извлечённого текста): кластеризация 16 ' +
      'регионов методом Уорда по показателям P1-P14, значения которых в статье не приведены. ' +
      'Восемь групп: {Карагандинская, Павлодарская, Восточно-Казахстанская}, {Акмолинская, ' +
      'Алматинская, Жамбылская}, {Актюбинская, Западно-Казахстанская}, {Костанайская, ' +
      'Северо-Казахстанская}, {Кызылординская, Южно-Казахстанская}, {Атырауская, Мангистауская}, ' +
      '{г. Астана}, {г. Алматы}. «Almaty» во второй группе — Алматинская область. На рисунке под ' +
      'Астаной повторён список инфраструктуры г. Алматы; собственный список Астаны дан в тексте ' +
      'после рисунка, и набор берёт его оттуда. Кавычки на рисунке искажены при извлечении текста; ' +
      'элементы приведены как извлечены, с удалением переносов в конце строк. Год не указан. ' +
      'Списки инфраструктуры из текста переведены на русский для этого приложения; английский ' +
      'текст статьи доступен в пункте «Как напечатано в статье».',
    kk:
      'Турекулова және т.б. мақаласының 3-суреті және одан кейінгі мәтін: 16 өңірдің Уорд әдісімен P1-P14 ' +
      'көрсеткіштері бойынша 8 топқа бөлінуі (көрсеткіш мәндері жарияланбаған). Суретте Астана ' +
      'үшін Алматы қаласының тізімі қайталанған; Астананың өз тізімі мәтінде берілген, жинақ ' +
      'соны алады. Инфрақұрылым тізімдері осы қосымша үшін қазақ тіліне аударылған; мақаланың ' +
      'ағылшынша мәтіні «Мақалада басылғандай» тармағында қолжетімді.',
  },
  groups: REGION_GROUPS,
};
