import type { OrganizationRegistry } from '../schemas/organization.js';
import { assertIsoDate, UnknownEntityError } from './errors.js';
import { indexRegistry } from './registry-index.js';

/**
 * Units that passed into `unitId` by `date`, directly or through intermediate units (các đơn vị
 * được hợp nhất vào), nearest first — what a merged-unit view lists as "formed from". A unit
 * that split counts as a predecessor of each part.
 * @throws {UnknownEntityError} when `unitId` is not in the registry.
 */
export function predecessorsOf(registry: OrganizationRegistry, unitId: string, date: string): string[] {
  assertIsoDate(date);
  const idx = indexRegistry(registry);
  if (!idx.units.has(unitId)) throw new UnknownEntityError('unit', unitId);
  const seen = new Set([unitId]);
  const out: string[] = [];
  const queue = [unitId];
  for (let q = 0; q < queue.length; q++) {
    for (const s of idx.unitIn.get(queue[q]!) ?? []) {
      if (s.effective > date || seen.has(s.fromId)) continue;
      seen.add(s.fromId);
      out.push(s.fromId);
      queue.push(s.fromId);
    }
  }
  return out;
}
