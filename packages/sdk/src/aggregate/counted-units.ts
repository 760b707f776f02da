import type { Measure } from '../schemas/indicator.js';
import type { Observation } from '../schemas/observation.js';
import type { AdministrativeUnit, OrganizationRegistry } from '../schemas/organization.js';
import { indexRegistry } from '../succession/registry-index.js';
import type { UnitTargetTable } from './unit-targets.js';

/** Level of the units a measure counts ("tỷ lệ xã …": commune). */
export type CountedLevel = NonNullable<Measure['unitsCounted']>['level'];

const RANK: Record<string, number> = { national: 0, province: 1, district: 2, commune: 3 };
/** Whether units of level `a` stand above those of level `b` (a province above its communes). */
export const above = (a: string, b: string): boolean => (RANK[a] ?? 9) < (RANK[b] ?? 9);

/** The day the units of a year are counted at: its last (31 December). */
export const countingDay = (year: number): string => `${year}-12-31`;

/** Whether `unit` exists on `day` (validFrom inclusive, validTo the first day it no longer does). */
export const inForce = (unit: Pick<AdministrativeUnit, 'validFrom' | 'validTo'>, day: string): boolean =>
  (unit.validFrom === undefined || unit.validFrom <= day) &&
  (unit.validTo === undefined || day < unit.validTo);

/**
 * The registry's units of `level` in force on `day` whose figures reach `targetId` (the target
 * itself or an ancestor by `parentId`, or their successor): the denominator of a share of units,
 * fixed by the registry, never by who reported.
 */
export function unitsInForce(
  registry: OrganizationRegistry,
  table: UnitTargetTable,
  targetIndex: number,
  level: CountedLevel,
  day: string,
): number {
  let n = 0;
  for (const unit of registry.units) {
    if (unit.level !== level || !inForce(unit, day)) continue;
    const u = table.unitIndex.get(unit.id);
    if (u === undefined) continue;
    for (let k = table.offsets[u]!; k < table.offsets[u + 1]!; k++)
      if (table.targets[k] === targetIndex) {
        n++;
        break;
      }
  }
  return n;
}

/**
 * The observations of share-of-units measures that may be added up, each answer counted once:
 * a unit of the counted level answers for itself when it exists at the year's end; a unit above
 * answers with a count for all of its units, so its units' own answers are left out (unless it is
 * itself an aggregation target: its figure then stands as its own, its units' beside it). Other
 * observations pass unchanged. Returns the kept ones and how many were left out.
 */
export function countedAnswers(
  observations: readonly Observation[],
  counted: ReadonlyMap<string, CountedLevel>,
  registry: OrganizationRegistry,
  targets: ReadonlySet<string>,
): { kept: readonly Observation[]; left: number } {
  if (counted.size === 0) return { kept: observations, left: 0 };
  const { units } = indexRegistry(registry);
  // Units above the counted level that gave a count, per measure and year.
  const counts = new Set<string>();
  for (const o of observations) {
    const level = counted.get(o.measureId);
    const unit = units.get(o.unitId);
    if (level !== undefined && unit !== undefined && above(unit.level, level) && !targets.has(o.unitId))
      counts.add(`${o.measureId}\n${o.year}\n${o.unitId}`);
  }
  const coveredByCount = (o: Observation): boolean => {
    const seen = new Set<string>();
    for (
      let id = units.get(o.unitId)?.parentId;
      id !== undefined && !seen.has(id);
      id = units.get(id)?.parentId
    ) {
      seen.add(id);
      if (targets.has(id)) return false;
      if (counts.has(`${o.measureId}\n${o.year}\n${id}`)) return true;
    }
    return false;
  };
  const kept: Observation[] = [];
  let left = 0;
  for (const o of observations) {
    const level = counted.get(o.measureId);
    const unit = level === undefined ? undefined : units.get(o.unitId);
    const keep =
      level === undefined ||
      targets.has(o.unitId) ||
      (unit !== undefined &&
        (unit.level === level
          ? inForce(unit, countingDay(o.year)) && !coveredByCount(o)
          : above(unit.level, level) && !coveredByCount(o)));
    if (keep) kept.push(o);
    else left++;
  }
  return { kept, left };
}
