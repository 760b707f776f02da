import type { OrganizationRegistry } from '../schemas/organization.js';
import { predecessorsOf } from '../succession/predecessors.js';
import { indexRegistry } from '../succession/registry-index.js';

/** Input of {@link jurisdictionUnitIds}. */
export interface JurisdictionInput {
  registry: OrganizationRegistry;
  agencyId: string;
  /** Day (YYYY-MM-DD) at which successions are followed, usually the report's due date. */
  date: string;
}

const cache = new WeakMap<OrganizationRegistry, Map<string, ReadonlySet<string>>>();

/**
 * The administrative units an agency answers for (địa bàn phụ trách): the units a reporter of
 * the agency may give values for. From the registry:
 *
 * - an agency of a unit (`unitId`: a province's departments, a People's Committee) answers for
 *   that unit and every unit under it (by `parentId`);
 * - a collective with listed members answers for what its members answer for;
 * - an agency of no unit (the commune-level People's Committees of a province taken together)
 *   answers for every unit of its level in the registry (a national one for every unit);
 * - with each unit come the units that passed into it by `date` (merged or split into it) and
 *   the units under those, so that a successor can still report the years before a merger.
 *
 * Sở Y tế tỉnh Lâm Đồng answers for Lâm Đồng, its communes and the former Đắk Nông; the
 * commune-level People's Committees for the communes only, never for the province.
 * Pure; cached per registry object, agency and date.
 */
export function jurisdictionUnitIds(input: JurisdictionInput): ReadonlySet<string> {
  const { registry, agencyId, date } = input;
  let byKey = cache.get(registry);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(registry, byKey);
  }
  const key = `${agencyId}\n${date}`;
  let out = byKey.get(key);
  if (out === undefined) {
    out = compute(registry, agencyId, date);
    byKey.set(key, out);
  }
  return out;
}

function compute(registry: OrganizationRegistry, agencyId: string, date: string): Set<string> {
  const idx = indexRegistry(registry);
  const children = new Map<string, string[]>();
  for (const u of registry.units) {
    if (u.parentId === undefined) continue;
    const list = children.get(u.parentId);
    if (list === undefined) children.set(u.parentId, [u.id]);
    else list.push(u.id);
  }

  const roots = new Set<string>();
  const seenAgencies = new Set<string>();
  const addAgency = (id: string): void => {
    if (seenAgencies.has(id)) return;
    seenAgencies.add(id);
    const a = idx.agencies.get(id);
    if (a === undefined) return;
    if (a.unitId !== undefined) roots.add(a.unitId);
    else if (a.memberIds?.length) for (const m of a.memberIds) addAgency(m);
    else for (const u of registry.units) if (a.level === 'national' || u.level === a.level) roots.add(u.id);
  };
  addAgency(agencyId);

  const out = new Set<string>();
  const queue = [...roots].filter((id) => idx.units.has(id));
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q]!;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of children.get(id) ?? []) queue.push(c);
    for (const p of predecessorsOf(registry, id, date)) queue.push(p);
  }
  return out;
}
