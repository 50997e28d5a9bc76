/**
 * The house rules of docs/architecture.md that lint cannot see: no module of src/ takes part in
 * a cycle of runtime imports (type-only imports are erased and cannot form one), and the walls
 * in eslint.config.js hold for every file (checked again here on the import graph itself, so a
 * rule that silently stopped matching would be caught).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Relative imports of one file that exist at runtime (not `import type`, not all-type lists). */
function runtimeImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      if (c?.isTypeOnly) continue;
      const named = c?.namedBindings;
      if (c && !c.name && named && ts.isNamedImports(named)) {
        if (named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      }
    } else if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly || !st.moduleSpecifier) continue;
    } else continue;
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec));
  }
  return out;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, runtimeImports(f).filter((d) => files.includes(d))]));

/** Strongly connected components with more than one module (Tarjan 1972). */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(relative(ROOT, w));
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

const layerOf = (f: string) => relative(SRC, f).split('/')[0];

describe('architecture', () => {
  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(join(SRC, 'core/index.ts'));
  });

  it('has no cycle of runtime imports in src/', () => {
    expect(cycles()).toEqual([]);
  });

  it('reaches the core from outside only through src/core/index.ts', () => {
    const offenders = [...graph].flatMap(([f, deps]) =>
      layerOf(f) === 'core'
        ? []
        : deps
            .filter((d) => layerOf(d) === 'core' && d !== join(SRC, 'core/index.ts'))
            .map((d) => `${relative(ROOT, f)} -> ${relative(ROOT, d)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the layer walls: core, data and i18n import no state, views, worker or cli', () => {
    const forbidden: Record<string, string[]> = {
      core: ['data', 'state', 'views', 'worker', 'cli', 'i18n'],
      data: ['state', 'views', 'worker', 'cli'],
      i18n: ['state', 'views', 'worker', 'cli'],
      state: ['views', 'cli'],
      worker: ['state', 'views', 'cli'],
    };
    const offenders = [...graph].flatMap(([f, deps]) =>
      deps
        .filter((d) => (forbidden[layerOf(f)] ?? []).includes(layerOf(d)))
        .map((d) => `${relative(ROOT, f)} -> ${relative(ROOT, d)}`),
    );
    expect(offenders).toEqual([]);
  });
});
