import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  flqLambda,
  rasmussenLinkages,
  regionalIo,
  regionalise,
  IoError,
} from '../../../src/core/index.ts';

const dir = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
interface Analysis {
  coefficients: number[][];
  output: number[];
  valueAdded: number[];
  householdIncome: number[];
  backward: number[];
  forward: number[];
  employmentEffect?: number[];
  employment?: number[];
}
interface Case extends Analysis {
  region: string;
  method: 'slq' | 'cilq' | 'flq';
  delta: number | null;
  lambda: number | null;
  slq: number[];
}
const ref = JSON.parse(readFileSync(`${dir}regional_reference.json`, 'utf8')) as {
  industries: string[];
  national: Analysis;
  cases: Case[];
};

function readTable() {
  const lines = readFileSync(`${dir}national-4.csv`, 'utf8').trim().split('\n');
  const rows = lines.slice(1).map((l) => l.split(','));
  const num = (r: string[]) => r.slice(1).map(Number);
  return {
    industries: lines[0].split(',').slice(1),
    flows: rows.slice(0, 4).map(num),
    output: num(rows[4]),
    valueAdded: num(rows[5]),
    householdIncome: num(rows[6]),
  };
}
function readEmployment() {
  const lines = readFileSync(`${dir}employment-4.csv`, 'utf8').trim().split('\n');
  return lines.slice(1).map((l) => {
    const c = l.split(',');
    return { region: c[0], e: c.slice(1).map(Number) };
  });
}
const close = (a: readonly number[], b: readonly number[], digits: number) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i], digits));

describe('regionalise() — hand-checked 2 x 2 FLQ case (fixture README)', () => {
  const r = regionalise({
    a: [
      [0.15, 0.25],
      [0.2, 0.05],
    ],
    regional: [20, 80],
    national: [200, 200],
    method: 'flq',
  });
  it('lambda = log2(1.25)^0.3 = 0.711750', () => {
    expect(r.lambda).toBeCloseTo(0.71175031, 7);
    expect(flqLambda(100, 400, 0.3)).toBe(r.lambda);
  });
  it('SLQ 0.4 and 1.6; FLQ and the regional coefficients', () => {
    close(r.slq as number[], [0.4, 1.6], 14);
    close(r.quotient[0] as number[], [0.28470012, 0.17793758], 7);
    close(r.quotient[1] as number[], [2.84700123, 1.13880049], 7);
    close(r.a[0], [0.04270502, 0.04448439], 7);
    close(r.a[1], [0.2, 0.05], 14);
  });
  it('delta outside [0, 1) is an error naming the field', () => {
    const bad = regionalise({ a: [[0.1]], regional: [1], national: [2], method: 'flq', delta: 1 });
    expect(bad.issues[0].where?.field).toBe('delta');
  });
});

describe('regionalIo() against NumPy (4 industries, 5 regions, SLQ/CILQ/FLQ)', () => {
  const table = readTable();
  const emp = readEmployment();
  const national = table.industries.map((_, j) => emp.reduce((s, r) => s + r.e[j], 0));
  it('national table: multipliers and Rasmussen linkages', () => {
    const r = regionalIo(table);
    close(r.multipliers.output, ref.national.output, 12);
    close(r.multipliers.valueAdded, ref.national.valueAdded, 12);
    close(r.multipliers.householdIncome, ref.national.householdIncome, 12);
    close(r.linkages.backward, ref.national.backward, 12);
    close(r.linkages.forward, ref.national.forward, 12);
    expect(r.lambda).toBeNull();
  });
  it.each(ref.cases.map((c) => [c.region, c.method, c.delta, c] as const))(
    '%s %s delta=%s',
    (region, method, delta, c) => {
      const regional = emp.find((x) => x.region === region)!.e;
      const r = regionalIo({
        ...table,
        regionalise: { method, delta: delta ?? undefined, regional, national },
      });
      if (c.lambda === null) expect(r.lambda).toBeNull();
      else expect(r.lambda).toBeCloseTo(c.lambda, 12);
      close(r.slq as number[], c.slq, 12);
      r.coefficients.forEach((row, i) => close(row, c.coefficients[i], 14));
      close(r.multipliers.output, c.output, 12);
      close(r.multipliers.valueAdded, c.valueAdded, 12);
      close(r.multipliers.householdIncome, c.householdIncome, 12);
      close(r.multipliers.employmentEffect!, c.employmentEffect!, 12);
      close(r.multipliers.employment as number[], c.employment!, 12);
      close(r.linkages.backward, c.backward, 12);
      close(r.linkages.forward, c.forward, 12);
    },
  );
  it('FLQ shrinks coefficients at least as much as CILQ for a region below the nation', () => {
    const regional = emp[0].e;
    const cilq = regionalIo({ ...table, regionalise: { method: 'cilq', regional, national } });
    const flq = regionalIo({ ...table, regionalise: { method: 'flq', regional, national } });
    flq.coefficients.forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeLessThanOrEqual(cilq.coefficients[i][j] + 1e-15)),
    );
  });
  it('employment of the wrong length throws an IoError', () => {
    expect(() =>
      regionalIo({ ...table, regionalise: { method: 'slq', regional: [1, 2], national } }),
    ).toThrow(IoError);
  });
});

describe('rasmussenLinkages()', () => {
  it('averages 1 and classifies key sectors', () => {
    const l = rasmussenLinkages([
      [1.5, 0.4],
      [0.3, 1.1],
    ]);
    expect((l.backward[0] + l.backward[1]) / 2).toBeCloseTo(1, 14);
    expect(l.type).toEqual(['key', 'weak']);
  });
});
