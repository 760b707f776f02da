/**
 * Deadlines in working days (issue 8, point 5): `due: { workingDaysAfterWindow: n }`, the plan's
 * `holidays` and `workingWeekends`. Every expected day below is counted by hand on the 2026
 * calendar (1 January 2026 is a Thursday), as the comments show.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  bundleMessages,
  DueRuleSchema,
  isOverdue,
  type Plan,
  PlanSchema,
  type ReportingRule,
  reportDueDate,
  reportReferenceDate,
  toJsonSchema,
  validate,
  validateBundle,
} from '../src/index.js';

const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const tz = 'Asia/Ho_Chi_Minh';
type Rule = Pick<Plan, 'period' | 'reporting'>;
const plan = (reporting: Partial<ReportingRule>): Rule => ({
  period: { from: 2026, to: 2030 },
  reporting: { frequency: 'yearly', timeZone: tz, ...reporting } as ReportingRule,
});

describe('a deadline in working days', () => {
  it('skips the weekend after a window that ends on Saturday 14 March 2026 (Q1)', () => {
    // 14 March is a Saturday; Sunday 15 does not count: Monday 16 is the 1st, Tuesday 17 the 2nd.
    const q = plan({ frequency: 'quarterly', due: { workingDaysAfterWindow: 2 } });
    expect(reportDueDate(q, '2026-Q1')).toBe('2026-03-17');
    // The same count in calendar days is Monday 16 March.
    expect(reportDueDate(plan({ frequency: 'quarterly', due: { daysAfterWindow: 2 } }), '2026-Q1')).toBe(
      '2026-03-16',
    );
  });

  it('goes from a Friday to the Monday, and from a Thursday to the Friday', () => {
    const m = plan({ frequency: 'monthly', due: { workingDaysAfterWindow: 1 } });
    // 14 August 2026 is a Friday: Saturday 15 and Sunday 16 are skipped.
    expect(reportDueDate(m, '2026-08')).toBe('2026-08-17');
    // 14 May 2026 is a Thursday: the next day.
    expect(reportDueDate(m, '2026-05')).toBe('2026-05-15');
    // Two working days from Thursday 14 May: Friday 15, then Monday 18.
    const two = plan({ frequency: 'monthly', due: { workingDaysAfterWindow: 2 } });
    expect(reportDueDate(two, '2026-05')).toBe('2026-05-18');
  });

  it('skips the plan’s holidays (30 April and 1 May)', () => {
    // The plan's window ends Tuesday 28 April 2026. Wednesday 29 is the 1st working day; Thursday
    // 30 April and Friday 1 May are holidays, Saturday 2 and Sunday 3 the weekend: Monday 4 May.
    const rule = {
      frequency: 'monthly',
      window: { endDay: 28 },
      due: { workingDaysAfterWindow: 2 },
    } as const;
    expect(reportDueDate(plan({ ...rule, holidays: ['2026-04-30', '2026-05-01'] }), '2026-04')).toBe(
      '2026-05-04',
    );
    // Without them, Thursday 30 April is the 2nd.
    expect(reportDueDate(plan(rule), '2026-04')).toBe('2026-04-30');
  });

  it('crosses into the next year: 15 working days after 14 December 2026, 1 January off', () => {
    // Monday 14 December 2026. Working days: 15–18 Dec (1–4), 21–25 (5–9), 28–31 (10–13);
    // Friday 1 January 2027 is a holiday; Monday 4 January is the 14th, Tuesday 5 the 15th.
    const rule: Partial<ReportingRule> = { due: { workingDaysAfterWindow: 15 }, holidays: ['2027-01-01'] };
    expect(reportDueDate(plan(rule), 2026)).toBe('2027-01-05');
    expect(reportDueDate(plan({ ...rule, frequency: 'quarterly' }), '2026-Q4')).toBe('2027-01-05');
    // Without the holiday, Friday 1 January is the 14th and Monday 4 the 15th.
    expect(reportDueDate(plan({ due: { workingDaysAfterWindow: 15 } }), 2026)).toBe('2027-01-04');
    // The registry is read on that day too.
    expect(reportReferenceDate(plan(rule), 2026)).toBe('2027-01-05');
  });

  it('counts a weekend day worked (ngày làm bù) and ignores a holiday on a weekend', () => {
    // Saturday 15 August 2026 worked: the 1st working day after Friday 14 August.
    const worked = plan({
      frequency: 'monthly',
      due: { workingDaysAfterWindow: 1 },
      workingWeekends: ['2026-08-15'],
    });
    expect(reportDueDate(worked, '2026-08')).toBe('2026-08-15');
    // A holiday that falls on Sunday 16 August changes nothing: Monday 17 is still the 1st.
    const sunday = plan({
      frequency: 'monthly',
      due: { workingDaysAfterWindow: 1 },
      holidays: ['2026-08-16'],
    });
    expect(reportDueDate(sunday, '2026-08')).toBe('2026-08-17');
  });

  it('leaves calendar-day and fixed deadlines alone when holidays are given', () => {
    // Monday 16 March is a holiday of the plan, but `daysAfterWindow` counts calendar days.
    const cal = plan({ frequency: 'quarterly', due: { daysAfterWindow: 2 }, holidays: ['2026-03-16'] });
    expect(reportDueDate(cal, '2026-Q1')).toBe('2026-03-16');
    const fixed = plan({ due: { month: 12, day: 15 }, holidays: ['2026-12-15'] });
    expect(reportDueDate(fixed, 2026)).toBe('2026-12-15');
  });

  it('is a day of the plan’s calendar: overdue from midnight in Vietnam, whatever the zone counts', () => {
    const q = plan({ frequency: 'quarterly', due: { workingDaysAfterWindow: 2 } });
    // Due Tuesday 17 March 2026; it ends at 17:00 UTC (midnight in UTC+7).
    expect(isOverdue(q, '2026-Q1', new Date('2026-03-17T16:59:59Z'))).toBe(false);
    expect(isOverdue(q, '2026-Q1', new Date('2026-03-17T17:00:00Z'))).toBe(true);
    // A zone behind UTC names the same calendar day; only the instant it ends moves.
    const la = plan({
      frequency: 'quarterly',
      due: { workingDaysAfterWindow: 2 },
      timeZone: 'America/Los_Angeles',
    });
    expect(reportDueDate(la, '2026-Q1')).toBe('2026-03-17');
    expect(isOverdue(la, '2026-Q1', new Date('2026-03-18T06:59:59Z'))).toBe(false);
    expect(isOverdue(la, '2026-Q1', new Date('2026-03-18T07:00:00Z'))).toBe(true);
  });
});

describe('working days in bundles', () => {
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  addFormats(ajv);
  const check = ajv.compile(toJsonSchema(PlanSchema));
  const withRule = (reporting: object) => ({
    ...dakNong2021,
    reporting: { frequency: 'quarterly', timeZone: tz, ...reporting },
  });
  const errorsOf = (doc: unknown) => {
    const r = validate(PlanSchema, doc, bundleMessages);
    return r.success ? [] : r.errors;
  };

  it('accepts the working-day form, holidays and weekends worked, in the sdk and the JSON Schema', () => {
    for (const r of [
      { due: { workingDaysAfterWindow: 1 } },
      { due: { workingDaysAfterWindow: 60 }, holidays: ['2026-04-30', '2026-05-01', '2026-09-02'] },
      { due: { workingDaysAfterWindow: 2 }, holidays: ['2026-08-31'], workingWeekends: ['2026-08-15'] },
      // Days off recorded with a calendar-day deadline, or with none: allowed.
      { due: { daysAfterWindow: 6 }, holidays: ['2026-04-30'] },
      { holidays: [], workingWeekends: [] },
    ]) {
      const doc = withRule(r);
      expect(errorsOf(doc), JSON.stringify(r)).toEqual([]);
      expect(check(doc), JSON.stringify(r)).toBe(true);
    }
  });

  it('refuses bad counts, bad dates, duplicates and unknown keys, naming the path in both languages', () => {
    for (const [r, path, code] of [
      [{ due: { workingDaysAfterWindow: 0 } }, 'reporting.due.workingDaysAfterWindow', 'too_small'],
      [{ due: { workingDaysAfterWindow: 61 } }, 'reporting.due.workingDaysAfterWindow', 'too_big'],
      // Not a whole number fails every form of `due` alike: the error names `due`.
      [{ due: { workingDaysAfterWindow: 1.5 } }, 'reporting.due', 'invalid_union'],
      [{ due: { workingDaysAfterWindow: 2, holidays: [] } }, 'reporting.due.holidays', 'unrecognized_keys'],
      [{ due: { workingDaysAfterWindow: 2, daysAfterWindow: 2 } }, 'reporting.due', 'invalid_union'],
      [{ holidays: ['2026-02-30'] }, 'reporting.holidays.0', 'invalid_format'],
      [{ holidays: ['2026-04-30', '2026-4-30'] }, 'reporting.holidays.1', 'invalid_format'],
      [{ holidays: ['2026-04-30', '2026-05-01', '2026-04-30'] }, 'reporting.holidays.2', 'duplicate_date'],
      [{ workingWeekends: ['2026-08-15', '2026-08-15'] }, 'reporting.workingWeekends.1', 'duplicate_date'],
      [{ holidays: '2026-04-30' }, 'reporting.holidays', 'invalid_type'],
      [{ holiday: ['2026-04-30'] }, 'reporting.holiday', 'unrecognized_keys'],
    ] as const) {
      const doc = withRule(r);
      const errors = errorsOf(doc);
      expect(
        errors.map((e) => [e.path, e.code]),
        JSON.stringify(r),
      ).toEqual([[path, code]]);
      expect(errors[0]!.message.vi, JSON.stringify(r)).toContain(`Trường ${path}: cần`);
      expect(errors[0]!.message.en, JSON.stringify(r)).toContain(`Field ${path}: expected`);
      expect(check(doc), JSON.stringify(r)).toBe(false);
    }
    const [dup] = errorsOf(withRule({ holidays: ['2026-09-02', '2026-09-02'] }));
    expect(dup!.message).toEqual({
      vi: 'Trường reporting.holidays.1: cần mỗi ngày chỉ ghi một lần',
      en: 'Field reporting.holidays.1: expected each day only once',
    });
    const [big] = errorsOf(withRule({ due: { workingDaysAfterWindow: 61 } }));
    expect(big!.message.vi).toBe('Trường reporting.due.workingDaysAfterWindow: cần một số ≤ 60');
  });

  it('refuses, where bundles are written, a weekday or a holiday among the weekends worked', () => {
    const bundle = (reporting: object) => ({
      plan: { ...dakNong2021, reporting: { ...dakNong2021.reporting, ...reporting } },
      registry: dakNongRegistry,
      catalog: qd23,
    });
    // Friday 14 August 2026 is no weekend; Saturday 15 is, but is also listed as a holiday.
    const r = validateBundle(
      bundle({ workingWeekends: ['2026-08-14', '2026-08-15', '2026-08-22'], holidays: ['2026-08-15'] }),
    );
    expect(r.success).toBe(false);
    const errors = r.success ? [] : r.errors.map((e) => e.error);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['reporting.workingWeekends.0', 'working_weekend_weekday'],
      ['reporting.workingWeekends.1', 'working_weekend_holiday'],
    ]);
    expect(errors[0]!.message).toEqual({
      vi: 'Trường reporting.workingWeekends.0: cần một ngày thứ Bảy hoặc Chủ nhật (ngày làm bù)',
      en: 'Field reporting.workingWeekends.0: expected a Saturday or a Sunday (a weekend day worked)',
    });
    expect(errors[1]!.message.vi).toContain('không trùng ngày nghỉ');
    // Sunday 23 August worked, Saturday 15 off: a calendar the bundle may state.
    expect(
      validateBundle(bundle({ workingWeekends: ['2026-08-23'], holidays: ['2026-08-15'] })).success,
    ).toBe(true);
  });

  it('has the JSON Schema say the third form, strict, and the days as real, unique ISO dates', () => {
    const due = toJsonSchema(DueRuleSchema) as { anyOf: Record<string, unknown>[] };
    expect(due.anyOf[2]).toMatchObject({
      type: 'object',
      properties: { workingDaysAfterWindow: { type: 'integer', minimum: 1, maximum: 60 } },
      required: ['workingDaysAfterWindow'],
      additionalProperties: false,
    });
    const rule = toJsonSchema(PlanSchema) as {
      properties: { reporting: { properties: Record<string, { uniqueItems?: boolean; items?: object }> } };
    };
    for (const key of ['holidays', 'workingWeekends']) {
      const days = rule.properties.reporting.properties[key]!;
      expect(days).toMatchObject({ type: 'array', uniqueItems: true, maxItems: 1000 });
      expect(days.items).toMatchObject({ type: 'string', format: 'date' });
      const pattern = new RegExp((days.items as { pattern: string }).pattern);
      expect(['2026-04-30', '2028-02-29'].map((d) => pattern.test(d))).toEqual([true, true]);
      expect(['2026-02-29', '2026-4-30', '30/04/2026'].map((d) => pattern.test(d))).toEqual([
        false,
        false,
        false,
      ]);
    }
  });
});
