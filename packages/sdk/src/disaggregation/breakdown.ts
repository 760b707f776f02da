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
  const dims = dimensions ?? [];
  const rank = (list: readonly string[], id: string) => {
    const i = list.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  // The measure's dimensions first, then the catalog's: indexOf finds the first.
  const known = [...(declared ?? []), ...dims.map((d) => d.id)];
  const order = (a: string, b: string) => rank(known, a) - rank(known, b) || (a < b ? -1 : a > b ? 1 : 0);
  const groups = new Map<string, BreakdownGroup<T>>();
  for (const row of rows) {
    const ids = Object.keys(row.categories).sort(order);
    const key = ids.join();
    const g = groups.get(key) ?? { dimensions: ids, rows: [] };
    groups.set(key, g);
    g.rows.push(row);
  }
  const categoryRank = (row: T, d: string) =>
    rank(dims.find((x) => x.id === d)?.categories.map((c) => c.id) ?? [], row.categories[d]!);
  const out = [...groups.values()];
  for (const g of out)
    g.rows.sort((a, b) => {
      for (const d of g.dimensions) {
        const c = categoryRank(a, d) - categoryRank(b, d);
        if (c) return c;
      }
      return 0;
    });
  return out.sort((a, b) => {
    if (a.dimensions.length !== b.dimensions.length) return a.dimensions.length - b.dimensions.length;
    for (let i = 0; i < a.dimensions.length; i++) {
      const c = order(a.dimensions[i]!, b.dimensions[i]!);
      if (c) return c;
    }
    return 0;
  });
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
