import { isWeekend } from '../schedule/working-days.js';
import type { ReportingRule } from '../schemas/plan.js';
import type { PlanRuleIssue } from './target-rules.js';

/**
 * The rules of a plan's working-day calendar, checked where bundles are written rather than in
 * `ReportingRuleSchema` (each check there weighs in every widget that reads a plan): a day of
 * `workingWeekends` (ngày làm bù) is a Saturday or a Sunday (`working_weekend_weekday`) and not
 * also among the `holidays` (`working_weekend_holiday`). Paths from the plan; pure; list order.
 */
export function reportingCalendarErrors(
  reporting: Pick<ReportingRule, 'holidays' | 'workingWeekends'>,
): PlanRuleIssue[] {
  const off = new Set(reporting.holidays);
  const out: PlanRuleIssue[] = [];
  (reporting.workingWeekends ?? []).forEach((day, i) => {
    const path = ['reporting', 'workingWeekends', i];
    if (!isWeekend(day)) out.push({ path, code: 'working_weekend_weekday' });
    else if (off.has(day)) out.push({ path, code: 'working_weekend_holiday' });
  });
  return out;
}
