import type { Categories, Dimension } from '../schemas/dimension.js';
import { seriesKey } from '../schemas/series-key.js';

/** The category series of a measure split by the same dimensions: by sex, by area, by area × sex. */
export interface BreakdownGroup<T extends { categories: Categories }> {
  /** The dimension ids the rows split by, in the measure's order (`['area', 'sex']`). */
  dimensions: string[];
  rows: T[];
}

/**
 * The one way a measure's figures by category (phân tổ, a progress `breakdown`) are listed: grouped
 * by the dimensions they split by (single dimensions first, then their combinations), dimensions
 * in the measure's `disaggregation.dimensions` order (then the catalog's, then by id), and the rows
 * of a group in the catalog's order of its categories; what the catalog does not name comes last,
 * in the order served. Pure; the rows are the given objects.
 */
export function breakdownGroups<T extends { categories: Categories }>(
  rows: readonly T[],
  declared: readonly string[] | undefined,
  dimensions: readonly Dimension[] | undefined,
): BreakdownGroup<T>[] {
  // The measure's dimensions, then the catalog's, then any other by id: indexOf finds the first.
  const known = [
    ...(declared ?? []),
    ...(dimensions ?? []).map((d) => d.id),
    ...rows.flatMap((r) => Object.keys(r.categories)).sort(),
  ];
  // Not found (-1) ranks last.
  const rank = (list: readonly string[] | undefined, id: string) => (list?.indexOf(id) ?? -1) >>> 0;
  const groups = new Map<string, BreakdownGroup<T>>();
  for (const row of rows) {
    const ids = Object.keys(row.categories).sort((a, b) => rank(known, a) - rank(known, b));
    const g = groups.get(`${ids}`) ?? { dimensions: ids, rows: [] };
    groups.set(`${ids}`, g);
    g.rows.push(row);
  }
  const out = [...groups.values()];
  for (const g of out) {
    const ranks = (row: T) =>
      g.dimensions.map((d) =>
        rank(
          dimensions?.find((x) => x.id === d)?.categories.map((c) => c.id),
          row.categories[d]!,
        ),
      );
    g.rows.sort((a, b) => compare(ranks(a), ranks(b)));
  }
  const key = (g: BreakdownGroup<T>) => [g.dimensions.length, ...g.dimensions.map((d) => rank(known, d))];
  return out.sort((a, b) => compare(key(a), key(b)));
}

/** Lists of ranks compared in turn: the first that differs decides (sort is stable for the rest). */
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The targets of one series ({@link seriesKey}: '' for the total): a category's targets are its
 * own, never the total's, and the total's never a category's.
 */
export function seriesTargets<T extends { categories?: Categories | undefined }>(
  targets: readonly T[],
  key: string,
): T[] {
  return targets.filter((t) => seriesKey(t.categories) === key);
}
