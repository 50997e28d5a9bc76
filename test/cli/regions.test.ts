import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface Row {
  code: string;
  id: string;
  kind: string;
  name_ru: string;
  name_kk: string;
  name_en: string;
  codes: string[];
  aliases: string[];
  natural_earth_id: string | null;
}

describe('atlas regions', () => {
  it('atlas regions lists the 16 units of 2014 with letter codes by default', async () => {
    const r = await run(['regions']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const rows = (JSON.parse(r.out) as { regions: Row[] }).regions;
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatchObject({
      code: 'KZ-AKM',
      id: 'akmola',
      kind: 'oblast',
      name_ru: 'Акмолинская область',
      name_kk: 'Ақмола облысы',
      name_en: 'Akmola Region',
      natural_earth_id: 'KZ.AM',
    });
    expect(rows[0].codes).toEqual(['KZ-AKM', 'KZ-11']);
    expect(rows.every((x) => /^KZ-[A-Z]{3}$/.test(x.code))).toBe(true);
    expect(rows.map((x) => x.id)).toContain('south-kazakhstan');
  });

  it('atlas regions --scheme current lists the 20 units of today with numeric codes', async () => {
    const r = await run(['regions', '--scheme', 'current']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.out) as { regions: Row[] }).regions;
    expect(rows).toHaveLength(20);
    expect(rows.every((x) => /^KZ-\d{2}$/.test(x.code))).toBe(true);
    const turkistan = rows.find((x) => x.id === 'turkistan')!;
    expect(turkistan.code).toBe('KZ-61');
    expect(turkistan.codes).toEqual(['KZ-TUR', 'KZ-61']);
    expect(turkistan.natural_earth_id).toBeNull();
    expect(rows.map((x) => x.id)).not.toContain('south-kazakhstan');
  });

  it('atlas regions --format csv gives one row per region with codes joined by |', async () => {
    const r = await run(['regions', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('code,id,kind,name_ru,name_kk,name_en,codes,aliases,natural_earth_id');
    expect(lines).toHaveLength(17);
    expect(lines[1]).toMatch(/^KZ-AKM,akmola,oblast,Акмолинская область,Ақмола облысы,/);
    expect(lines[1]).toContain(',KZ-AKM|KZ-11,');
  });

  it('atlas regions --scheme 2015 is a usage error (exit 2) with the usage on stderr', async () => {
    const r = await run(['regions', '--scheme', '2015']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--scheme must be 2014 or current, not '2015'/);
    expect(r.err).toMatch(/Usage: npm run -s atlas -- regions/);
  });

  it('atlas regions rejects stray arguments and unknown options with exit 2', async () => {
    expect((await run(['regions', 'extra'])).code).toBe(2);
    expect((await run(['regions', '--bogus'])).code).toBe(2);
  });
});
