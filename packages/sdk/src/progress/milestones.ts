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
  const out: MilestoneResult[] = new Array(targets.length);
  for (let i = 0; i < targets.length; i++) out[i] = judgeOne(targets[i]!, points, year);
  return out;
}

function judgeOne(
  t: MilestoneTarget,
  points: readonly SeriesPoint[] | null,
  year: number | undefined,
): MilestoneResult {
  const due = year !== undefined && t.year <= year;
  const cutoff = year === undefined ? t.year : Math.min(t.year, year);
  const idx = points === null ? -1 : lastAtOrBefore(points, cutoff);
  let observed: MilestoneResult['observed'] = null;
  let achieved: boolean | null = null;
  if (idx >= 0) {
    const p = points![idx]!;
    observed = { year: p.year, value: p.value };
    achieved = t.kind === 'maintain' ? maintained(points!, idx, t) : compare(p.value, t.comparator, t.value);
  }
  // One literal with a fixed key order: object spread here cost a third of a country run.
  return { year: t.year, kind: t.kind, comparator: t.comparator, value: t.value, observed, achieved, due };
}

/** Index of the last point with year ≤ `year`, or −1. Points are ascending. */
export function lastAtOrBefore(points: readonly SeriesPoint[], year: number): number {
  let i = points.length - 1;
  while (i >= 0 && points[i]!.year > year) i--;
  return i;
}

/** Was the level met at some point up to `last` and held in every observed year since? */
export function maintained(points: readonly SeriesPoint[], last: number, t: MilestoneTarget): boolean {
  let first = 0;
  while (first <= last && !compare(points[first]!.value, t.comparator, t.value)) first++;
  if (first > last) return false;
  for (let i = first + 1; i <= last; i++) {
    if (!compare(points[i]!.value, t.comparator, t.value)) return false;
  }
  return true;
}
