import type { FieldError } from '../i18n/validation.js';
import type { Plan } from '../schemas/plan.js';

/**
 * The field error for a `year` outside the plan's period (`year_out_of_range`, naming the
 * period in both languages), or null when the plan covers it. `path` names the field, by default
 * the `year` path parameter of the report routes.
 */
export function planYearError(
  plan: Pick<Plan, 'period'>,
  year: number,
  path = 'params.year',
): FieldError | null {
  const { from, to } = plan.period;
  if (year >= from && year <= to) return null;
  return {
    path,
    code: 'year_out_of_range',
    message: {
      vi: `Trường ${path}: cần một năm trong giai đoạn ${from}–${to} của kế hoạch`,
      en: `Field ${path}: expected a year within the plan's period ${from}–${to}`,
    },
  };
}
