/**
 * Units below regions (issue 11, item 4): the unit registry made from a boundary file's
 * properties and the join of a table's rows to it, by code, by name, ambiguous names, rows and
 * units left over, repeated rows and codes; every message in ru, kk and en with its place.
 * References: the fixtures' own lists (test/fixtures/units/make_fixtures.py), written by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinUnits, normaliseUnitName } from '../../../src/data/units/joinUnits.ts';
import { unitPropertyChoices, unitRegistry } from '../../../src/data/units/unitRegistry.ts';
import { issueLine } from '../../../src/i18n/issueText.ts';

const geo = JSON.parse(readFileSync('test/fixtures/units/districts.geojson', 'utf8')) as {
  features: { id?: unknown; properties: Record<string, unknown> }[];
};

const reg = (() => {
  const r = unitRegistry(geo.features, 'districts.geojson');
  if (!r.ok) throw new Error('fixture registry failed');
  return r.value;
})();

const place = { file: 't.csv', column: 'A', boundaries: 'districts.geojson' };

describe('unitRegistry', () => {
  it('takes the code from the filled, unique property with digits (KATO) and the name from the Russian name', () => {
    expect(unitPropertyChoices(geo.features)).toEqual({
      keys: ['KATO', 'name_kk', 'name_ru'],
      names: ['name_ru', 'name_kk'],
    });
    expect(reg.keyProperty).toBe('KATO');
    expect(reg.nameProperty).toBe('name_ru');
    expect(reg.units).toHaveLength(12);
    expect(reg.units[0]).toEqual({ code: '431010000', name: 'Аральский район', feature: 1 });
    expect(reg.units[11]).toEqual({ code: '611040000', name: 'Ордабасинский район', feature: 12 });
  });

  it("uses the feature's own id when asked, and the user's choice of name", () => {
    const fs = [
      { id: 'h1', properties: { label: 'Cell A' } },
      { id: 'h2', properties: { label: 'Cell B' } },
    ];
    const r = unitRegistry(fs, 'hex.geojson', '$id', 'label');
    expect(r.ok && r.value.units).toEqual([
      { code: 'h1', name: 'Cell A', feature: 1 },
      { code: 'h2', name: 'Cell B', feature: 2 },
    ]);
  });

  it('lists every feature without a code and every repeated code at once, in ru, kk and en', () => {
    const fs = [
      { properties: { code: 'A1', name: 'Один' } },
      { properties: { code: '', name: 'Два' } },
      { properties: { code: 'a1', name: 'Три' } },
      { properties: { code: 'B2', name: 'Четыре' } },
      { properties: { name: 'Пять' } },
    ];
    const r = unitRegistry(fs, 'd.geojson', 'code', 'name');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.where?.feature])).toEqual([
      ['unit-code-missing', 2],
      ['unit-code-duplicate', 3],
      ['unit-code-missing', 5],
    ]);
    expect(issueLine(r.issues[1], 'ru')).toBe(
      'объект 3, свойство «code»: Код «a1» в свойстве «code» уже есть у объекта 1; у каждой единицы должен быть свой код.',
    );
    expect(issueLine(r.issues[0], 'kk')).toMatch(/«code» қасиетінде мән жоқ/);
    expect(issueLine(r.issues[0], 'en')).toMatch(
      /No value in 'code', the property chosen as the unit code/,
    );
  });
});

describe('joinUnits', () => {
  it('joins by code and by name (case, ё, quotes and dashes aside) and says which matched', () => {
    const { join, issues } = joinUnits(
      [
        { row: 2, label: '431010000' },
        { row: 3, label: 'КАЗАЛИНСКИЙ  район' },
        { row: 4, label: '«Город Кызылорда»' },
      ],
      reg,
      place,
    );
    expect(join.matched).toEqual([
      { row: 2, label: '431010000', code: '431010000', by: 'code' },
      { row: 3, label: 'КАЗАЛИНСКИЙ  район', code: '431020000', by: 'name' },
      { row: 4, label: '«Город Кызылорда»', code: '431080000', by: 'name' },
    ]);
    expect(join.by).toBe('both');
    // The nine units without a row are listed, each with its feature number and name.
    expect(join.unitsWithoutData.map((u) => u.feature)).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12]);
    expect(issues.filter((i) => i.code === 'unit-without-data')).toHaveLength(9);
    expect(issueLine(issues[issues.length - 1], 'ru')).toBe(
      'объект 12: Единица 611040000, Ордабасинский район: в таблице нет строки; рисуется без данных.',
    );
    expect(normaliseUnitName(' Ёлкинский – район ')).toBe('елкинский район');
  });

  it('by name alone: a table of names says so', () => {
    const { join } = joinUnits([{ row: 2, label: 'Аральский район' }], reg, place);
    expect(join.by).toBe('name');
  });

  it('an ambiguous name, a row naming no unit and a repeated row: each where it is, in ru, kk and en', () => {
    const twin = {
      ...reg,
      units: [...reg.units, { code: '511010000', name: 'Аральский район', feature: 13 }],
    };
    const { join, issues } = joinUnits(
      [
        { row: 2, label: 'Аральский район' },
        { row: 3, label: 'Неизвестный район' },
        { row: 4, label: '431020000' },
        { row: 5, label: 'Казалинский район' },
      ],
      twin,
      place,
    );
    expect(join.ambiguous).toEqual([
      {
        row: 2,
        label: 'Аральский район',
        units: [
          { code: '431010000', feature: 1 },
          { code: '511010000', feature: 13 },
        ],
      },
    ]);
    expect(join.rowsWithoutUnit).toEqual([{ row: 3, label: 'Неизвестный район' }]);
    expect(join.duplicates).toEqual([{ row: 5, first: 4, code: '431020000' }]);
    expect(join.matched.map((m) => m.row)).toEqual([4]);
    const [amb, none, dup] = issues;
    expect(issueLine(amb, 'ru')).toBe(
      'строка 2, столбец A: «Аральский район» — название 2 единиц (431010000, 511010000); укажите код. Пока строка не используется.',
    );
    expect(issueLine(none, 'ru')).toBe(
      'строка 3, столбец A: «Неизвестный район» — не код и не название единицы из файла границ; строка не используется.',
    );
    expect(issueLine(dup, 'ru')).toBe(
      'строка 5, столбец A: Строка 4 уже относится к единице 431020000 (Казалинский район); используется только строка 4.',
    );
    expect(issueLine(amb, 'kk')).toMatch(
      /2 бірліктің атауы \(431010000, 511010000\); кодын жазыңыз/,
    );
    expect(issueLine(none, 'kk')).toMatch(/шекара файлындағы бірліктің коды да, атауы да емес/);
    expect(issueLine(dup, 'kk')).toMatch(/4-жол 431020000 \(Казалинский район\) бірлігіне жатады/);
    expect(issueLine(amb, 'en')).toMatch(
      /names 2 units \(431010000, 511010000\); write the code instead/,
    );
    expect(issueLine(none, 'en')).toMatch(/is neither the code nor the name of a unit/);
    expect(issueLine(dup, 'en')).toMatch(/Row 4 already names the unit 431020000/);
    for (const i of issues)
      for (const lang of ['ru', 'kk', 'en'] as const)
        expect(issueLine(i, lang)).not.toMatch(/\{|undefined|NaN/);
  });
});
