/**
 * The cluster toolkit's view models (src/views/specialisation/toolkitModel.ts): the waterfall
 * and the competitive-shift map on the hand-checked 2 x 2 shift-share of
 * test/fixtures/clusters/README.md, the input-output run and the multiplier map against the
 * NumPy reference of test/fixtures/io (make_regional.py), star fills and signed classes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIoTable } from '../../../src/data/readers/ioTable.ts';
import {
  competitiveShare,
  ioByRegion,
  publishedMultipliers,
  runIo,
  shiftShareOf,
  signedClasses,
  STAR_COLOURS,
  starFill,
  starText,
  waterfall,
} from '../../../src/views/specialisation/toolkitModel.ts';

// Hand-checked case (fixture README): G = 0.12; A: national 12 + 6, mix -7 + 50(1/6 - 0.12),
// competitive 15 + (-6 - 50(1/6 - 0.12)); B: competitive -15 + 50/6.
const start = {
  rows: ['A', 'B'],
  columns: ['i1', 'i2'],
  values: [
    [100, 50],
    [100, 250],
  ],
};
const end = {
  rows: ['A', 'B'],
  columns: ['i1', 'i2'],
  values: [
    [120, 50],
    [90, 300],
  ],
};

describe('waterfall()', () => {
  const res = shiftShareOf(start, end);
  it('splits region A: 150 -> 18 national, -7 + 50(1/6 - 0.12) mix, the rest competitive -> 170', () => {
    const w = waterfall(res, 'A');
    expect(w).not.toBeNull();
    const by = Object.fromEntries(w!.map((s) => [s.key, s]));
    expect(by.start.value).toBe(150);
    expect(by.national.value).toBeCloseTo(18, 12);
    const mix = -7 + 50 * (1 / 6 - 0.12);
    expect(by.mix.value).toBeCloseTo(mix, 12);
    expect(by.competitive.value).toBeCloseTo(15 - 6 - 50 * (1 / 6 - 0.12), 12);
    expect(by.end.value).toBe(170);
    // Each step starts where the last ended; the last effect lands on the end total.
    expect(by.national.y0).toBe(150);
    expect(by.mix.y0).toBeCloseTo(by.national.y1, 12);
    expect(by.competitive.y0).toBeCloseTo(by.mix.y1, 12);
    expect(by.competitive.y1).toBeCloseTo(170, 12);
  });
  it('is null for a region not in the matrices', () => {
    expect(waterfall(res, 'C')).toBeNull();
  });
});

describe('competitiveShare()', () => {
  it("is the region's competitive shift in % of its start employment", () => {
    const res = shiftShareOf(start, end);
    const [a, b] = competitiveShare(res, ['A', 'B']);
    expect(a).toBeCloseTo((100 * (9 - 50 * (1 / 6 - 0.12))) / 150, 12);
    expect(b).toBeCloseTo((100 * (-15 + 50 / 6)) / 350, 12);
    expect(competitiveShare(res, ['Z'])).toEqual([null]);
  });
  it('is null where an industry employed no one at the start (undefined competitive term)', () => {
    const res = shiftShareOf(
      {
        ...start,
        values: [
          [0, 50],
          [0, 250],
        ],
      },
      {
        ...end,
        values: [
          [10, 50],
          [5, 300],
        ],
      },
    );
    expect(competitiveShare(res, ['A', 'B'])).toEqual([null, null]);
  });
});

describe('signedClasses()', () => {
  it('colours losses and gains apart around zero, breaks at -m/2, 0, m/2', () => {
    const c = signedClasses(['a', 'b', 'c', 'd', 'e'], [-10, -2, 3, 8, null]);
    expect(c.classes.map((k) => [k.from, k.to, k.count])).toEqual([
      [5, null, 1],
      [0, 5, 1],
      [-5, 0, 1],
      [null, -5, 1],
    ]);
    expect(new Set([c.fill.get('a'), c.fill.get('b'), c.fill.get('c'), c.fill.get('d')]).size).toBe(
      4,
    );
    expect(c.fill.has('e')).toBe(false);
    expect(c.values.get('e')).toBeNull();
  });
  it('has no classes without values', () => {
    expect(signedClasses(['a'], [null]).classes).toEqual([]);
  });
});

describe('stars', () => {
  it('starFill() colours by the number of stars, leaving null cells out', () => {
    const f = starFill(
      ['A', 'B', 'C'],
      [
        [0, 3],
        [2, null],
        [null, 1],
      ],
      1,
    );
    expect([...f]).toEqual([
      ['A', STAR_COLOURS[3]],
      ['C', STAR_COLOURS[1]],
    ]);
    expect(starText(3)).toBe('★★★');
    expect(starText(0)).toBe('·');
    expect(starText(null)).toBe('');
  });
});

// The NumPy reference of the regional IO (test/fixtures/io/make_regional.py).
const dir = 'test/fixtures/io/';
const ref = JSON.parse(readFileSync(`${dir}regional_reference.json`, 'utf8')) as {
  national: { output: number[] };
  cases: {
    region: string;
    method: string;
    delta: number | null;
    lambda: number | null;
    output: number[];
    employment: (number | null)[];
  }[];
};
async function ioTable() {
  const r = await readIoTable(
    new Uint8Array(readFileSync(`${dir}national-4.csv`)),
    'national-4.csv',
  );
  if (!r.ok) throw new Error('fixture unreadable');
  return r.value;
}
function employment() {
  const lines = readFileSync(`${dir}employment-4.csv`, 'utf8').trim().split('\n');
  const rows = lines.slice(1).map((l) => l.split(','));
  return {
    rows: rows.map((r) => r[0]),
    // Columns in another order and another case than the IO table: matched by name.
    columns: lines[0]
      .split(',')
      .slice(1)
      .map((s) => s.toUpperCase()),
    values: rows.map((r) => r.slice(1).map(Number)),
  };
}

describe('runIo() and ioByRegion() against NumPy (make_regional.py)', () => {
  it('regionalises every reference case through the view model (12 digits)', async () => {
    const table = await ioTable();
    const emp = employment();
    expect(ref.cases.length).toBeGreaterThanOrEqual(20);
    for (const c of ref.cases) {
      const run = runIo(table, emp, {
        method: c.method as 'slq' | 'cilq' | 'flq',
        delta: c.delta ?? 0.3,
        region: c.region,
      });
      expect(run.ok, `${c.region} ${c.method}`).toBe(true);
      if (!run.ok) continue;
      expect(run.regionalised).toBe(true);
      run.value.multipliers.output.forEach((v, j) => expect(v).toBeCloseTo(c.output[j], 12));
      if (c.lambda !== null) expect(run.value.lambda).toBeCloseTo(c.lambda, 12);
    }
  });
  it('national: the table as it is', async () => {
    const run = runIo(await ioTable(), employment(), {
      method: 'national',
      delta: 0.3,
      region: null,
    });
    expect(run.ok && run.regionalised).toBe(false);
    expect(run.ok).toBe(true);
    if (run.ok)
      run.value.multipliers.output.forEach((v, j) =>
        expect(v).toBeCloseTo(ref.national.output[j], 12),
      );
  });
  it('ioByRegion() gives each region its own FLQ multiplier of one industry', async () => {
    const table = await ioTable();
    const emp = employment();
    const j = 2;
    const xs = ioByRegion(table, emp, { method: 'flq', delta: 0.3, region: null }, j);
    expect(xs).toHaveLength(emp.rows.length);
    emp.rows.forEach((r, k) => {
      const c = ref.cases.find((x) => x.region === r && x.method === 'flq' && x.delta === 0.3);
      expect(c, r).toBeDefined();
      expect(xs[k]).toBeCloseTo(c!.output[j], 12);
    });
  });
  it('names the industries the employment matrix lacks instead of computing', async () => {
    const emp = employment();
    const short = {
      ...emp,
      columns: emp.columns.slice(0, 3),
      values: emp.values.map((r) => r.slice(0, 3)),
    };
    const run = runIo(await ioTable(), short, { method: 'flq', delta: 0.3, region: 'KZ-VOS' });
    expect(run.ok).toBe(false);
    if (!run.ok) expect([run.missing, run.issues]).toEqual([['Services'], []]);
    expect(
      ioByRegion(await ioTable(), short, { method: 'flq', delta: 0.3, region: null }, 0),
    ).toEqual(short.rows.map(() => null));
  });
});

describe('runIo() on a table the core refuses', () => {
  it("returns the core's coded issues (worded by the message catalogue), not a thrown error", async () => {
    const table = await ioTable();
    // The first column's inputs exceed its output: the table is not productive.
    const bad = {
      ...table,
      flows: table.flows.map((row, i) => row.map((v, j) => (j === 0 && i === 0 ? 5000 : v))),
    };
    const run = runIo(bad, null, { method: 'national', delta: 0.3, region: null });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.missing).toEqual([]);
      expect(run.issues.map((i) => i.code)).toEqual(['not-productive']);
    }
  });
});

describe('publishedMultipliers()', () => {
  it("gives seed 002's Table 3 only for an industry of the study's name, never for the user's own", () => {
    // Table 3, № 5: output 1,806; value added 0,608; income 2,073 (as printed).
    expect(publishedMultipliers('Добыча металлических руд')).toEqual([1.806, 0.608, 2.073]);
    expect(publishedMultipliers('Mining of metal ores')).toEqual([1.806, 0.608, 2.073]);
    expect(publishedMultipliers('Агро')).toBeNull();
    expect(publishedMultipliers('Services')).toBeNull();
  });
});
