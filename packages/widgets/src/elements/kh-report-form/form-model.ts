import {
  type AgencyDuties,
  type Categories,
  categorySplits,
  type Dimension,
  derivedValue,
  type FundingProvision,
  type Lang,
  type LocalizedText,
  type Measure,
  type ReportContent,
  seriesKey,
} from '@kehoach/sdk';
import { formatInput, parseNumber } from './number-format.js';

/** A task row of the form: what the agency answers for and who the plan named. */
export interface TaskRow {
  id: string;
  /** "1.a": task group number and task letter as printed. */
  code: string;
  text: LocalizedText;
  /** Agencies as named in the plan for this task. */
  asIssued: string[];
}
export interface MeasureRow {
  measure: Measure;
  asIssued: string[];
  /** Last year's published value, when known. */
  lastYear: number | undefined;
  /**
   * The categories (phân tổ) of the rows under the total's, `measures.<i>.<j>` (sdk
   * `categorySplits`: a row per category of each dimension the measure declares).
   */
  parts: Categories[];
}
/** The rows the form shows, in order; field paths index into these. */
export interface Layout {
  tasks: TaskRow[];
  measures: MeasureRow[];
  budget: FundingProvision[];
}
/**
 * Which form rows a content's arrays hold: content index → the form row's path after its kind
 * (`2`, or `2.1` for measure 2's second category; `2.kept` for a loaded row the form does not show).
 */
export type RowIndex = Record<Kind, string[]>;
/** Raw field texts by path (`measures.2.value`). */
export type Values = Record<string, string>;

/** Fields of each kind of row, in the order the schema has them; the key names the row's item. */
const ROWS = {
  tasks: ['taskId', 'status', 'results'],
  measures: ['measureId', 'value', 'numerator', 'denominator', 'dataSource', 'note', 'explanation'],
  budget: ['fundingId', 'planned', 'spent'],
} as const;
type Kind = keyof typeof ROWS;
const NUMERIC = new Set(['value', 'numerator', 'denominator', 'planned', 'spent']);
/** A row of fields: its item's id, its path (`measures.2`, `measures.2.1`) and, for a part, its categories. */
interface Line {
  id: string;
  path: string;
  categories?: Categories;
}
const lines = (layout: Layout, kind: Kind): Line[] =>
  kind === 'measures'
    ? layout.measures.flatMap((r, i) => [
        { id: r.measure.id, path: `measures.${i}` },
        ...r.parts.map((categories, j) => ({ id: r.measure.id, path: `measures.${i}.${j}`, categories })),
      ])
    : layout[kind].map((r, i) => ({ id: r.id, path: `${kind}.${i}` }));
/** Whether a stored entry is the one of a line: same item, the agency's own unit, same categories. */
const isOf = (x: Record<string, unknown>, key: string, line: Line) =>
  x[key] === line.id && !x.unitId && seriesKey(x.categories as Categories) === seriesKey(line.categories);

export function buildLayout(
  duties: AgencyDuties,
  groups: { number: number; title: LocalizedText; tasks: { id: string }[] }[],
  funding: FundingProvision[],
  lastYear: Record<string, number>,
  dimensions?: readonly Dimension[],
): Layout {
  const groupOf = new Map(groups.flatMap((g) => g.tasks.map((t) => [t.id, g] as const)));
  const named = (links: { asIssuedAgencyId: string }[]) => [...new Set(links.map((l) => l.asIssuedAgencyId))];
  return {
    tasks: duties.tasks.map((d) => {
      const g = groupOf.get(d.task.id);
      return {
        id: d.task.id,
        code: `${g?.number ?? ''}.${d.task.label}`,
        text: d.task.text,
        asIssued: named(d.links),
      };
    }),
    measures: duties.measures.map((d) => ({
      measure: d.measure,
      asIssued: named(d.links),
      lastYear: lastYear[d.measure.id],
      parts: categorySplits(d.measure, dimensions),
    })),
    budget: funding.filter((f) => f.isSource),
  };
}

/** The form's texts for a stored content (numbers written in `lang`). */
export function valuesFromContent(content: ReportContent, layout: Layout, lang: Lang): Values {
  const v: Values = {};
  for (const kind of Object.keys(ROWS) as Kind[]) {
    const [key, ...fields] = ROWS[kind];
    for (const line of lines(layout, kind)) {
      const entry = (content[kind] as Record<string, unknown>[]).find((x) => isOf(x, key, line));
      for (const f of fields) {
        const x = entry?.[f];
        if (typeof x === 'number') v[`${line.path}.${f}`] = formatInput(x, lang);
        else if (typeof x === 'string' && x) v[`${line.path}.${f}`] = x;
      }
    }
  }
  for (const f of ['difficulties', 'recommendations'] as const) if (content[f]) v[f] = content[f];
  return v;
}

/**
 * The content for the texts of the form, and which rows it holds. `submit` holds every task and
 * measure (a blank one fails the schema, which is what makes it required) and every budget line
 * with a figure; `draft` only the rows the officer has written something in, so that a draft
 * can be kept on the server before the report is complete. Blank numbers are left out (a blank
 * value is null); unreadable ones are NaN, which the schema refuses. A measure's row by category
 * goes only once something is written in it, with its `categories`, after the total's. Rows of
 * `loaded` (the stored report) that no row of the form shows — another unit's, categories the
 * measure no longer declares or a combination of them — go back as they were: the form never
 * drops what someone entered elsewhere.
 */
export function contentFromValues(
  values: Values,
  layout: Layout,
  lang: Lang,
  mode: 'submit' | 'draft',
  loaded?: ReportContent,
): { content: ReportContent; index: RowIndex } {
  const get = (path: string) => values[path]?.trim() ?? '';
  const index: RowIndex = { tasks: [], measures: [], budget: [] };
  const content = { difficulties: get('difficulties'), recommendations: get('recommendations') } as Record<
    string,
    unknown
  >;
  for (const kind of Object.keys(ROWS) as Kind[]) {
    const [key, ...fields] = ROWS[kind];
    const rows: Record<string, unknown>[] = [];
    const all = lines(layout, kind);
    for (const line of all) {
      const p = `${line.path}.`;
      if ((mode === 'draft' || kind === 'budget' || line.categories) && !fields.some((f) => get(p + f)))
        continue;
      const row: Record<string, unknown> = { [key]: line.id };
      if (line.categories) row.categories = line.categories;
      for (const f of fields) {
        const raw = get(p + f);
        if (NUMERIC.has(f)) row[f] = raw ? parseNumber(raw, lang) : f === 'value' ? null : undefined;
        else if (raw || f !== 'explanation') row[f] = raw;
      }
      if (kind === 'measures') {
        const d = derivedOf(values, layout, lang, line.path);
        if (d !== undefined) row.value = d;
      }
      index[kind].push(line.path.slice(kind.length + 1));
      rows.push(row);
    }
    if (kind === 'measures')
      for (const x of loaded?.measures ?? []) {
        const i = layout.measures.findIndex((r) => r.measure.id === x.measureId);
        if (i < 0 || all.some((l) => isOf(x, key, l))) continue;
        index.measures.push(`${i}.kept`);
        rows.push(x);
      }
    content[kind] = rows;
  }
  return { content: content as ReportContent, index };
}
/** Whether a path holds a number (formatted in the officer's language on blur). */
export const isNumeric = (path: string): boolean => NUMERIC.has(path.slice(path.lastIndexOf('.') + 1));

/**
 * The value of the measure row at `path` (`measures.2`, or `measures.2.1` for a category) derived
 * from the numerator and denominator typed (sdk `derivedValue`), once both read as numbers;
 * undefined for counts and until then. The form shows it read-only in place of a typed value,
 * which it keeps for when the parts are cleared.
 */
export function derivedOf(values: Values, layout: Layout, lang: Lang, path: string): number | undefined {
  const kind = layout.measures[Number(path.split('.')[1])]?.measure.unit.kind;
  const n = parseNumber(values[`${path}.numerator`] ?? '', lang);
  const d = parseNumber(values[`${path}.denominator`] ?? '', lang);
  return kind && n !== undefined && d !== undefined ? derivedValue(kind, n, d) : undefined;
}
