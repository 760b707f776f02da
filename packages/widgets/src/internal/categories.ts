import {
  breakdownGroups,
  type Categories,
  type Dimension,
  type Lang,
  type Measure,
  type ProgressStatus,
} from '@kehoach/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatValue } from './format.js';
import { pick } from './i18n.js';

const t = {
  byCategory: { vi: 'Theo nhóm phân tổ', en: 'By category' },
  category: { vi: 'Nhóm', en: 'Category' },
  latest: { vi: 'Mới nhất', en: 'Latest' },
  status: { vi: 'Đánh giá', en: 'Status' },
} as const;

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

/** A category series as {@link categoryBreakdown} reads it (a progress `breakdown` row). */
export interface BreakdownRow {
  categories: Categories;
  series: readonly { year: number; value: number }[];
  assessment: { status: ProgressStatus; latest: { year: number; value: number } | null };
}

/** What {@link categoryBreakdown} shows besides each category's latest value and status. */
export interface BreakdownView<R extends BreakdownRow> {
  /** The catalog's dimensions, which name the categories; without them the ids show. */
  dimensions: readonly Dimension[] | undefined;
  lang: Lang;
  /** The disclosure's text, "Theo nhóm phân tổ" by default. */
  summary?: string;
  open?: boolean;
  /** A status as the element shows the total's (its badge). */
  badge: (status: ProgressStatus) => TemplateResult;
  /** Columns between the latest value and the status (the dashboard's targets): headings and cells. */
  heads?: readonly string[];
  cells?: (row: R) => (TemplateResult | string)[];
}

/**
 * A measure's figures by category (phân tổ) in a disclosure (`<details>`): one table per group of
 * dimensions (sdk `breakdownGroups`: by sex, by area, by area × sex), captioned with the
 * dimensions' titles, a row per category with its latest value and its own status, as text. The
 * one rendering of the card's and the dashboard's breakdowns (part `categories` on each table).
 * Explicit roles keep the tables tables where a narrow widget stacks their cells.
 */
export function categoryBreakdown<R extends BreakdownRow>(
  measure: Pick<Measure, 'unit' | 'disaggregation'>,
  rows: readonly R[],
  v: BreakdownView<R>,
): TemplateResult {
  const { lang, dimensions, heads = [] } = v;
  const head = (text: string) => html`<th scope="col" role="columnheader">${text}</th>`;
  return html`<details ?open=${v.open}>
    <summary>${v.summary ?? t.byCategory[lang]}</summary>
    ${breakdownGroups(rows, measure.disaggregation?.dimensions, dimensions).map(
      (g) => html`<table part="categories" role="table">
        <caption>${g.dimensions
          .map((id) => {
            const d = dimensions?.find((x) => x.id === id);
            return d ? pick(d.title, lang) : id;
          })
          .join(' × ')}</caption>
        <thead role="rowgroup"><tr role="row">${head(t.category[lang])}<th scope="col" role="columnheader" class="num">${t.latest[lang]}</th>${heads.map(head)}${head(t.status[lang])}</tr></thead>
        <tbody role="rowgroup">
          ${g.rows.map((row) => {
            const latest = row.assessment.latest ?? row.series.at(-1);
            return html`<tr role="row">
              <th scope="row" role="rowheader">${categoryLabel(row.categories, dimensions, lang)}</th>
              <td role="cell" class="num" data-label=${t.latest[lang]}>${latest ? `${formatValue(latest.value, measure.unit, lang)} (${latest.year})` : '—'}</td>
              ${v.cells ? v.cells(row).map((c, i) => html`<td role="cell" data-label=${heads[i]!}>${c}</td>`) : nothing}
              <td role="cell" data-label=${t.status[lang]}>${v.badge(row.assessment.status)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`,
    )}
  </details>`;
}
