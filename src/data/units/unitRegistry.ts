/**
 * Units below regions (issue 11, item 4): districts, cities of regional significance, hexagons,
 * any polygons the user brings. When an imported boundary file matches no region of the
 * registry, its features become a unit registry of their own: each feature's code (a property
 * whose values are filled and unique, or the feature's own id) and its name (a property of
 * text). Which properties are used is guessed and can be chosen by the user; the choice is
 * recorded in the study (core/spec.ts, BoundarySet.units) so links and project files replay it.
 */
import type { Issue, Result } from '../../core/index.ts';
import { fail, ok } from '../../core/index.ts';
import { FEATURE_ID, propertyText } from '../validate/boundaryProperties.ts';

export interface UnitEntry {
  /** The unit's code: the key property's value, as text. */
  code: string;
  /** The unit's name: the name property's value, else the code. */
  name: string;
  /** 1-based position of its feature in the file. */
  feature: number;
}

export interface UnitRegistry {
  /** Property holding each unit's code ('$id' = the feature's own id). */
  keyProperty: string;
  /** Property holding each unit's name, or null (the code is shown). */
  nameProperty: string | null;
  units: UnitEntry[];
}

export interface UnitPropertyChoices {
  /** Properties whose values are filled and unique in every feature: usable as codes, best first. */
  keys: string[];
  /** Properties holding text in every feature: usable as names, best first. */
  names: string[];
}

type Featureish = { id?: unknown; properties?: unknown };

const KEY_HINT =
  /^(\$id|id|code|kod|код|kato|като|kato_?code|te_?code|oktmo|gid_?2|adm2_?pcode|hasc_?2|shapeid|district_?code|unit_?code|cell_?id|hex_?id|h3)$/i;
const NAME_HINT =
  /^(name(_\w+)?|name_?2|shapename|adm2_?(name|en|ru|kk)|district|raion|район|аудан|атауы|название|наименование|nl_name_2|label)$/i;

/** The properties a unit registry can use, best first (hinted names, then codes with digits). */
export function unitPropertyChoices(features: readonly Featureish[]): UnitPropertyChoices {
  const keys = new Set<string>([FEATURE_ID]);
  for (const f of features)
    if (f.properties && typeof f.properties === 'object')
      for (const k of Object.keys(f.properties as object).slice(0, 200)) keys.add(k);
  const codeLike: { key: string; score: number }[] = [];
  const nameLike: { key: string; score: number }[] = [];
  for (const key of keys) {
    const values = features.map((f) => propertyText(f, key));
    if (values.length === 0 || values.some((v) => v === '' || v.length > 200)) continue;
    const unique = new Set(values.map((v) => v.toLowerCase())).size === values.length;
    const letters = values.filter((v) => /\p{L}{2}/u.test(v)).length / values.length;
    const digits = values.filter((v) => /\d/.test(v)).length / values.length;
    if (unique)
      codeLike.push({
        key,
        score: (KEY_HINT.test(key) ? 2 : 0) + digits - (letters > 0.5 ? 1 : 0),
      });
    if (letters === 1)
      nameLike.push({
        key,
        score:
          (NAME_HINT.test(key) ? 2 : 0) +
          (unique ? 1 : 0) +
          (values.some((v) => /[а-яё]/i.test(v)) ? 0.5 : 0) +
          // Russian, the interface's default language, before Kazakh and English.
          (/(^|_)ru$/i.test(key) ? 0.3 : /(^|_)kk$/i.test(key) ? 0.2 : 0),
      });
  }
  const order = (xs: { key: string; score: number }[]) =>
    xs.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).map((x) => x.key);
  return { keys: order(codeLike), names: order(nameLike) };
}

/**
 * The unit registry of `features` with the given (or best) key and name properties. Errors,
 * all at once: a feature without a code, two features with the same code (case-insensitive).
 */
export function unitRegistry(
  features: readonly Featureish[],
  file: string,
  keyProperty?: string,
  nameProperty?: string | null,
): Result<UnitRegistry> {
  const choices = unitPropertyChoices(features);
  const key = keyProperty ?? choices.keys[0] ?? choices.names[0] ?? FEATURE_ID;
  const name =
    nameProperty === undefined ? (choices.names.find((n) => n !== key) ?? null) : nameProperty;
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const units: UnitEntry[] = [];
  features.forEach((f, i) => {
    const n = i + 1;
    const code = propertyText(f, key);
    const property = key === FEATURE_ID ? 'id' : key;
    if (!code) {
      issues.push({
        code: 'unit-code-missing',
        severity: 'error',
        message: `Feature ${n} has no value in '${property}', the property chosen as the unit code.`,
        where: { file, feature: n, property },
        params: { property },
      });
      return;
    }
    const first = seen.get(code.toLowerCase());
    if (first !== undefined) {
      issues.push({
        code: 'unit-code-duplicate',
        severity: 'error',
        message: `Features ${first} and ${n} have the same code '${code}' in '${property}'; each unit needs its own code.`,
        where: { file, feature: n, property },
        params: { first, value: code, property },
      });
      return;
    }
    seen.set(code.toLowerCase(), n);
    units.push({ code, name: (name ? propertyText(f, name) : '') || code, feature: n });
  });
  if (issues.length) return fail(issues);
  return ok({ keyProperty: key, nameProperty: name, units });
}
