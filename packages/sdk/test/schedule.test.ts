import { describe, expect, it } from 'vitest';
import { isOverdue, localDate, localDateTime, reportDueDate } from '../src/index.js';
import { plan } from './fixtures/reform-2025.js';

const withDue = (month: number, day: number) => ({ reporting: { ...plan.reporting, due: { month, day } } });

describe('reportDueDate', () => {
  it('gives 15 December as an ISO date', () => {
    expect(reportDueDate(plan, 2025)).toBe('2025-12-15');
  });
  it('clamps a day past the month end', () => {
    expect(reportDueDate(withDue(4, 31), 2025)).toBe('2025-04-30');
    expect(reportDueDate(withDue(2, 31), 2024)).toBe('2024-02-29');
    expect(reportDueDate(withDue(2, 29), 2025)).toBe('2025-02-28');
    expect(reportDueDate(withDue(1, 5), 2025)).toBe('2025-01-05');
  });
});

describe('localDateTime', () => {
  it('gives the wall-clock time in Vietnam with its offset, whatever offset the instant was written in', () => {
    expect(localDateTime('2026-11-20T03:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2026-11-20T10:00:00+07:00');
    expect(localDateTime('2025-12-14T23:30:00.999Z', 'Asia/Ho_Chi_Minh')).toBe('2025-12-15T06:30:00+07:00');
    expect(localDateTime('2026-01-01T06:59:59+07:00', 'Asia/Ho_Chi_Minh')).toBe('2026-01-01T06:59:59+07:00');
    expect(localDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T14:00:00+02:00',
    );
    expect(localDateTime('2026-01-01T12:00:00Z', 'America/St_Johns')).toBe('2026-01-01T08:30:00-03:30');
    expect(() => localDateTime('not a time', 'Asia/Ho_Chi_Minh')).toThrow(RangeError);
  });
});

describe('isOverdue in Asia/Ho_Chi_Minh', () => {
  it('reads 23:30 UTC on 14 December as 15 December in Vietnam', () => {
    expect(localDate('2025-12-14T23:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2025-12-15');
    expect(localDate(new Date('2025-12-14T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-12-14');
    expect(isOverdue(plan, 2025, new Date('2025-12-14T23:30:00Z'))).toBe(false);
  });
  it('becomes overdue when the due day ends in Vietnam, not in UTC', () => {
    expect(isOverdue(plan, 2025, new Date('2025-12-15T16:59:59Z'))).toBe(false);
    expect(isOverdue(plan, 2025, new Date('2025-12-15T17:00:00Z'))).toBe(true);
    expect(isOverdue(plan, 2025, new Date('2025-12-15T20:00:00Z'))).toBe(true);
  });
  it('counts a submission on the due day (local) as on time and a later one as late', () => {
    const later = new Date('2026-01-10T00:00:00Z');
    expect(isOverdue(plan, 2025, later, '2025-12-15T16:30:00Z')).toBe(false);
    expect(isOverdue(plan, 2025, later, '2025-12-15T23:59:00+07:00')).toBe(false);
    expect(isOverdue(plan, 2025, later, '2025-12-15T17:30:00Z')).toBe(true);
    expect(isOverdue(plan, 2025, later, null)).toBe(true);
  });
  it('refuses an unreadable instant', () => {
    expect(() => isOverdue(plan, 2025, new Date(), 'yesterday')).toThrow(RangeError);
  });
});
