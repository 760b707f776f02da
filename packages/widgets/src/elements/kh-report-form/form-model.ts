import {
  type AgencyDuties,
  derivedValue,
  type FundingProvision,
  type Lang,
  type LocalizedText,
  type Measure,
  type ReportContent,
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
}
/** The rows the form shows, in order; field paths index into these. */
export interface Layout {
  tasks: TaskRow[];
  measures: MeasureRow[];
  budget: FundingProvision[];
}
/** Which form rows a content's arrays hold: content index → form row index. */
export interface RowIndex {
  tasks: number[];
  measures: number[];
  budget: number[];
}
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
const rowIds = (layout: Layout, kind: Kind) =>
  kind === 'measures' ? layout.measures.map((r) => r.measure.id) : layout[kind].map((r) => r.id);

export function buildLayout(
  duties: AgencyDuties,
  groups: { number: number; title: LocalizedText; tasks: { id: string }[] }[],
  funding: FundingProvision[],
  lastYear: Record<string, number>,
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
    })),
    budget: funding.filter((f) => f.isSource),
  };
}

/** The form's texts for a stored content (numbers written in `lang`). */
export function valuesFromContent(content: ReportContent, layout: Layout, lang: Lang): Values {
  const v: Values = {};
  for (const kind of Object.keys(ROWS) as Kind[]) {
    const [key, ...fields] = ROWS[kind];
    rowIds(layout, kind).forEach((id, i) => {
      const entry = (content[kind] as Record<string, unknown>[]).find((x) => x[key] === id && !x.unitId);
      for (const f of fields) {
        const x = entry?.[f];
        if (typeof x === 'number') v[`${kind}.${i}.${f}`] = formatInput(x, lang);
        else if (typeof x === 'string' && x) v[`${kind}.${i}.${f}`] = x;
      }
    });
  }
  for (const f of ['difficulties', 'recommendations'] as const) if (content[f]) v[f] = content[f];
  return v;
}

/**
 * The content for the texts of the form, and which rows it holds. `submit` holds every task and
 * measure (a blank one fails the schema, which is what makes it required) and every budget line
 * with a figure; `draft` only the rows the officer has written something in, so that a draft
 * can be kept on the server before the report is complete. Blank numbers are left out (a blank
 * value is null); unreadable ones are NaN, which the schema refuses.
 */
export function contentFromValues(
  values: Values,
  layout: Layout,
  lang: Lang,
  mode: 'submit' | 'draft',
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
    rowIds(layout, kind).forEach((id, i) => {
      const p = `${kind}.${i}.`;
      if ((mode === 'draft' || kind === 'budget') && !fields.some((f) => get(p + f))) return;
      const row: Record<string, unknown> = { [key]: id };
      for (const f of fields) {
        const raw = get(p + f);
        if (NUMERIC.has(f)) row[f] = raw ? parseNumber(raw, lang) : f === 'value' ? null : undefined;
        else if (raw || f !== 'explanation') row[f] = raw;
      }
      if (kind === 'measures') {
        const d = derivedOf(values, layout, lang, i);
        if (d !== undefined) row.value = d;
      }
      index[kind].push(i);
      rows.push(row);
    });
    content[kind] = rows;
  }
  return { content: content as ReportContent, index };
}
/** Whether a path holds a number (formatted in the officer's language on blur). */
export const isNumeric = (path: string): boolean => NUMERIC.has(path.slice(path.lastIndexOf('.') + 1));

/**
 * The value of measure row `i` derived from the numerator and denominator typed (sdk
 * `derivedValue`), once both read as numbers; undefined for counts and until then. The form shows
 * it read-only in place of a typed value, which it keeps for when the parts are cleared.
 */
export function derivedOf(values: Values, layout: Layout, lang: Lang, i: number): number | undefined {
  const kind = layout.measures[i]?.measure.unit.kind;
  const n = parseNumber(values[`measures.${i}.numerator`] ?? '', lang);
  const d = parseNumber(values[`measures.${i}.denominator`] ?? '', lang);
  return kind && n !== undefined && d !== undefined ? derivedValue(kind, n, d) : undefined;
}
