/**
 * Spec and view from untrusted JSON (a stored analysis, a project file), checked by the same
 * code that checks a shared link (state/url.ts, core/specValidate.ts): one set of rules for
 * every way settings enter the app.
 */
import { fail, ok, type Issue, type Result } from '../../core/issue.ts';
import type { AnalysisSpec } from '../../core/spec.ts';
import { decodeHash, encodeHash } from '../url.ts';
import type { ViewState } from '../viewState.ts';

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The spec and view if both are valid; otherwise every problem found. */
export function checkSpecAndView(
  spec: unknown,
  view: unknown,
  route = 'data',
): Result<{ spec: AnalysisSpec; view: ViewState }> {
  if (!isObj(spec))
    return fail([
      { code: 'spec-missing', severity: 'error', message: 'The analysis settings are missing.' },
    ]);
  try {
    const parsed = decodeHash(
      encodeHash(
        route,
        spec as unknown as AnalysisSpec,
        (isObj(view) ? view : {}) as unknown as ViewState,
      ),
    );
    const issues: Issue[] = parsed.issues;
    if (issues.length) return fail(issues);
    return ok({ spec: parsed.spec, view: { ...parsed.view, route } });
  } catch {
    return fail([
      {
        code: 'spec-unreadable',
        severity: 'error',
        message: 'The analysis settings cannot be read.',
      },
    ]);
  }
}
