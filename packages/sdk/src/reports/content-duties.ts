import type { FieldError } from '../i18n/validation.js';
import { toFieldErrors } from '../i18n/validation.js';

/** The ids an agency answers for in a year's report (a server may hold only these). */
export interface DutyIds {
  taskIds: ReadonlySet<string>;
  measureIds: ReadonlySet<string>;
  /** The plan's funding sources: every agency may report spending against any of them. */
  fundingIds: ReadonlySet<string>;
}

/** The part of a report's content {@link contentDutyErrors} looks at; a `ReportContent` fits. */
export interface DutyContent {
  tasks: readonly { taskId: string }[];
  measures: readonly { measureId: string; unitId?: string }[];
  budget: readonly { fundingId: string }[];
}

/**
 * Field errors for entries of a report's content that the agency does not answer for: a task
 * (`unknown_task`), measure (`unknown_measure`) or funding source (`unknown_funding`) outside
 * `duties`, then a measure value for a unit not in `unitIds` (`unknown_unit`) or, when
 * `jurisdiction` is given (the sdk's `jurisdictionUnitIds` of the reporting agency), for a unit
 * of the registry the agency does not answer for (`outside_jurisdiction`: the commune-level
 * committees giving the province's figure). Paths are those of a draft or submit request body,
 * e.g. `content.measures.3.measureId`. Empty when all fit.
 */
export function contentDutyErrors(
  content: DutyContent,
  duties: DutyIds,
  unitIds: ReadonlySet<string>,
  jurisdiction?: ReadonlySet<string>,
): FieldError[] {
  const issues: { code: string; path: (string | number)[]; message: string }[] = [];
  content.tasks.forEach((t, i) => {
    if (!duties.taskIds.has(t.taskId))
      issues.push({ code: 'custom', path: ['content', 'tasks', i, 'taskId'], message: 'unknown_task' });
  });
  content.measures.forEach((m, i) => {
    if (!duties.measureIds.has(m.measureId))
      issues.push({
        code: 'custom',
        path: ['content', 'measures', i, 'measureId'],
        message: 'unknown_measure',
      });
  });
  content.budget.forEach((b, i) => {
    if (!duties.fundingIds.has(b.fundingId))
      issues.push({
        code: 'custom',
        path: ['content', 'budget', i, 'fundingId'],
        message: 'unknown_funding',
      });
  });
  const errors = toFieldErrors(issues);
  content.measures.forEach((m, i) => {
    if (m.unitId === undefined) return;
    const path = `content.measures.${i}.unitId`;
    if (!unitIds.has(m.unitId))
      errors.push({
        path,
        code: 'unknown_unit',
        message: {
          vi: `Trường ${path}: cần đơn vị hành chính có trong danh mục của kế hoạch`,
          en: `Field ${path}: expected an administrative unit of the plan's registry`,
        },
      });
    else if (jurisdiction !== undefined && !jurisdiction.has(m.unitId))
      errors.push({
        path,
        code: 'outside_jurisdiction',
        message: {
          vi: `Trường ${path}: cần đơn vị hành chính thuộc địa bàn cơ quan phụ trách; cơ quan không báo cáo số liệu cho đơn vị ${m.unitId}`,
          en: `Field ${path}: expected an administrative unit the agency answers for; it does not report figures for ${m.unitId}`,
        },
      });
  });
  return errors;
}
