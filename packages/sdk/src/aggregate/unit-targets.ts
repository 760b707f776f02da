import type { OrganizationRegistry } from '../schemas/organization.js';
import { indexRegistry } from '../succession/registry-index.js';
import { resolveUnit } from '../succession/resolve.js';

/**
 * For every unit, the aggregation targets its observations count toward, flattened for a tight
 * loop: unit `u`'s targets are `targets[offsets[u] .. offsets[u + 1])`, and `via[k]` is the
 * predecessor unit (index) through which target `k` was reached by succession, −1 when the
 * target is the unit itself or one of its parents.
 */
export interface UnitTargetTable {
  unitIds: string[];
  unitIndex: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  via: Int32Array;
  /** 1 where target `k` is the unit itself (its own figure), 0 for a parent or a successor. */
  self: Uint8Array;
}

/**
 * Work out once which targets each unit feeds (đơn vị tổng hợp): target T takes unit u if T is
 * u or an ancestor of u by `parentId` (the parent while u existed), or is the successor at
 * `asOf` of u or of one of its ancestors, or an ancestor of that successor. The last two carry
 * pre-merger data of merged units into today's units. Target ids not in the registry feed only
 * themselves.
 */
export function buildUnitTargets(
  registry: OrganizationRegistry,
  targetIds: readonly string[],
  asOf: string,
): UnitTargetTable {
  const { units } = indexRegistry(registry);
  const unitIds = [...units.keys()];
  for (const t of targetIds) if (!units.has(t) && !unitIds.includes(t)) unitIds.push(t);
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const targetIndex = new Map<string, number>();
  targetIds.forEach((t, i) => {
    if (!targetIndex.has(t)) targetIndex.set(t, i);
  });
  const successorMemo = new Map<string, string>();
  const successor = (id: string): string => {
    let s = successorMemo.get(id);
    if (s === undefined) {
      s = units.has(id) ? resolveUnit(registry, id, asOf).id : id;
      successorMemo.set(id, s);
    }
    return s;
  };
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    // Guards a parent cycle in hand-written data.
    for (let cur: string | undefined = id; cur !== undefined && !chain.includes(cur); ) {
      chain.push(cur);
      cur = units.get(cur)?.parentId;
    }
    return chain;
  };
  const offsets = new Int32Array(unitIds.length + 1);
  const targets: number[] = [];
  const via: number[] = [];
  const self: number[] = [];
  unitIds.forEach((id, u) => {
    const reached = new Map<number, number>();
    const own = ancestors(id);
    for (const a of own) {
      const t = targetIndex.get(a);
      if (t !== undefined) reached.set(t, -1);
    }
    // Name the widest former unit a target took over ("merged from Đắk Nông", not from one of
    // its communes): exact successors top-down first, then ancestors of successors.
    for (let i = own.length - 1; i >= 0; i--) {
      const a = own[i]!;
      const t = targetIndex.get(successor(a));
      if (t !== undefined && !reached.has(t)) reached.set(t, unitIndex.get(a)!);
    }
    for (let i = own.length - 1; i >= 0; i--) {
      const a = own[i]!;
      const s = successor(a);
      if (s === a) continue;
      for (const b of ancestors(s)) {
        const t = targetIndex.get(b);
        if (t !== undefined && !reached.has(t)) reached.set(t, unitIndex.get(a)!);
      }
    }
    for (const [t, v] of reached) {
      targets.push(t);
      via.push(v);
      self.push(targetIds[t] === id ? 1 : 0);
    }
    offsets[u + 1] = targets.length;
  });
  return {
    unitIds,
    unitIndex,
    offsets,
    targets: Int32Array.from(targets),
    via: Int32Array.from(via),
    self: Uint8Array.from(self),
  };
}
