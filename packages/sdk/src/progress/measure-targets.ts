import type { Measure, Target, YearlyChangeTarget } from '../schemas/indicator.js';
import { TARGET_NONE, TARGET_OVERRIDE, TARGET_YEARLY } from './codes.js';
import type { MilestoneTarget } from './milestones.js';

/** A measure's targets sorted once for repeated assessment. */
export interface MeasureTargets {
  /** Level and maintain targets, ascending by year (stable for equal years). */
  milestones: readonly MilestoneTarget[];
  /** The first yearly-change target, if any (indicator 13). */
  yearlyChange: YearlyChangeTarget | undefined;
}

// Keyed by the measure object: a catalog is loaded once and assessed thousands of times, so
// sorting its targets per call would be the hottest line of a dashboard.
const cache = new WeakMap<Measure, MeasureTargets>();

/** Targets of a measure's total split by kind; cached per measure object (treat measures as immutable). */
export function measureTargets(measure: Measure): MeasureTargets {
  let m = cache.get(measure);
  if (m === undefined) {
    // Targets for a category belong to that category's series (`seriesMeasure`), not the total's.
    const total = measure.targets.filter((t) => !t.categories);
    const milestones = total
      .filter((t): t is MilestoneTarget => t.kind !== 'yearly_change')
      .sort((a, b) => a.year - b.year);
    const yearlyChange = total.find((t): t is YearlyChangeTarget => t.kind === 'yearly_change');
    m = { milestones, yearlyChange };
    cache.set(measure, m);
  }
  return m;
}

/**
 * Target the status is judged against (mục tiêu áp dụng): the override if given, else the next
 * level/maintain milestone at or after the assessment year, else the last one, else a
 * yearly-change target, else none.
 */
export function chooseTarget(targets: MeasureTargets, year: number, override?: Target): Target | null {
  return resolveTarget(targets, targetCode(targets, year, override !== undefined), override);
}

/** {@link chooseTarget} as a code: ≥ 0 a milestone's index, else `TARGET_*`. */
export function targetCode(targets: MeasureTargets, year: number, override: boolean): number {
  if (override) return TARGET_OVERRIDE;
  const ms = targets.milestones;
  for (let i = 0; i < ms.length; i++) if (ms[i]!.year >= year) return i;
  if (ms.length > 0) return ms.length - 1;
  return targets.yearlyChange === undefined ? TARGET_NONE : TARGET_YEARLY;
}

/** The target a code of {@link targetCode} stands for. */
export function resolveTarget(
  targets: MeasureTargets,
  code: number,
  override: Target | undefined,
): Target | null {
  if (code === TARGET_NONE) return null;
  if (code === TARGET_OVERRIDE) return override!;
  return code === TARGET_YEARLY ? targets.yearlyChange! : targets.milestones[code]!;
}
