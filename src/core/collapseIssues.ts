/**
 * Many identical problems as one: when a code repeats (the same warning on 40,000 rows), the
 * first occurrence stands for all of them with a count and the first rows named, so a report
 * stays readable and cheap to show. Issues are identical when code, severity and column agree.
 */
import type { Issue } from './issue.ts';

/** Groups larger than this are folded into their first occurrence. */
export const COLLAPSE_AFTER = 3;
/** Rows named in a folded issue. */
export const COLLAPSED_ROWS_SHOWN = 5;

/**
 * Groups issues by (code, severity, column). A group of at most `after` issues stays as it is; a
 * larger group becomes its first issue with `params.collapsed` = how many more there are and
 * `params.collapsedRows` = the first of their rows. Order of first appearance is kept.
 */
export function collapseIssues(issues: readonly Issue[], after = COLLAPSE_AFTER): Issue[] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = `${i.code}|${i.severity}|${i.where?.column ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const out: Issue[] = [];
  const done = new Set<string>();
  for (const i of issues) {
    const key = `${i.code}|${i.severity}|${i.where?.column ?? ''}`;
    if (done.has(key)) continue;
    done.add(key);
    const g = groups.get(key)!;
    if (g.length <= after) {
      out.push(...g);
      continue;
    }
    const rest = g.slice(1);
    const rows = rest
      .map((x) => x.where?.row)
      .filter((r): r is number => r !== undefined)
      .slice(0, COLLAPSED_ROWS_SHOWN);
    out.push({
      ...g[0],
      params: { ...(g[0].params ?? {}), collapsed: rest.length, collapsedRows: rows },
    });
  }
  return out;
}
