import type { Categories, Dimension } from '../schemas/dimension.js';
import type { IndicatorCatalog, Measure } from '../schemas/indicator.js';

/** A problem with one dimension of a `categories` record. */
export interface CategoryProblem {
  /** The dimension id (the key of the record) the problem is at. */
  dimension: string;
  /** `unknown_dimension`: the measure does not declare it; `unknown_category`: not a category of it. */
  code: 'unknown_dimension' | 'unknown_category';
}

const cache = new WeakMap<IndicatorCatalog, Map<string, Set<string>>>();

/** Dimension id → its category ids; cached per catalog object. */
export function dimensionCategories(catalog: IndicatorCatalog): Map<string, Set<string>> {
  let m = cache.get(catalog);
  if (m === undefined) {
    m = new Map((catalog.dimensions ?? []).map((d) => [d.id, new Set(d.categories.map((c) => c.id))]));
    cache.set(catalog, m);
  }
  return m;
}

/**
 * The one check of a `categories` record against a measure and its catalog (observations,
 * report rows and targets alike): every dimension must be one the measure declares (and the
 * catalog has), every category one of that dimension's.
 */
export function categoryProblems(
  catalog: IndicatorCatalog,
  measure: Pick<Measure, 'disaggregation'>,
  categories: Categories | undefined,
): CategoryProblem[] {
  if (!categories) return [];
  const dims = dimensionCategories(catalog);
  const declared = measure.disaggregation?.dimensions ?? [];
  const out: CategoryProblem[] = [];
  for (const [dimension, category] of Object.entries(categories)) {
    const known = declared.includes(dimension) ? dims.get(dimension) : undefined;
    if (known === undefined) out.push({ dimension, code: 'unknown_dimension' });
    else if (!known.has(category)) out.push({ dimension, code: 'unknown_category' });
  }
  return out;
}

/**
 * The categories a measure's figures are asked for beside its total (phân tổ): a record per
 * category of each dimension the measure declares and the catalog has, one dimension at a time,
 * in the catalog's order of dimensions and of their categories (`[{ sex: 'male' }, { sex:
 * 'female' }]`). The one layout of the template workbook's rows and of the report form's.
 */
export function categorySplits(
  measure: Pick<Measure, 'disaggregation'>,
  dimensions: readonly Dimension[] | undefined,
): Categories[] {
  const declared = measure.disaggregation?.dimensions ?? [];
  return (dimensions ?? [])
    .filter((d) => declared.includes(d.id))
    .flatMap((d) => d.categories.map((c) => ({ [d.id]: c.id })));
}

/**
 * A dimension as a sentence names it ("theo giới tính" / "by sex"): its title with a lower-case
 * first letter (English falls back to Vietnamese), or its id when the catalog lacks it.
 */
export function dimensionName(catalog: IndicatorCatalog, id: string): { vi: string; en: string } {
  const t = catalog.dimensions?.find((d) => d.id === id)?.title;
  const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1);
  return { vi: t ? lower(t.vi) : id, en: t ? lower(t.en ?? t.vi) : id };
}
