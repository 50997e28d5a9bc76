/**
 * The seed files and the bibliographic references of the studies they hold (docs/methods.md, table
 * of seeds). Seed 004's journal details are not in the extracted text, so only the author,
 * title and the journal section printed on its first page are given.
 */
export const SEED_000 = '000_0e8ecdbe708ca332.txt';
export const SEED_002 = '002_f29bfa85eaa54d5f.txt';
export const SEED_003 = '003_a44d5fe784f23fcb.txt';
export const SEED_004 = '004_f07e76c9e779119f.txt';

export const SOURCE_000 =
  'Abzalbek G.A. Regional clusters in the internet environment as a tool for regional development. ' +
  'Bulletin of the South Ural State University. Ser. Economics and Management, 2022, vol. 16, no. 4, ' +
  'pp. 21-30. DOI: 10.14529/em220403 (seed 000, "For citation" line)';

export const SOURCE_002 =
  'Формирование кластеров как эффективного инструмента повышения конкурентоспособности экономики ' +
  'Казахстана (Kozlova, Denisova; docs/methods.md) (seed 002)';

export const SOURCE_003 =
  'Турекулова Д.М., Мухамбетова Л.К., Чимгентбаева Г.К. Инновационное взаимодействие хозяйствующих ' +
  'субъектов в кластерных образованиях Казахстана / Innovative interaction of economic entities in ' +
  'the cluster formations of Kazakhstan (seed 003)';

export const SOURCE_004 =
  'Киреева А.А. Выявление перспективных зон для формирования ИТ-кластеров в регионах Казахстана: ' +
  'методические подходы и их апробация (section "Зарубежный опыт развития региональной экономики"; ' +
  'Kireeva A.A., promising zones for IT clusters in the regions of Kazakhstan) (seed 004)';
