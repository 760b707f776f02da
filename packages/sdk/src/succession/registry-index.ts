import type {
  AdministrativeUnit,
  Agency,
  OrganizationRegistry,
  Succession,
} from '../schemas/organization.js';

/** Lookups over a registry, built once per registry object. */
export interface RegistryIndex {
  agencies: Map<string, Agency>;
  units: Map<string, AdministrativeUnit>;
  /** Successions by `fromId`, in registry order. */
  agencyOut: Map<string, Succession[]>;
  unitOut: Map<string, Succession[]>;
  /** Successions by `toId`, for predecessor views. */
  agencyIn: Map<string, Succession[]>;
  unitIn: Map<string, Succession[]>;
}

// Registries are loaded once and resolved against many times (every assignment, every
// observation's unit); rebuilding maps per call would be quadratic. Treat registries as immutable.
const cache = new WeakMap<OrganizationRegistry, RegistryIndex>();

/** Index a registry by id and by succession ends; cached per registry object. */
export function indexRegistry(registry: OrganizationRegistry): RegistryIndex {
  let idx = cache.get(registry);
  if (idx === undefined) {
    idx = {
      agencies: byId(registry.agencies),
      units: byId(registry.units),
      agencyOut: group(registry.agencySuccessions, (s) => s.fromId),
      unitOut: group(registry.unitSuccessions, (s) => s.fromId),
      agencyIn: group(registry.agencySuccessions, (s) => s.toId),
      unitIn: group(registry.unitSuccessions, (s) => s.toId),
    };
    cache.set(registry, idx);
  }
  return idx;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  // First entry wins, so a duplicate id further down cannot silently replace a reviewed one.
  for (const it of items) if (!m.has(it.id)) m.set(it.id, it);
  return m;
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list === undefined) m.set(k, [it]);
    else list.push(it);
  }
  return m;
}
