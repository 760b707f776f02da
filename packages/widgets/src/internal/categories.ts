import type { Categories, Dimension, Lang } from '@kehoach/sdk';
import { pick } from './i18n.js';

/**
 * A series' categories (phân tổ) by name, "Nông thôn · Nữ": each category's title from the
 * catalog's `dimensions`, its id when they do not name it. Text only; the card and the dashboard
 * both name their breakdown rows with it.
 */
export function categoryLabel(
  categories: Categories,
  dimensions: readonly Dimension[] | undefined,
  lang: Lang,
): string {
  return Object.entries(categories)
    .map(([dimension, id]) => {
      const c = dimensions?.find((x) => x.id === dimension)?.categories.find((x) => x.id === id);
      return c ? pick(c.title, lang) : id;
    })
    .join(' · ');
}
