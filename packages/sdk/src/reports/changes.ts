import { type ContentPath, contentPath, type MeasureReport, type ReportContent } from '../schemas/report.js';

/** A field's value before or after: text, a figure, or absent (`null`: a value not given). */
export type ChangeValue = string | number | null;

/**
 * One difference between two versions of a report's content (thay đổi so với bản đã trả lại).
 * `added`/`removed` name a whole row (a task, measure or budget line the other version lacks);
 * `changed` names one field, with its value before and after.
 */
export type ContentChange =
  | { kind: 'added' | 'removed'; path: ContentPath; row: 'tasks' | 'measures' | 'budget' }
  | { kind: 'changed'; path: ContentPath; before: ChangeValue; after: ChangeValue };

/** The fields of each kind of row that a change or a reviewer's comment can name. */
export const CONTENT_FIELDS = {
  tasks: ['status', 'results'],
  measures: ['value', 'numerator', 'denominator', 'dataSource', 'note', 'explanation'],
  budget: ['planned', 'spent'],
} as const;

type Row = Record<string, unknown>;

function rowChanges(
  kind: 'tasks' | 'measures' | 'budget',
  before: readonly Row[],
  after: readonly Row[],
  key: (r: Row) => { id: string; unitId?: string },
  fields: readonly string[],
  out: ContentChange[],
): void {
  const pathOf = (r: Row, field?: string) => {
    const k = key(r);
    return contentPath(kind, k.id, field, k.unitId);
  };
  const old = new Map(before.map((r) => [pathOf(r), r]));
  for (const r of after) {
    const path = pathOf(r);
    const was = old.get(path);
    old.delete(path);
    if (!was) {
      out.push({ kind: 'added', path, row: kind });
      continue;
    }
    for (const f of fields) {
      const b = given(was[f]);
      const a = given(r[f]);
      if (!Object.is(a, b)) out.push({ kind: 'changed', path: pathOf(r, f), before: b, after: a });
    }
  }
  for (const path of old.keys()) out.push({ kind: 'removed', path, row: kind });
}

/** Absent, undefined, null and an empty text all read as "not given"; texts compare as written. */
function given(v: unknown): ChangeValue {
  return typeof v === 'number' || (typeof v === 'string' && v !== '') ? v : null;
}

const measureKey = (m: Row) => {
  const r = m as unknown as MeasureReport;
  return r.unitId === undefined ? { id: r.measureId } : { id: r.measureId, unitId: r.unitId };
};

/**
 * What changed from `before` (the version the reviewer returned) to `after` (the version sent
 * back): task statuses and results, measure values, numerators, denominators, sources, notes and
 * explanations, budget lines, difficulties and recommendations. Rows are matched by id (and a
 * measure by its unit), so reordering is no change; an optional text left empty and one absent
 * are the same. In the order of `after`, rows only in `before` last within their kind. Pure.
 */
export function reportChanges(before: ReportContent, after: ReportContent): ContentChange[] {
  const out: ContentChange[] = [];
  rowChanges(
    'tasks',
    before.tasks,
    after.tasks,
    (t) => ({ id: t.taskId as string }),
    CONTENT_FIELDS.tasks,
    out,
  );
  rowChanges('measures', before.measures, after.measures, measureKey, CONTENT_FIELDS.measures, out);
  rowChanges(
    'budget',
    before.budget,
    after.budget,
    (b) => ({ id: b.fundingId as string }),
    CONTENT_FIELDS.budget,
    out,
  );
  for (const f of ['difficulties', 'recommendations'] as const)
    if (before[f] !== after[f]) out.push({ kind: 'changed', path: f, before: before[f], after: after[f] });
  return out;
}
