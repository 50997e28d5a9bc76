/**
 * From a bundled table and the factors part of the spec to the factor analysis the view
 * shows (core/factors factorAnalysis). The core throws a FactorError listing every problem
 * (missing cells, constant columns, too few observations); here that becomes a list of
 * issues to render, never an exception on screen.
 */
import { factorAnalysis, FactorError, type FactorResult } from '../../core/factors/index.ts';
import type { Issue } from '../../core/issue.ts';
import type { FactorSpec } from '../../core/spec.ts';
import type { TableDataset } from '../../data/types.ts';
import { numericColumns } from '../clustering/clusterModel.ts';

/** Numeric columns with a value in every row: the default variables. */
export function completeColumns(ds: TableDataset): string[] {
  return numericColumns(ds).filter((id) =>
    ds.rows.every((r) => {
      const v = r.cells[id]?.value;
      return typeof v === 'number' && Number.isFinite(v);
    }),
  );
}

/** The spec's variables where they exist in the dataset, else every complete column. */
export function factorVariables(ds: TableDataset, chosen: readonly string[]): string[] {
  const available = numericColumns(ds);
  const kept = chosen.filter((v) => available.includes(v));
  return kept.length > 0 ? kept : completeColumns(ds);
}

export interface FactorModel {
  variables: string[];
  result: FactorResult | null;
  issues: Issue[];
}

export function factorModel(
  ds: TableDataset,
  spec: FactorSpec,
  variableNames: (id: string) => string,
): FactorModel {
  const variables = factorVariables(ds, spec.variables);
  const data = ds.rows.map((r) => variables.map((v) => r.cells[v]?.value ?? null));
  const p = variables.length;
  const nfactors =
    spec.nfactors === null ? null : Math.min(Math.max(spec.nfactors, 1), Math.max(p, 1));
  try {
    const result = factorAnalysis(
      data,
      { nfactors, rotation: spec.rotation, convention: spec.convention },
      variables.map(variableNames),
    );
    return { variables, result, issues: result.issues };
  } catch (e) {
    if (e instanceof FactorError) return { variables, result: null, issues: e.issues };
    return {
      variables,
      result: null,
      issues: [
        {
          code: 'factor-failed',
          severity: 'error',
          message: e instanceof Error ? e.message : String(e),
        },
      ],
    };
  }
}
