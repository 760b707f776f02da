import type { Bilingual } from '../i18n/messages.js';
import type { FieldError } from '../i18n/validation.js';
import { TaskProgressSchema } from '../schemas/report.js';

/**
 * What the agency answers for, in the order its report lists them: the sdk's `AgencyDuties`
 * (from `agencyDuties`) fits as is; a server holding only ids may pass them in the same order.
 */
export type ReadinessDuties =
  | {
      tasks: readonly { task: { id: string } }[];
      measures: readonly { measure: { id: string } }[];
    }
  | { taskIds: Iterable<string>; measureIds: Iterable<string> };

/** The part of a report's content readiness looks at; a `ReportContent` fits. */
export interface ReadinessContent {
  tasks: readonly { taskId: string; status?: unknown }[];
  measures: readonly { measureId: string; unitId?: string; value?: number | null; note?: string }[];
}

/** Input of {@link reportReadiness}. */
export interface ReadinessInput {
  content: ReadinessContent;
  duties: ReadinessDuties;
  /**
   * Prefix of every path, e.g. `content.` when the content sits in a request body as `content`
   * (what the reference server sends). Default none: `tasks.3.status`.
   */
  pathPrefix?: string;
}

/** Result of {@link reportReadiness}. */
export interface Readiness {
  /** True when the report may be submitted (no errors). */
  ready: boolean;
  /** One `required_for_submit` error per missing answer, tasks first, in the duties' order. */
  errors: FieldError[];
  /** How many of the tasks and measures the agency answers for are answered. */
  answered: { tasks: number; measures: number };
  /** How many tasks and measures the agency answers for. */
  total: { tasks: number; measures: number };
}

/** Code of every readiness error. */
export const REQUIRED_FOR_SUBMIT = 'required_for_submit';

const TASK_STATUSES: ReadonlySet<unknown> = new Set(TaskProgressSchema.options);

function ids(duties: ReadinessDuties): { tasks: string[]; measures: string[] } {
  if ('taskIds' in duties) return { tasks: [...duties.taskIds], measures: [...duties.measureIds] };
  return { tasks: duties.tasks.map((d) => d.task.id), measures: duties.measures.map((d) => d.measure.id) };
}

function error(path: string, what: Bilingual): FieldError {
  return {
    path,
    code: REQUIRED_FOR_SUBMIT,
    message: {
      vi: `Trường ${path}: cần ${what.vi} trước khi nộp`,
      en: `Field ${path}: expected ${what.en} before submitting`,
    },
  };
}

/**
 * Whether a yearly report is complete enough to submit (đủ điều kiện nộp): every task the agency
 * answers for has a status (any of not started, in progress, completed, not applicable), and
 * every measure it answers for has a value — or a note saying why there is none. Schema checks
 * (types, bounds, a note when the value is null …) stay with `ReportContentSchema`; this is the
 * rule on top of them that applies to a submission only, never to a draft.
 *
 * Paths point at the entry the officer must fill: `tasks.3.status` when the content holds the
 * task at index 3 without a valid status; when the content lacks the task altogether, the index
 * is its position among the duties (the row the report form shows, and the index the form sends
 * it at). Measures likewise at `measures.N.value`. Messages are in Vietnamese and English.
 * Pure: no I/O, no clock; runs in the browser and on the server.
 * @example
 * const duties = agencyDuties({ plan, catalog, registry, agencyId, date: reportDueDate(plan, 2026) });
 * const { ready, errors } = reportReadiness({ content, duties });
 */
export function reportReadiness(input: ReadinessInput): Readiness {
  const prefix = input.pathPrefix ?? '';
  const { tasks, measures } = ids(input.duties);
  const { content } = input;
  const errors: FieldError[] = [];
  let answeredTasks = 0;
  let answeredMeasures = 0;

  const taskIndex = new Map<string, number>();
  content.tasks.forEach((t, i) => {
    if (!taskIndex.has(t.taskId)) taskIndex.set(t.taskId, i);
  });
  tasks.forEach((id, row) => {
    const i = taskIndex.get(id);
    if (i !== undefined && TASK_STATUSES.has(content.tasks[i]!.status)) {
      answeredTasks++;
      return;
    }
    errors.push(
      error(`${prefix}tasks.${i ?? row}.status`, {
        vi: `trạng thái thực hiện của nhiệm vụ ${id}`,
        en: `the status of task ${id}`,
      }),
    );
  });

  // The agency's own value: the entry without `unitId`, else the first one of the measure.
  const measureIndex = new Map<string, number>();
  content.measures.forEach((m, i) => {
    const known = measureIndex.get(m.measureId);
    if (known === undefined || (content.measures[known]!.unitId !== undefined && m.unitId === undefined))
      measureIndex.set(m.measureId, i);
  });
  measures.forEach((id, row) => {
    const i = measureIndex.get(id);
    const m = i === undefined ? undefined : content.measures[i];
    const hasValue = typeof m?.value === 'number' && Number.isFinite(m.value);
    const hasNote = typeof m?.note === 'string' && m.note.trim().length > 0;
    if (hasValue || hasNote) {
      answeredMeasures++;
      return;
    }
    errors.push(
      error(`${prefix}measures.${i ?? row}.value`, {
        vi: `số liệu của chỉ số ${id}, hoặc ghi chú lý do chưa có số liệu,`,
        en: `a value for measure ${id}, or a note saying why there is none,`,
      }),
    );
  });

  return {
    ready: errors.length === 0,
    errors,
    answered: { tasks: answeredTasks, measures: answeredMeasures },
    total: { tasks: tasks.length, measures: measures.length },
  };
}
