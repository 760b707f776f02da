import type { Categories } from './dimension.js';

/**
 * The one key of a series (chuỗi số liệu) of a measure: '' for the total (no categories, or an
 * empty record), else `dimension=category` pairs sorted by dimension and joined by `;`
 * (`area=rural;sex=female`). Ids cannot hold `=` or `;`, so the key is unambiguous. Reports'
 * duplicate rows, the additive check, aggregation and the server's uniqueness key all use it.
 */
export function seriesKey(categories: Categories | undefined | null): string {
  if (!categories) return '';
  return Object.keys(categories)
    .sort()
    .map((d) => `${d}=${categories[d]}`)
    .join(';');
}

/** The categories of a {@link seriesKey} (`{}` for the total). */
export function categoriesOfKey(key: string): Categories {
  const out: Categories = {};
  if (key === '') return out;
  for (const pair of key.split(';')) {
    const [d, c] = pair.split('=') as [string, string];
    out[d] = c;
  }
  return out;
}
