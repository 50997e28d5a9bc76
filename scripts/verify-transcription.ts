/**
 * Checks every bundled figure against the seed text it was transcribed from: each Cell's
 * `printed` text, found by seed, table, row (№ or label as printed) and column position, and
 * each quoted passage (sites, region groups) in its line range. Exits 1 on any mismatch.
 *
 *   npx tsx scripts/verify-transcription.ts [path/to/seeds]
 *
 * The seeds default to ../shared/seeds beside the checkout (or $SEEDS_DIR). Tests do not need
 * them: test/data/datasets checks shapes, provenance and spot values from fixtures instead.
 *
 * Seed formats: seed 004 separates table cells with tabs, so a figure is compared with the
 * field at its position. Seeds 000 and 002 separate cells with spaces and break rows across
 * lines; there the table's lines are joined (line-end hyphens inside a word removed, white
 * space collapsed) and the row's label followed by its figures, in column order, must appear
 * verbatim; each figure is compared in turn, so the first one that differs is named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/data/datasets/catalogue.ts';
import type { Cell, TableDataset, TextRef } from '../src/data/types.ts';

interface TableLocator {
  start: RegExp;
  end: RegExp;
  format: 'tab' | 'space';
}

/** Where each bundled table sits in its seed: first line and the line that ends it. */
const TABLES: Record<string, TableLocator> = {
  '004#2': { start: /^Таблица 2\./, end: /^Таблица 3\./, format: 'tab' },
  '004#3': { start: /^Таблица 3\./, end: /^Таблица 4\./, format: 'tab' },
  '004#4': { start: /^Таблица 4\./, end: /^Таблица 5\./, format: 'tab' },
  '004#5': { start: /^Таблица 5\./, end: /^Таблица 6\./, format: 'tab' },
  '004#6': { start: /^Таблица 6\./, end: /^Источник/, format: 'tab' },
  '004#7': { start: /^Таблица 7\./, end: /^Источник/, format: 'tab' },
  '002#2': { start: /Таб ли ца 2 –/, end: /При ме ча ния/, format: 'space' },
  '002#3': { start: /Таб ли ца 3 –/, end: /При ме ча ние/, format: 'space' },
  '000#1': { start: /^Таблица 1\s*$/, end: /^Таблица 2\s*$/, format: 'space' },
  '000#2': { start: /^Таблица 2\s*$/, end: /Рис\. 1\./, format: 'space' },
};

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = resolve(
  process.argv[2] ?? process.env.SEEDS_DIR ?? join(here, '../../shared/seeds'),
);

const seedLines = new Map<string, string[]>();
function linesOf(seed: string): string[] {
  let lines = seedLines.get(seed);
  if (!lines) {
    if (!readdirSync(seedsDir).includes(seed)) throw new Error(`Seed ${seed} not in ${seedsDir}.`);
    lines = readFileSync(join(seedsDir, seed), 'utf8').split('\n');
    seedLines.set(seed, lines);
  }
  return lines;
}

/**
 * Lines joined as one reads them: a hyphen that ends a line after a letter and before a
 * lower-case letter splits a word and goes; other line breaks become a space; white space
 * collapses. Quotes in the datasets use the same rule.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const s = raw.trim();
    if (!s) continue;
    if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(s)) out = out.slice(0, -1) + s;
    else out = out ? `${out} ${s}` : s;
  }
  return out.replace(/\s+/g, ' ');
}

function tableLines(seed: string, table: string): string[] {
  const key = `${seed.slice(0, 3)}#${table}`;
  const loc = TABLES[key];
  if (!loc) throw new Error(`No locator for seed ${seed}, table ${table}.`);
  const lines = linesOf(seed);
  const from = lines.findIndex((l) => loc.start.test(l));
  if (from < 0) throw new Error(`Table ${table} not found in ${seed}.`);
  let to = from + 1;
  while (to < lines.length && !loc.end.test(lines[to])) to++;
  return lines.slice(from, to);
}

const problems: string[] = [];
let cellsChecked = 0;
let quotesChecked = 0;

function fail(where: string, message: string) {
  problems.push(`${where}: ${message}`);
}

/** Seed 004: tab-separated; numbered tables key rows by №, Table 7 by label. */
function checkTabCell(where: string, c: Cell, label: string | null) {
  const { seed, table, row, column, col } = c.source;
  const lines = tableLines(seed, table);
  const rows = lines.map((l) => l.split('\t'));
  const numbered = rows.some((f) => f[0] === '№');
  const found = rows.find((f) => (numbered ? f[0] === row : f[0] === row && f.length > 1));
  if (!found) return fail(where, `row '${row}' not found in table ${table}`);
  if (col === undefined) return fail(where, 'no column position in provenance');
  if (found[col - 1] !== c.printed) {
    return fail(where, `printed '${c.printed}', seed has '${found[col - 1] ?? '(nothing)'}'`);
  }
  const headers = rows.filter((f) => f[0] === '№' || f[0] === '' || f[0] === 'Регион Казахстана');
  if (!headers.some((h) => h[col - 1] === column)) {
    fail(where, `header '${column}' not at column ${col} of table ${table}`);
  }
  if (label !== null && (numbered ? found[1] : found[0]) !== label) {
    fail(where, `row label '${label}', seed prints '${numbered ? found[1] : found[0]}'`);
  }
}

/** Seeds 000 and 002: the row label then its figures, in order, in the joined table text. */
function checkSpaceRow(where: string, ds: TableDataset, rowIndex: number, table: string) {
  const r = ds.rows[rowIndex];
  const cells = Object.entries(r.cells)
    .filter(([, c]) => c.source.table === table)
    .sort(([, a], [, b]) => (a.source.col ?? 0) - (b.source.col ?? 0));
  if (cells.length === 0) return;
  const first = cells[0][1].source;
  const text = joinLines(tableLines(first.seed, table));
  const numbered = first.row !== r.label;
  const head = numbered ? `${first.row} ${r.label} ` : `${r.label} `;
  let at = text.indexOf(head);
  if (at < 0) return fail(`${where}`, `row '${head.trim()}' not found in table ${table}`);
  at += head.length;
  for (const [id, c] of cells) {
    cellsChecked++;
    if (text.startsWith(c.printed, at) && /^( |$)/.test(text.slice(at + c.printed.length))) {
      at += c.printed.length + 1;
    } else {
      const seen = text.slice(at).split(' ')[0];
      return fail(`${where}.${id}`, `printed '${c.printed}', seed has '${seen}' at that place`);
    }
  }
  const headers = cells.map(([, c]) => c.source.column).join(' ');
  if (!text.includes(headers)) fail(where, `headers '${headers}' not found in table ${table}`);
}

function checkQuote(where: string, ref: TextRef, ...items: string[]) {
  const [a, b] = ref.lines;
  const text = joinLines(linesOf(ref.seed).slice(a - 1, b));
  for (const q of [ref.quote, ...items]) {
    quotesChecked++;
    if (!text.includes(q)) fail(where, `'${q}' not found in lines ${a}-${b} of ${ref.seed}`);
  }
}

for (const ds of DATASETS) {
  if (ds.kind === 'table') {
    const moved = new Map<string, Set<string>>();
    for (const al of ds.alignments ?? []) moved.set(al.table, new Set(al.columns));
    ds.rows.forEach((r, i) => {
      const tables = new Set(Object.values(r.cells).map((c) => c.source.table));
      for (const table of tables) {
        const seed = Object.values(r.cells).find((c) => c.source.table === table)!.source.seed;
        const fmt = TABLES[`${seed.slice(0, 3)}#${table}`]?.format;
        if (fmt === 'space') {
          checkSpaceRow(`${ds.id}/${r.key}`, ds, i, table);
          continue;
        }
        for (const [id, c] of Object.entries(r.cells)) {
          if (c.source.table !== table) continue;
          cellsChecked++;
          const isMoved = moved.get(table)?.has(id) ?? false;
          checkTabCell(`${ds.id}/${r.key}.${id}`, c, isMoved ? null : r.label);
          if (isMoved) {
            const al = ds.alignments!.find((x) => x.table === table)!;
            if (al.printedRowToKey[c.source.row] !== r.key) {
              fail(`${ds.id}/${r.key}.${id}`, `alignment does not send row ${c.source.row} here`);
            }
          }
        }
      }
    });
  } else if (ds.kind === 'sites') {
    for (const s of ds.sites) checkQuote(`${ds.id}/${s.key}`, s.source, s.name, s.cityPrinted);
  } else {
    for (const g of ds.groups) {
      checkQuote(`${ds.id}/${g.id} members`, g.membersPrinted);
      checkQuote(`${ds.id}/${g.id} figure`, g.figure, ...g.infrastructure);
      checkQuote(`${ds.id}/${g.id} text`, g.text, ...g.infrastructureText);
    }
  }
}

if (problems.length > 0) {
  process.stderr.write(`${problems.length} transcription problem(s):\n${problems.join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(
    `verify-transcription: ${cellsChecked} cells and ${quotesChecked} quoted passages match the seeds in ${seedsDir}.\n`,
  );
}
