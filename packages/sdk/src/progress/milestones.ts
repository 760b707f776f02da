import type { LevelTarget, MaintainTarget } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type { MilestoneResult } from '../schemas/progress.js';
import { compare } from './compare.js';

/** A target judged as a milestone: a level to reach or a level to keep. */
export type MilestoneTarget = LevelTarget | MaintainTarget;

/**
 * Judge each milestone (mốc) against the value observed at its year or the latest before it;
 * a milestone after the assessment year is judged on the latest value (`due` false).
 * `maintain` (duy trì) holds only if every observed year from the first time the level was met
 * through the milestone's year met it too. `points` null means the series is unusable: the
 * milestones are listed, unjudged, so the targets still show.
 */
export function judgeMilestones(
  targets: readonly MilestoneTarget[],
  points: readonly SeriesPoint[] | null,
  year: number | undefined,
): MilestoneResult[] {
  const years = points === null ? [] : points.map((p) => p.year);
  const values = points === null ? [] : points.map((p) => p.value);
  const out: MilestoneResult[] = new Array(targets.length);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    const idx = lastColumnAtOrBefore(
      years,
      0,
      years.length,
      year === undefined ? t.year : Math.min(t.year, year),
    );
    out[i] = milestoneResult(
      t,
      idx < 0 ? Number.NaN : years[idx]!,
      idx < 0 ? Number.NaN : values[idx]!,
      idx < 0 ? -1 : milestoneMet(t, values, 0, idx) ? 1 : 0,
      year !== undefined && t.year <= year,
    );
  }
  return out;
}

/**
 * A milestone's result: `achieved` −1 not judged (no observation at or before its year),
 * 0 missed, 1 achieved, with the observed point it was judged on.
 */
export function milestoneResult(
  t: MilestoneTarget,
  observedYear: number,
  observedValue: number,
  achieved: number,
  due: boolean,
): MilestoneResult {
  // One literal with a fixed key order: object spread here cost a third of a country run.
  return {
    year: t.year,
    kind: t.kind,
    comparator: t.comparator,
    value: t.value,
    observed: achieved < 0 ? null : { year: observedYear, value: observedValue },
    achieved: achieved < 0 ? null : achieved === 1,
    due,
  };
}

/** Index in `from .. to` (ascending years) of the last year ≤ `year`, or `from − 1`. */
export function lastColumnAtOrBefore(
  years: ArrayLike<number>,
  from: number,
  to: number,
  year: number,
): number {
  let i = to - 1;
  while (i >= from && years[i]! > year) i--;
  return i;
}

/** `maintain` (duy trì): the level met at some point in `values[from .. last]` and held in every observed year since. */
export function maintainedColumn(
  values: ArrayLike<number>,
  from: number,
  last: number,
  t: MilestoneTarget,
): boolean {
  let first = from;
  while (first <= last && !compare(values[first]!, t.comparator, t.value)) first++;
  if (first > last) return false;
  for (let i = first + 1; i <= last; i++) if (!compare(values[i]!, t.comparator, t.value)) return false;
  return true;
}

/** A milestone judged on `values[idx]` (and, for `maintain`, the values from `from` to it). */
export function milestoneMet(
  t: MilestoneTarget,
  values: ArrayLike<number>,
  from: number,
  idx: number,
): boolean {
  return t.kind === 'maintain'
    ? maintainedColumn(values, from, idx, t)
    : compare(values[idx]!, t.comparator, t.value);
}
