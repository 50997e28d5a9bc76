/**
 * The 20 industries of seed 002 (Kozlova, Denisova), Table 2, as printed and by name. The seed's
 * text is extracted from a PDF with syllable breaks ("Сель ское хо зяй ст во"): `printed` keeps
 * the label as extracted (lines joined, line-end hyphens removed, white space collapsed, the rule
 * scripts/verify-transcription.ts applies); `ru` is the name without the breaks.
 */

/** Row key of an industry by its № in Table 2, e.g. `ind-05`. */
export function industryKey(no: string): string {
  return `ind-${no.padStart(2, '0')}`;
}

/** Industries of seed 002 Tables 2 and 3: № as printed, name as printed (normalised), titles. */
export const VKO_INDUSTRIES: ReadonlyArray<{
  no: string;
  lines: [number, number];
  printed: string;
  ru: string;
  kk: string;
  en: string;
}> = [
  {
    no: '1',
    lines: [742, 742],
    printed: 'Сель ское хо зяй ст во, охо та и ле со во дс тво',
    ru: 'Сельское хозяйство, охота и лесоводство',
    kk: 'Ауыл шаруашылығы, аңшылық және орман шаруашылығы',
    en: 'Agriculture, hunting and forestry',
  },
  {
    no: '2',
    lines: [743, 743],
    printed: 'Ры бо ло вс тво, ры бо во дс тво',
    ru: 'Рыболовство, рыбоводство',
    kk: 'Балық аулау, балық өсіру',
    en: 'Fishing and fish farming',
  },
  {
    no: '3',
    lines: [744, 744],
    printed: 'До бы ча уг ля и лиг ни та, раз ра бот ка тор фа',
    ru: 'Добыча угля и лигнита, разработка торфа',
    kk: 'Көмір мен лигнит өндіру, шымтезек өндіру',
    en: 'Mining of coal and lignite; extraction of peat',
  },
  {
    no: '4',
    lines: [745, 745],
    printed: 'До бы ча сы рой неф ти и при род но го га за',
    ru: 'Добыча сырой нефти и природного газа',
    kk: 'Шикі мұнай мен табиғи газ өндіру',
    en: 'Extraction of crude petroleum and natural gas',
  },
  {
    no: '5',
    lines: [746, 746],
    printed: 'До бы ча ме тал ли чес ких руд',
    ru: 'Добыча металлических руд',
    kk: 'Металл кендерін өндіру',
    en: 'Mining of metal ores',
  },
  {
    no: '6',
    lines: [747, 747],
    printed: 'Про чие от рас ли гор но до бы ваю щей про мыш лен нос ти',
    ru: 'Прочие отрасли горнодобывающей промышленности',
    kk: 'Тау-кен өндірісінің басқа салалары',
    en: 'Other mining and quarrying',
  },
  {
    no: '7',
    lines: [748, 748],
    printed: 'Пе ре ра бот ка сель хозп ро дук ции',
    ru: 'Переработка сельхозпродукции',
    kk: 'Ауыл шаруашылығы өнімдерін өңдеу',
    en: 'Processing of agricultural products',
  },
  {
    no: '8',
    lines: [749, 749],
    printed: 'Произ во дс тво текс тиль ных из де лий',
    ru: 'Производство текстильных изделий',
    kk: 'Тоқыма бұйымдарын өндіру',
    en: 'Manufacture of textiles',
  },
  {
    no: '9',
    lines: [750, 751],
    printed: 'Произ во дс тво ко жи, из де лий из ко жи и произ во дс тво обу ви',
    ru: 'Производство кожи, изделий из кожи и производство обуви',
    kk: 'Былғары, былғары бұйымдары мен аяқ киім өндіру',
    en: 'Manufacture of leather, leather products and footwear',
  },
  {
    no: '10',
    lines: [752, 752],
    printed: 'Произ во дс тво дре ве си ны и де ре вян ных из де лий',
    ru: 'Производство древесины и деревянных изделий',
    kk: 'Ағаш және ағаш бұйымдарын өндіру',
    en: 'Manufacture of wood and wood products',
  },
  {
    no: '11',
    lines: [753, 753],
    printed: 'Произ во дс тво бу ма ги и кар то на, ти пог рафс кое де ло',
    ru: 'Производство бумаги и картона, типографское дело',
    kk: 'Қағаз бен картон өндіру, баспа ісі',
    en: 'Manufacture of paper and paperboard; printing',
  },
  {
    no: '12',
    lines: [754, 755],
    printed:
      'Произ во дс тво кок са, пе ре гон ка неф ти, произ во дс тво и пе ре ра бот ка ядер ных ма те риалов',
    ru: 'Производство кокса, перегонка нефти, производство и переработка ядерных материалов',
    kk: 'Кокс өндіру, мұнай айдау, ядролық материалдарды өндіру және өңдеу',
    en: 'Manufacture of coke, refined petroleum products and nuclear materials',
  },
  {
    no: '13',
    lines: [756, 756],
    printed: 'Хи ми чес кая про мыш лен нос ть',
    ru: 'Химическая промышленность',
    kk: 'Химия өнеркәсібі',
    en: 'Chemical industry',
  },
  {
    no: '14',
    lines: [757, 757],
    printed: 'Произ во дс тво ре зи но вых и пласт мас со вых из де лий',
    ru: 'Производство резиновых и пластмассовых изделий',
    kk: 'Резеңке және пластмасса бұйымдарын өндіру',
    en: 'Manufacture of rubber and plastic products',
  },
  {
    no: '15',
    lines: [758, 759],
    printed: 'Произ во дс тво про чих не ме тал ли чес ких ми не раль ных про дук тов',
    ru: 'Производство прочих неметаллических минеральных продуктов',
    kk: 'Басқа бейметалл минералдық өнімдерді өндіру',
    en: 'Manufacture of other non-metallic mineral products',
  },
  {
    no: '16',
    lines: [760, 761],
    printed: 'Ме тал лур ги чес кая про мыш лен нос ть и об ра бот ка метал лов',
    ru: 'Металлургическая промышленность и обработка металлов',
    kk: 'Металлургия өнеркәсібі және металл өңдеу',
    en: 'Basic metals and fabricated metal products',
  },
  {
    no: '17',
    lines: [762, 763],
    printed: 'Произ во дс тво и ре монт ма шин и обо ру до ва ния, за пасных де та лей',
    ru: 'Производство и ремонт машин и оборудования, запасных деталей',
    kk: 'Машиналар мен жабдықтарды, қосалқы бөлшектерді өндіру және жөндеу',
    en: 'Manufacture and repair of machinery, equipment and spare parts',
  },
  {
    no: '18',
    lines: [764, 764],
    printed: 'Про чие от рас ли об ра ба ты вающей про мыш лен нос ти',
    ru: 'Прочие отрасли обрабатывающей промышленности',
    kk: 'Өңдеу өнеркәсібінің басқа салалары',
    en: 'Other manufacturing',
  },
  {
    no: '19',
    lines: [765, 766],
    printed: 'Произ во дс тво и расп ре де ле ние элект роэ нер гии, га за и во ды',
    ru: 'Производство и распределение электроэнергии, газа и воды',
    kk: 'Электр энергиясын, газ бен суды өндіру және бөлу',
    en: 'Electricity, gas and water supply',
  },
  {
    no: '20',
    lines: [767, 767],
    printed: 'Ст рои тель ст во',
    ru: 'Строительство',
    kk: 'Құрылыс',
    en: 'Construction',
  },
];
