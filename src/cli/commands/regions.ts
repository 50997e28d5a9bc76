/**
 * `atlas regions [--scheme 2014|current]`: the region registry of one scheme (docs/methods.md
 * "Regions"), one record per unit, with the ISO code of that scheme first.
 */
import type { CliCommand } from '../command.ts';
import { UsageError } from '../errors.ts';
import { toCsv, toJson } from '../output.ts';
import { SCHEMES, regionsOf, type Scheme } from '../../data/regions/registry.ts';

const USAGE = `Usage: npm run -s atlas -- regions [--scheme 2014|current] [--format json|csv]

Lists the regions of one administrative scheme.
  --scheme 2014     the 16 units of 2010-2018 (14 oblasts, Astana, Almaty), letter ISO codes (default)
  --scheme current  the 20 units since 2022, numeric ISO codes
JSON: {"regions": [{"code", "id", "kind", "name_ru", "name_kk", "name_en", "codes",
"aliases", "natural_earth_id"}]}. CSV: one row per region, codes and aliases joined with '|'.`;

export const command: CliCommand = {
  name: 'regions',
  summary: 'list the regions of a scheme (2014 or current) with ISO codes and names',
  usage: USAGE,
  options: { scheme: { type: 'string' } },
  run({ values, positionals, format }) {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument '${positionals[0]}'.`);
    }
    const scheme = (values.scheme ?? '2014') as string;
    if (!(SCHEMES as readonly string[]).includes(scheme)) {
      throw new UsageError(`--scheme must be 2014 or current, not '${scheme}'.`);
    }
    const rows = regionsOf(scheme as Scheme).map((r) => ({
      code: r.code[scheme as Scheme]!,
      id: r.id,
      kind: r.kind,
      name_ru: r.names.ru,
      name_kk: r.names.kk,
      name_en: r.names.en,
      codes: r.codes,
      aliases: r.aliases,
      natural_earth_id: r.naturalEarthId ?? null,
    }));
    if (format === 'csv') {
      return toCsv(
        rows.map((r) => ({ ...r, codes: r.codes.join('|'), aliases: r.aliases.join('|') })),
      );
    }
    return toJson({ scheme, regions: rows });
  },
};
