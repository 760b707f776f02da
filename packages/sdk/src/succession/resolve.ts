import type {
  AdministrativeUnit,
  Agency,
  OrganizationRegistry,
  Succession,
} from '../schemas/organization.js';
import { chooseSuccessor } from './choose-successor.js';
import { assertIsoDate, UnknownEntityError } from './errors.js';
import { indexRegistry } from './registry-index.js';

/** One link followed while resolving: who handed over to whom, when, why, on what authority. */
export type SuccessionStep = Pick<Succession, 'fromId' | 'toId' | 'effective' | 'kind' | 'source'>;

/** Who an agency or unit is at a date, and how we got there. */
export interface Resolution<T> {
  /** Id in charge at the date (itself when nothing changed). */
  id: string;
  entity: T;
  /** Successions followed, oldest first; empty when nothing changed. */
  chain: SuccessionStep[];
  /** True when a split had to be decided without a function or a share (first successor taken). */
  ambiguous: boolean;
  /** Other successors of ambiguous splits, for the user to choose from. */
  alternatives: string[];
}

/** Options of {@link resolveAgency}. */
export interface ResolveAgencyOptions {
  /** Function tag of the duty being routed (e.g. `children`), to pick the right side of a split. */
  function?: string;
}

/**
 * Agency in charge at `date` (YYYY-MM-DD) of what `agencyId` was (cơ quan kế thừa): follows
 * successions in force on that day (the `effective` day included) repeatedly, e.g. Sở LĐ-TB&XH
 * Đắk Nông → (2025-03-01, children) Sở Y tế Đắk Nông → (2025-07-01) Sở Y tế Lâm Đồng.
 * @throws {UnknownEntityError} when `agencyId` or a successor is not in the registry.
 */
export function resolveAgency(
  registry: OrganizationRegistry,
  agencyId: string,
  date: string,
  opts?: ResolveAgencyOptions,
): Resolution<Agency> {
  const idx = indexRegistry(registry);
  return follow(idx.agencies, idx.agencyOut, 'agency', agencyId, date, opts?.function);
}

/**
 * Administrative unit that holds at `date` what `unitId` was (đơn vị hành chính kế thừa), e.g. a
 * commune merged on 2025-07-01 resolves to the new commune from that day.
 * @throws {UnknownEntityError} when `unitId` or a successor is not in the registry.
 */
export function resolveUnit(
  registry: OrganizationRegistry,
  unitId: string,
  date: string,
): Resolution<AdministrativeUnit> {
  const idx = indexRegistry(registry);
  return follow(idx.units, idx.unitOut, 'unit', unitId, date, undefined);
}

function follow<T>(
  entities: Map<string, T>,
  out: Map<string, Succession[]>,
  kind: 'agency' | 'unit',
  startId: string,
  date: string,
  fn: string | undefined,
): Resolution<T> {
  assertIsoDate(date);
  let id = startId;
  let entity = entities.get(id);
  if (entity === undefined) throw new UnknownEntityError(kind, id);
  const chain: SuccessionStep[] = [];
  const alternatives: string[] = [];
  let ambiguous = false;
  // A cycle in the data (A → B → A) must not hang a page; stop where it would repeat.
  const seen = new Set([id]);
  for (;;) {
    const choice = chooseSuccessor(out.get(id) ?? [], date, fn);
    if (choice === null || seen.has(choice.step.toId)) break;
    const { fromId, toId, effective, kind: how, source } = choice.step;
    const next = entities.get(toId);
    if (next === undefined) throw new UnknownEntityError(kind, toId);
    chain.push({ fromId, toId, effective, kind: how, source });
    if (choice.ambiguous) {
      ambiguous = true;
      alternatives.push(...choice.alternatives);
    }
    seen.add(toId);
    id = toId;
    entity = next;
  }
  return { id, entity, chain, ambiguous, alternatives };
}
