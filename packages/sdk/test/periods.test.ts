import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dakNong2021 } from '../../plans/src/index.js';
import {
  bundleMessages,
  comparePeriods,
  currentReportPeriods,
  formatPeriod,
  isOverdue,
  PERIOD_KEY_PATTERN,
  type Plan,
  PlanSchema,
  parsePeriod,
  periodWindow,
  planPeriods,
  REGIME_WINDOW,
  type ReportingRule,
  readPlanPeriod,
  reportDueDate,
  reportReferenceDate,
  toJsonSchema,
  validate,
  WindowRuleSchema,
} from '../src/index.js';

const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const tz = 'Asia/Ho_Chi_Minh';
type Rule = Pick<Plan, 'period' | 'reporting'>;
const plan = (reporting: Partial<ReportingRule>, period = { from: 2026, to: 2030 }): Rule => ({
  period,
  reporting: { frequency: 'yearly', timeZone: tz, ...reporting } as ReportingRule,
});
const win = (rule: Rule, key: string) => periodWindow(rule.reporting, parsePeriod(key)!);

describe('period keys', () => {
  it('reads every cadence and writes it back', () => {
    expect(parsePeriod('2026')).toEqual({ key: '2026', year: 2026, cadence: 'yearly', index: 1, months: 12 });
    expect(parsePeriod(2026)).toEqual({ key: '2026', year: 2026, cadence: 'yearly', index: 1, months: 12 });
    expect(parsePeriod('2026-H2')).toEqual({
      key: '2026-H2',
      year: 2026,
      cadence: 'six_monthly',
      index: 2,
      months: 6,
    });
    expect(parsePeriod('2026-Q3')).toEqual({
      key: '2026-Q3',
      year: 2026,
      cadence: 'quarterly',
      index: 3,
      months: 3,
    });
    expect(parsePeriod('2026-07')).toEqual({
      key: '2026-07',
      year: 2026,
      cadence: 'monthly',
      index: 7,
      months: 1,
    });
    for (const k of ['2026', '2026-H1', '2026-Q4', '2026-12', '1900-01', '2100-H2']) {
      const p = parsePeriod(k)!;
      expect(formatPeriod(p.year, p.cadence, p.index)).toBe(k);
    }
  });
  it('refuses what is not a key', () => {
    for (const k of [
      '26',
      '2026-H3',
      '2026-Q0',
      '2026-Q5',
      '2026-00',
      '2026-13',
      '2026-7',
      '2026-h1',
      '2101',
      '1899',
      ' 2026',
      '2026-',
      '2026-H1 ',
      '2026-S1',
    ])
      expect(parsePeriod(k), k).toBeNull();
  });
  it('says what PeriodKeySchema says, on every key of a range of years and on near misses', () => {
    const pattern = new RegExp(PERIOD_KEY_PATTERN);
    const candidates: string[] = [];
    for (const y of ['1899', '1900', '2026', '2099', '2100', '2101', '0026', '20260'])
      for (const s of [
        '',
        '-',
        '-H0',
        '-H1',
        '-H2',
        '-H3',
        '-Q0',
        '-Q1',
        '-Q4',
        '-Q5',
        '-00',
        '-01',
        '-1',
        '-09',
        '-10',
        '-12',
        '-13',
        '-H01',
        '-q1',
        '-M1',
      ])
        candidates.push(y + s);
    for (const k of candidates) expect(parsePeriod(k) !== null, k).toBe(pattern.test(k));
    expect(candidates.filter((k) => parsePeriod(k) !== null)).toHaveLength(4 * 9);
  });
  it('orders by start, the shorter first', () => {
    const keys = [
      '2027',
      '2026',
      '2026-H2',
      '2026-Q3',
      '2026-07',
      '2026-01',
      '2026-Q1',
      '2026-H1',
      '2025-12',
    ];
    expect([...keys].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026-01',
      '2026-Q1',
      '2026-H1',
      '2026',
      '2026-07',
      '2026-Q3',
      '2026-H2',
      '2027',
    ]);
    expect(() => comparePeriods('2026', 'x')).toThrow(RangeError);
  });
});

describe('cut-off windows', () => {
  it("are the regime's by default, for every cadence", () => {
    expect(win(plan({}), '2026')).toEqual({ from: '2025-12-15', to: '2026-12-14' });
    const half = plan({ frequency: 'six_monthly' });
    expect(win(half, '2026-H1')).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(win(half, '2026-H2')).toEqual({ from: '2026-06-15', to: '2026-12-14' });
    const q = plan({ frequency: 'quarterly' });
    expect(win(q, '2026-Q1')).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(win(q, '2026-Q3')).toEqual({ from: '2026-06-15', to: '2026-09-14' });
    const m = plan({ frequency: 'monthly' });
    expect(win(m, '2026-01')).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(win(m, '2026-03')).toEqual({ from: '2026-02-15', to: '2026-03-14' });
  });
  it('are data the plan schema reads', () => {
    expect(WindowRuleSchema.safeParse(REGIME_WINDOW).success).toBe(true);
  });
  it("follow the plan's own rule: calendar months, an earlier month, short months clamped", () => {
    const cal = plan({ frequency: 'quarterly', window: { endDay: 31 } });
    expect(win(cal, '2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(win(cal, '2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    const feb = plan({ frequency: 'monthly', window: { endDay: 30 } });
    expect(win(feb, '2028-02')).toEqual({ from: '2028-01-31', to: '2028-02-29' });
    expect(win(feb, '2028-03')).toEqual({ from: '2028-03-01', to: '2028-03-30' });
    const nov = plan({ window: { endDay: 30 } });
    expect(win(nov, '2026')).toEqual({ from: '2025-12-31', to: '2026-12-30' });
  });
  it('follow each other without gap or overlap', () => {
    for (const frequency of ['six_monthly', 'quarterly', 'monthly'] as const) {
      const p = plan({ frequency, window: { endDay: 20 } });
      const keys = planPeriods(p);
      for (let i = 1; i < keys.length; i++) {
        const prev = Date.parse(win(p, keys[i - 1]!).to);
        expect(Date.parse(win(p, keys[i]!).from) - prev).toBe(86_400_000);
      }
    }
  });
});

describe('due dates', () => {
  it('keep the yearly fixed day as it was (Đắk Nông: 15 December)', () => {
    expect(dakNong2021.reporting).toMatchObject({ frequency: 'yearly', due: { month: 12, day: 15 } });
    expect(reportDueDate(dakNong2021, 2025)).toBe('2025-12-15');
    expect(reportDueDate(dakNong2021, '2025')).toBe('2025-12-15');
  });
  it('may fall in the next calendar year: the report on 2025 due 15 January 2026', () => {
    // 32 days after the window's end, 14 December.
    expect(reportDueDate(plan({ due: { daysAfterWindow: 32 } }), 2025)).toBe('2026-01-15');
    const cal = plan({ frequency: 'six_monthly', window: { endDay: 31 }, due: { daysAfterWindow: 10 } });
    expect(reportDueDate(cal, '2026-H1')).toBe('2026-07-10');
    expect(reportDueDate(cal, '2026-H2')).toBe('2027-01-10');
  });
  it('count days after the window', () => {
    const two = plan({ frequency: 'quarterly', due: { daysAfterWindow: 2 } });
    expect(reportDueDate(two, '2026-Q1')).toBe('2026-03-16');
    expect(reportDueDate(two, '2026-Q4')).toBe('2026-12-16');
    // The 20th of each month, 6 days after the regime's 14th, whatever the month's length.
    const m = plan({ frequency: 'monthly', due: { daysAfterWindow: 6 } });
    expect(['2026-02', '2026-04', '2026-12'].map((k) => reportDueDate(m, k))).toEqual([
      '2026-02-20',
      '2026-04-20',
      '2026-12-20',
    ]);
    // From a calendar month's end the count crosses into the next month and year.
    const cal = plan({ frequency: 'monthly', window: { endDay: 31 }, due: { daysAfterWindow: 5 } });
    expect(reportDueDate(cal, '2028-02')).toBe('2028-03-05');
    expect(reportDueDate(cal, '2026-12')).toBe('2027-01-05');
  });
  it('are none without a rule; the reference date is then the period’s last day', () => {
    const p = plan({ frequency: 'quarterly' });
    expect(reportDueDate(p, '2026-Q3')).toBeNull();
    expect(reportReferenceDate(p, '2026-Q3')).toBe('2026-09-30');
    expect(reportReferenceDate(plan({ frequency: 'monthly' }), '2028-02')).toBe('2028-02-29');
    expect(reportReferenceDate(plan({}), 2026)).toBe('2026-12-31');
    expect(
      reportReferenceDate(plan({ frequency: 'six_monthly', due: { daysAfterWindow: 6 } }), '2026-H1'),
    ).toBe('2026-06-20');
    expect(() => reportDueDate(plan({ due: { month: 1, day: 1 } }), '2026-H3')).toThrow(RangeError);
  });
});

describe('overdue in the plan’s time zone', () => {
  const h = plan({ frequency: 'six_monthly', due: { daysAfterWindow: 6 } });
  it('turns at midnight of the due day in Vietnam, not in UTC', () => {
    expect(reportDueDate(h, '2026-H1')).toBe('2026-06-20');
    // 2026-06-20T16:59:59Z is 23:59:59 on the 20th in Vietnam (UTC+7): still on time.
    expect(isOverdue(h, '2026-H1', new Date('2026-06-20T16:59:59Z'))).toBe(false);
    expect(isOverdue(h, '2026-H1', new Date('2026-06-20T17:00:00Z'))).toBe(true);
    // Another zone moves the edge.
    const berlin = { ...h, reporting: { ...h.reporting, timeZone: 'Europe/Berlin' } };
    expect(isOverdue(berlin, '2026-H1', new Date('2026-06-20T21:59:59Z'))).toBe(false);
    expect(isOverdue(berlin, '2026-H1', new Date('2026-06-20T22:00:00Z'))).toBe(true);
  });
  it('counts a deadline in the next year: the 2025 report due 15 January 2026', () => {
    const y = plan({ due: { daysAfterWindow: 32 } }, { from: 2021, to: 2025 });
    expect(isOverdue(y, 2025, new Date('2025-12-31T12:00:00Z'))).toBe(false);
    expect(isOverdue(y, 2025, new Date('2026-01-15T16:59:59Z'))).toBe(false);
    expect(isOverdue(y, 2025, new Date('2026-01-15T17:00:00Z'))).toBe(true);
    expect(isOverdue(y, 2025, new Date('2026-02-01T00:00:00Z'), '2026-01-15T23:00:00+07:00')).toBe(false);
  });
});

describe('the periods of a plan', () => {
  it('are its cadence’s periods of every year of its period', () => {
    expect(planPeriods(plan({}, { from: 2026, to: 2027 }))).toEqual(['2026', '2027']);
    expect(planPeriods(plan({ frequency: 'six_monthly' }, { from: 2026, to: 2027 }))).toEqual([
      '2026-H1',
      '2026-H2',
      '2027-H1',
      '2027-H2',
    ]);
    expect(planPeriods(plan({ frequency: 'quarterly' }, { from: 2026, to: 2026 }))).toHaveLength(4);
    expect(planPeriods(plan({ frequency: 'monthly' }, { from: 2026, to: 2026 }))[11]).toBe('2026-12');
  });
  it('are what a route may name; others are refused naming the parameter in both languages', () => {
    const h = plan({ frequency: 'six_monthly' });
    expect(readPlanPeriod(h, '2026-H1').period?.key).toBe('2026-H1');
    const q = readPlanPeriod(h, '2026-Q1').error!;
    expect(q).toMatchObject({ path: 'params.year', code: 'period_cadence' });
    expect(q.message.vi).toContain('Trường params.year');
    expect(q.message.vi).toContain('6 tháng');
    expect(q.message.en).toContain('six-monthly');
    expect(readPlanPeriod(h, '2026').error?.code).toBe('period_cadence');
    expect(readPlanPeriod(h, '2031-H1').error?.code).toBe('year_out_of_range');
    const bad = readPlanPeriod(h, '2026-H3', 'query.year').error!;
    expect(bad).toMatchObject({ path: 'query.year', code: 'period_key' });
    expect(bad.message.en).toBe(
      'Field query.year: expected a reporting period such as 2026, 2026-H1, 2026-Q3, 2026-07',
    );
    // A yearly plan's routes take the year, as before periods existed.
    expect(readPlanPeriod(plan({}), 2026).period?.key).toBe('2026');
    expect(readPlanPeriod(plan({}), '2026-H1').error?.code).toBe('period_cadence');
  });
  it('that are owed now: this year’s, and earlier ones still to come due', () => {
    const h = plan({ frequency: 'six_monthly', due: { daysAfterWindow: 6 } });
    expect(currentReportPeriods(h, new Date('2026-03-01T00:00:00Z'))).toEqual(['2026-H1', '2026-H2']);
    // The year turns in Vietnam seven hours before UTC.
    expect(currentReportPeriods(h, new Date('2026-12-31T17:00:00Z'))).toEqual(['2027-H1', '2027-H2']);
    const y = plan({ due: { daysAfterWindow: 32 } }, { from: 2021, to: 2025 });
    expect(currentReportPeriods(y, new Date('2025-06-01T00:00:00Z'))).toEqual(['2025']);
    expect(currentReportPeriods(y, new Date('2026-01-10T00:00:00Z'))).toEqual(['2025']);
    expect(currentReportPeriods(y, new Date('2026-01-20T00:00:00Z'))).toEqual([]);
    expect(currentReportPeriods(dakNong2021, new Date('2031-01-01T00:00:00Z'))).toEqual([]);
    expect(currentReportPeriods(dakNong2021, new Date('2025-05-01T00:00:00Z'))).toEqual(['2025']);
  });
});

describe('the reporting rule in bundles', () => {
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  addFormats(ajv);
  const check = ajv.compile(toJsonSchema(PlanSchema));
  const errorsOf = (doc: unknown) => {
    const r = validate(PlanSchema, doc, bundleMessages);
    return r.success ? [] : r.errors;
  };
  const withRule = (reporting: object) => ({ ...dakNong2021, reporting: { timeZone: tz, ...reporting } });
  it('accepts every cadence, window and due form, in the sdk and the JSON Schema alike', () => {
    for (const r of [
      { frequency: 'yearly', due: { month: 12, day: 15 } },
      { frequency: 'yearly', due: { daysAfterWindow: 32 } },
      { frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
      { frequency: 'quarterly', window: { endDay: 31 }, due: { daysAfterWindow: 10 } },
      { frequency: 'monthly', window: { endDay: 20 } },
    ]) {
      const doc = withRule(r);
      expect(errorsOf(doc), JSON.stringify(r)).toEqual([]);
      expect(check(doc), JSON.stringify(r)).toBe(true);
    }
  });
  it('refuses a fixed day for a cadence that is not yearly, and bad parts, naming the path', () => {
    for (const [r, path] of [
      [{ frequency: 'quarterly', due: { month: 12, day: 15 } }, 'reporting.due'],
      [{ frequency: 'half_yearly' }, 'reporting.frequency'],
      [{ frequency: 'monthly', window: { endDay: 0 } }, 'reporting.window.endDay'],
      [{ frequency: 'monthly', window: { endDay: 14, quarter: 1 } }, 'reporting.window.quarter'],
      [{ frequency: 'yearly', due: { month: 1, day: 15, nextYear: true } }, 'reporting.due.nextYear'],
      [{ frequency: 'monthly', due: { daysAfterWindow: 0 } }, 'reporting.due.daysAfterWindow'],
      [{ frequency: 'monthly', due: { daysAfterWindow: 5, dayOfMonth: 5 } }, 'reporting.due.dayOfMonth'],
      [{ frequency: 'yearly', due: { month: 12, day: 15, daysAfterWindow: 5 } }, 'reporting.due'],
    ] as const) {
      const doc = withRule(r);
      const errors = errorsOf(doc);
      expect(
        errors.map((e) => e.path),
        JSON.stringify(r),
      ).toContain(path);
      expect(check(doc), JSON.stringify(r)).toBe(false);
    }
    const fixed = errorsOf(withRule({ frequency: 'quarterly', due: { month: 12, day: 15 } }))[0]!;
    expect(fixed.code).toBe('due_fixed_day_yearly_only');
    expect(fixed.message.vi).toContain('Trường reporting.due: cần hạn nộp tính từ ngày chốt số liệu');
    expect(fixed.message.en).toContain('(daysAfterWindow, workingDaysAfterWindow)');
  });
});
