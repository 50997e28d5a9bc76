/**
 * The index tree of a rating (issue 9, docs/methods.md section 1): groups of any depth, each
 * holding indicators and sub-groups. Every reader of the tree walks it through here, in one
 * order, pre-order (a group before its sub-groups, sub-groups in spec order), so the flat
 * indicator order of a rating (prepareRating), its result columns and the Monte Carlo draws
 * agree. A tree of one level (the paper's) walks exactly as the flat list it used to be.
 */
import type { GroupSpec, IndicatorSpec, RatingSpec } from '../spec.ts';

export interface GroupVisit {
  group: GroupSpec;
  /** Position in pre-order. */
  at: number;
  /** Pre-order position of the parent group; -1 for a group directly under the index. */
  parent: number;
  /** 0 directly under the index. */
  depth: number;
  /** Path for messages, e.g. `rating.groups[1].groups[0]`. */
  field: string;
}

// Walks of the same tree, by its groups array: a slider step walks one tree a dozen times
// (rating, weights, editor, names, compute) and specs are never changed in place (edits make
// new arrays along the edited path: mapGroups), so the walk of an array identity is fixed.
// The arrays handed out are frozen, so a caller that tried to change one would fail loudly.
const walks = new WeakMap<readonly GroupSpec[], readonly GroupVisit[]>();
const indicatorLists = new WeakMap<readonly GroupSpec[], readonly IndicatorSpec[]>();

/** Every group of the tree in pre-order (the same frozen array for the same tree). */
export function walkGroups(r: Pick<RatingSpec, 'groups'>, field = 'rating'): readonly GroupVisit[] {
  const cached = field === 'rating' ? walks.get(r.groups) : undefined;
  if (cached) return cached;
  const out: GroupVisit[] = [];
  const visit = (gs: readonly GroupSpec[], parent: number, depth: number, base: string) => {
    gs.forEach((group, i) => {
      const at = out.length;
      const f = `${base}.groups[${i}]`;
      out.push({ group, at, parent, depth, field: f });
      visit(group.groups ?? [], at, depth + 1, f);
    });
  };
  visit(r.groups, -1, 0, field);
  Object.freeze(out);
  if (field === 'rating') walks.set(r.groups, out);
  return out;
}

/**
 * Every indicator of the tree: each group's own indicators, groups in pre-order (the same
 * frozen array for the same tree).
 */
export function treeIndicators(r: Pick<RatingSpec, 'groups'>): readonly IndicatorSpec[] {
  let list = indicatorLists.get(r.groups);
  if (!list) {
    list = Object.freeze(walkGroups(r).flatMap((v) => v.group.indicators));
    indicatorLists.set(r.groups, list);
  }
  return list;
}

/** The group with id `id` anywhere in the tree, or null. */
export function findGroup(r: Pick<RatingSpec, 'groups'>, id: string): GroupSpec | null {
  return walkGroups(r).find((v) => v.group.id === id)?.group ?? null;
}

/**
 * The tree with each group replaced by `f(group)`, bottom-up (sub-groups first). Groups that
 * `f` leaves alone, with nothing changed inside them, keep their identity (and so does the
 * array when nothing changed), so a view can skip what an edit did not touch.
 */
export function mapGroups(
  groups: readonly GroupSpec[],
  f: (g: GroupSpec) => GroupSpec,
): GroupSpec[] {
  let changed = false;
  const out = groups.map((g) => {
    const subs = g.groups ? mapGroups(g.groups, f) : undefined;
    const r = f(subs && subs !== g.groups ? { ...g, groups: subs } : g);
    if (r !== g) changed = true;
    return r;
  });
  return changed ? out : (groups as GroupSpec[]);
}
