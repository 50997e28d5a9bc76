/**
 * A study (core/spec.ts) from untrusted JSON (a stored analysis, a project file), read by the
 * same code that reads a shared link (core/specMigrate.ts): one set of rules, and one
 * migration path, for every way a study enters the app.
 */
import {
  fail,
  ok,
  type Result,
  type AnalysisSpec,
  readSpec,
  type MigrationContext,
} from '../../core/index.ts';

/** The study if it is valid (migrated from an older version if need be); otherwise every problem. */
export function checkStudy(spec: unknown, ctx: MigrationContext = {}): Result<AnalysisSpec> {
  if (typeof spec !== 'object' || spec === null)
    return fail([
      { code: 'spec-missing', severity: 'error', message: 'The analysis settings are missing.' },
    ]);
  const r = readSpec(spec, ctx);
  return r.ok ? ok(r.value, r.warnings) : r;
}
