import { describe, expect, it } from 'vitest';
import { periodLabel } from '../src/index.js';

describe('periodLabel', () => {
  it.each([
    ['2026', 'năm 2026', '2026'],
    ['2026-H1', '6 tháng đầu năm 2026', 'first half of 2026'],
    ['2026-H2', '6 tháng cuối năm 2026', 'second half of 2026'],
    ['2026-Q1', 'quý I năm 2026', 'Q1 2026'],
    ['2026-Q3', 'quý III năm 2026', 'Q3 2026'],
    ['2026-Q4', 'quý IV năm 2026', 'Q4 2026'],
    ['2026-07', 'tháng 7 năm 2026', 'July 2026'],
    ['2026-12', 'tháng 12 năm 2026', 'December 2026'],
  ])('names %s as the documents do', (key, vi, en) => {
    expect(periodLabel(key, 'vi')).toBe(vi);
    expect(periodLabel(key, 'en')).toBe(en);
  });

  it('takes a year as a number', () => {
    expect(periodLabel(2025, 'vi')).toBe('năm 2025');
  });

  it('refuses what is not a period key', () => {
    expect(() => periodLabel('2026-Q5', 'vi')).toThrow(RangeError);
    expect(() => periodLabel('Q1', 'en')).toThrow(RangeError);
  });
});
