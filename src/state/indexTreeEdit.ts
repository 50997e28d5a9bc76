/**
 * The index editor's edits of a rating tree (issue 9): pure functions from one RatingSpec to
 * the next, for groups at any depth (core/composite/ratingTree.ts). An edit that cannot apply
 * (an unknown id, a group moved into itself, removing the last group) returns its input
 * unchanged, so the store records no undo step for it.
 */
import {
  findGroup,
  mapGroups,
  treeIndicators,
  walkGroups,
  type GroupSpec,
  type IndicatorSpec,
  type RatingSpec,
} from '../core/index.ts';

type Ind = IndicatorSpec;

/** Weights typed or dragged are kept within 0..MAX_EDIT_WEIGHT (relative weights). */
export const MAX_EDIT_WEIGHT = 10;
export const clampWeight = (w: number): number =>
  Number.isFinite(w) ? Math.min(Math.max(w, 0), MAX_EDIT_WEIGHT) : 0;

/** Replaces the indicator `id` wherever it sits by f(it). */
export function mapIndicator(r: RatingSpec, id: string, f: (i: Ind) => Ind): RatingSpec {
  if (!treeIndicators(r).some((i) => i.id === id)) return r;
  return {
    ...r,
    groups: mapGroups(r.groups, (g) =>
      g.indicators.some((i) => i.id === id)
        ? { ...g, indicators: g.indicators.map((i) => (i.id === id ? f(i) : i)) }
        : g,
    ),
  };
}

/** Replaces the group `id` wherever it sits by f(it). */
export function mapGroup(r: RatingSpec, id: string, f: (g: GroupSpec) => GroupSpec): RatingSpec {
  if (!findGroup(r, id)) return r;
  return { ...r, groups: mapGroups(r.groups, (g) => (g.id === id ? f(g) : g)) };
}

/** The group's own name (free text); an empty name removes it, so the default name shows. */
export function renameGroup(r: RatingSpec, id: string, label: string): RatingSpec {
  const text = label.slice(0, 200);
  return mapGroup(r, id, (g) => {
    const rest = { ...g };
    delete rest.label;
    return text.trim() === '' ? rest : { ...rest, label: text };
  });
}

/** An id not used by any group of the tree: `group-1`, `group-2`, ... */
export function freeGroupId(r: RatingSpec): string {
  const used = new Set(walkGroups(r).map((v) => v.group.id));
  let n = 1;
  while (used.has(`group-${n}`)) n++;
  return `group-${n}`;
}

/** Adds an empty group named `label` under `parent` (null = directly under the index). */
export function addGroup(r: RatingSpec, parent: string | null, label: string): RatingSpec {
  const g: GroupSpec = { id: freeGroupId(r), label, weight: 1, indicators: [] };
  if (parent === null) return { ...r, groups: [...r.groups, g] };
  return mapGroup(r, parent, (p) => ({ ...p, groups: [...(p.groups ?? []), g] }));
}

/** Takes the group `id` out of the tree (and returns it), or null when it is not there. */
function detachGroup(groups: GroupSpec[], id: string): [GroupSpec[], GroupSpec | null] {
  const found: { g: GroupSpec | null } = { g: null };
  const strip = (gs: GroupSpec[]): GroupSpec[] =>
    gs.flatMap((g) => {
      if (g.id === id) {
        found.g = g;
        return [];
      }
      if (!g.groups) return [g];
      const subs = strip(g.groups);
      return [subs.length > 0 ? { ...g, groups: subs } : withoutSubs(g)];
    });
  const out = strip(groups);
  return [out, found.g];
}

const withoutSubs = (g: GroupSpec): GroupSpec => {
  const rest = { ...g };
  delete rest.groups;
  return rest;
};

/**
 * Removes the group `id`; its indicators and sub-groups move up to its parent. A group
 * directly under the index hands them to its neighbour (the one before it, or after it for
 * the first); the last group of the index cannot be removed.
 */
export function removeGroup(r: RatingSpec, id: string): RatingSpec {
  const visit = walkGroups(r).find((v) => v.group.id === id);
  if (!visit) return r;
  const g = visit.group;
  let heir: string | null;
  if (visit.parent >= 0) heir = walkGroups(r)[visit.parent].group.id;
  else {
    if (r.groups.length < 2) return r;
    const at = r.groups.indexOf(g);
    heir = r.groups[at > 0 ? at - 1 : 1].id;
  }
  const [rest] = detachGroup(r.groups, id);
  return mapGroup({ ...r, groups: rest }, heir, (h) => {
    const subs = [...(h.groups ?? []), ...(g.groups ?? [])];
    const out = { ...h, indicators: [...h.indicators, ...g.indicators] };
    return subs.length > 0 ? { ...out, groups: subs } : withoutSubs(out);
  });
}

/** True when `id` is `root` or lies inside the group `root`. */
export function isWithin(r: RatingSpec, id: string, root: string): boolean {
  const g = findGroup(r, root);
  return !!g && walkGroups({ groups: [g] }).some((v) => v.group.id === id);
}

/** Moves the group `id` (with everything in it) under `parent` (null = under the index). */
export function moveGroup(r: RatingSpec, id: string, parent: string | null): RatingSpec {
  if (!findGroup(r, id)) return r;
  if (parent !== null && (!findGroup(r, parent) || isWithin(r, parent, id))) return r;
  const current = walkGroups(r).find((v) => v.group.id === id)!;
  const currentParent = current.parent < 0 ? null : walkGroups(r)[current.parent].group.id;
  if (currentParent === parent) return r;
  if (current.parent < 0 && r.groups.length < 2) return r;
  const [rest, g] = detachGroup(r.groups, id);
  if (!g) return r;
  if (parent === null) return { ...r, groups: [...rest, g] };
  return mapGroup({ ...r, groups: rest }, parent, (p) => ({
    ...p,
    groups: [...(p.groups ?? []), g],
  }));
}

/** Moves the indicator `id` into the group `to`, at the end of its indicators. */
export function moveIndicator(r: RatingSpec, id: string, to: string): RatingSpec {
  const ind = treeIndicators(r).find((i) => i.id === id);
  const target = findGroup(r, to);
  if (!ind || !target || target.indicators.some((i) => i.id === id)) return r;
  return {
    ...r,
    groups: mapGroups(r.groups, (g) => {
      if (g.id === to) return { ...g, indicators: [...g.indicators, ind] };
      return g.indicators.some((i) => i.id === id)
        ? { ...g, indicators: g.indicators.filter((i) => i.id !== id) }
        : g;
    }),
  };
}

/**
 * Leaves the indicator out of the index. Its group goes too when that leaves it with nothing
 * (no indicator, no sub-group), as the paper's tree always did; with the last indicator gone
 * the tree is empty and the rating view says so.
 */
export function excludeIndicator(r: RatingSpec, id: string): RatingSpec {
  if (!treeIndicators(r).some((i) => i.id === id)) return r;
  const prune = (gs: GroupSpec[]): GroupSpec[] =>
    gs.flatMap((g) => {
      const had = g.indicators.some((i) => i.id === id);
      const indicators = had ? g.indicators.filter((i) => i.id !== id) : g.indicators;
      const subs = g.groups ? prune(g.groups) : undefined;
      if (had && indicators.length === 0 && (subs?.length ?? 0) === 0) return [];
      const out: GroupSpec = { ...g, indicators };
      if (subs) {
        if (subs.length > 0) out.groups = subs;
        else delete out.groups;
      }
      return [out];
    });
  return { ...r, groups: prune(r.groups) };
}

/**
 * Puts an indicator of the base tree (the paper's, or the user table's own) back: into its
 * home group where that group is still in the tree, in the base tree's order; otherwise into a
 * copy of its home group added under the index.
 */
export function includeIndicator(r: RatingSpec, id: string, base: RatingSpec): RatingSpec {
  if (treeIndicators(r).some((i) => i.id === id)) return r;
  const homeVisit = walkGroups(base).find((v) => v.group.indicators.some((i) => i.id === id));
  if (!homeVisit) return r;
  const home = homeVisit.group;
  const ind = home.indicators.find((i) => i.id === id)!;
  const at = (iid: string) => {
    const k = home.indicators.findIndex((i) => i.id === iid);
    return k < 0 ? Number.MAX_SAFE_INTEGER : k;
  };
  if (findGroup(r, home.id)) {
    return mapGroup(r, home.id, (g) => ({
      ...g,
      indicators: [...g.indicators, ind].sort((a, b) => at(a.id) - at(b.id)),
    }));
  }
  const order = (gid: string) => base.groups.findIndex((g) => g.id === gid);
  const copy: GroupSpec = { ...withoutSubs(home), indicators: [ind] };
  const groups = [...r.groups, copy];
  // The paper's groups keep the paper's order; groups the base does not know stay in place.
  if (r.groups.every((g) => order(g.id) >= 0)) groups.sort((a, b) => order(a.id) - order(b.id));
  return { ...r, groups };
}

/** Equal weights: every indicator 1, every group the number of indicators it holds. */
export function equalRating(r: RatingSpec): RatingSpec {
  const count = (g: GroupSpec): number =>
    g.indicators.length + (g.groups ?? []).reduce((a, s) => a + count(s), 0);
  return {
    ...r,
    groups: mapGroups(r.groups, (g) => ({
      ...g,
      weight: count(g),
      indicators: g.indicators.map((i) => ({ ...i, weight: 1 })),
    })),
  };
}

/** The same tree shape, ids and weights (labels, directions and targets aside). */
export function sameWeights(a: readonly GroupSpec[], b: readonly GroupSpec[]): boolean {
  return (
    a.length === b.length &&
    a.every((g, k) => {
      const h = b[k];
      return (
        h.id === g.id &&
        h.weight === g.weight &&
        h.indicators.length === g.indicators.length &&
        h.indicators.every(
          (i, j) => i.id === g.indicators[j].id && i.weight === g.indicators[j].weight,
        ) &&
        sameWeights(g.groups ?? [], h.groups ?? [])
      );
    })
  );
}
