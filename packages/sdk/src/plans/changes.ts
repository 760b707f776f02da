import type { IndicatorCatalog } from '../schemas/indicator.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';

/**
 * One difference between two versions of a plan (thay đổi giữa hai phiên bản kế hoạch).
 * `path` names the place by ids, not positions (`taskGroups/II.1/tasks/II.1.a/text/vi`), so a
 * reordered list is no change. `added`/`removed` name a whole row (a group, task, assignment,
 * responsibility, funding provision, link, measure, target …) with its text; `changed` one
 * field, old → new.
 */
export type PlanChange =
  | { kind: 'added' | 'removed'; path: string; row: string; text: string }
  | { kind: 'changed'; path: string; before: string | null; after: string | null };

/** What a version holds: the plan, and the registry and catalog it was read with when given. */
export interface PlanVersionContent {
  plan: Plan;
  registry?: OrganizationRegistry | null;
  catalog?: IndicatorCatalog | null;
}

/** Keys that identify an item of a list: a list of such items is a list of rows. */
const KEYS = ['id', 'taskId', 'measureId'] as const;

/** The row kind of a list's items, by the list's name (singular: "tasks" → "task"). */
const ROW: Record<string, string> = {
  taskGroups: 'group',
  tasks: 'task',
  assignments: 'assignment',
  responsibilities: 'responsibility',
  funding: 'funding',
  taskLinks: 'task_link',
  measureLinks: 'measure_link',
  objectives: 'objective',
  // A plan's own objectives and its targets for catalog measures (by measure id).
  ownObjectives: 'objective',
  targetOverrides: 'target_override',
  indicators: 'indicator',
  measures: 'measure',
  targets: 'target',
  agencies: 'agency',
  units: 'unit',
  agencySuccessions: 'succession',
  unitSuccessions: 'succession',
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Flat {
  /** path → kind and one-line text of a row */
  rows: Map<string, { row: string; text: string }>;
  /** path → leaf value as text */
  leaves: Map<string, string>;
  /** every path of both, in document order */
  order: string[];
}

const isObject = (v: Json): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function keyOf(item: Json, index: number): string {
  if (!isObject(item)) return String(index);
  for (const k of KEYS) if (typeof item[k] === 'string') return item[k] as string;
  // A succession is who handed over to whom.
  if (typeof item.fromId === 'string' && typeof item.toId === 'string') return `${item.fromId}→${item.toId}`;
  return String(index);
}

/** A row's one-line text: its Vietnamese text, title, heading … whichever it has. */
function rowText(item: Json): string {
  if (!isObject(item)) return leafText(item);
  for (const k of ['text', 'title', 'heading', 'name']) {
    const v = item[k] ?? null;
    if (typeof v === 'string') return v;
    if (isObject(v) && typeof v.vi === 'string') return v.vi;
  }
  if (typeof item.fromId === 'string' && typeof item.toId === 'string')
    return `${item.fromId} → ${item.toId} (${String(item.kind)}, ${String(item.effective)})`;
  return leafText(item);
}

function leafText(v: Json): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
    return v.map(String).join('; ');
  return JSON.stringify(v);
}

function flatten(v: Json, path: string, listName: string | null, out: Flat): void {
  if (Array.isArray(v)) {
    const rows = listName !== null && ROW[listName] !== undefined;
    if (!rows) {
      // A list of plain values (milestones, agency ids, recipients) is one field.
      if (v.every((x) => !isObject(x) && !Array.isArray(x))) {
        leaf(out, path, leafText(v));
        return;
      }
    }
    v.forEach((item, i) => {
      const p = `${path}/${keyOf(item, i)}`;
      if (rows) {
        out.rows.set(p, { row: ROW[listName!]!, text: rowText(item) });
        out.order.push(p);
      }
      flatten(item, p, null, out);
    });
    return;
  }
  if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, `${path}/${k}`, k, out);
    return;
  }
  leaf(out, path, leafText(v));
}

function leaf(out: Flat, path: string, text: string): void {
  out.leaves.set(path, text);
  out.order.push(path);
}

function flat(v: PlanVersionContent): Flat {
  const out: Flat = { rows: new Map(), leaves: new Map(), order: [] };
  flatten(v.plan as unknown as Json, '', null, out);
  if (v.registry) flatten(v.registry as unknown as Json, '/registry', null, out);
  if (v.catalog) flatten(v.catalog as unknown as Json, '/catalog', null, out);
  return out;
}

/** Whether `path` lies inside one of `rows` (a field of an added or removed row is no change of its own). */
function inside(path: string, rows: Set<string>): boolean {
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1))
    if (rows.has(path.slice(0, i))) return true;
  return false;
}

/**
 * What changed from `before` to `after`: rows added and removed (matched by id, a link by the
 * task or measure it names, a target by its place), then every field that differs, old → new
 * (texts, dates, numbers, comparators, lists of ids). With the registries and catalogs of both
 * versions, their agencies, units and successions (under `/registry`) and objectives,
 * indicators, measures and targets (under `/catalog`) too. In the order of
 * `after`, what only `before` had last. Pure.
 */
export function planChanges(before: PlanVersionContent, after: PlanVersionContent): PlanChange[] {
  const a = flat(before);
  const b = flat(after);
  const added = new Set([...b.rows.keys()].filter((p) => !a.rows.has(p)));
  const removed = new Set([...a.rows.keys()].filter((p) => !b.rows.has(p)));
  const out: PlanChange[] = [];
  for (const path of b.order) {
    if (added.has(path)) {
      if (!inside(path, added)) out.push({ kind: 'added', path, ...b.rows.get(path)! });
      continue;
    }
    if (!b.leaves.has(path) || inside(path, added)) continue;
    const was = a.leaves.get(path) ?? null;
    const now = b.leaves.get(path)!;
    if (was !== now) out.push({ kind: 'changed', path, before: was, after: now });
  }
  for (const path of a.order) {
    if (removed.has(path)) {
      if (!inside(path, removed)) out.push({ kind: 'removed', path, ...a.rows.get(path)! });
      continue;
    }
    if (a.leaves.has(path) && !b.leaves.has(path) && !inside(path, removed))
      out.push({ kind: 'changed', path, before: a.leaves.get(path)!, after: null });
  }
  return out;
}
