import { dakNong2021 } from '@kehoach/plans';
import { describe, expect, it } from 'vitest';
import { partialDateText, planReference, reportSubject, timeText } from '../src/exports/data.js';

describe('the words of the consolidated report', () => {
  it('writes a date as issued, blanks kept blank, with the leading zeros of Decree 30/2020', () => {
    expect(partialDateText({ year: 2021, month: 2 })).toBe('ngày … tháng 02 năm 2021');
    expect(partialDateText({ year: 2021, month: 1, day: 5 })).toBe('ngày 05 tháng 01 năm 2021');
    expect(partialDateText({ year: 2021, month: 11, day: 25 })).toBe('ngày 25 tháng 11 năm 2021');
    expect(partialDateText({ year: 2021, month: 3, day: 9 })).toBe('ngày 09 tháng 3 năm 2021');
    expect(partialDateText({ year: 2021 })).toBe('ngày … tháng … năm 2021');
  });

  it('cites the plan by its number as issued: a blank number stays a blank', () => {
    expect(planReference(dakNong2021)).toBe('Kế hoạch số       /KH-UBND ngày … tháng 02 năm 2021');
    const numbered = {
      ...dakNong2021,
      number: { asIssued: 'Số: 45/KH-UBND', value: '45/KH-UBND' },
      issued: { year: 2021, month: 2, day: 8 },
    };
    expect(planReference(numbered)).toBe('Kế hoạch số 45/KH-UBND ngày 08 tháng 02 năm 2021');
  });

  it('says the subject once, the plan’s title following its kind', () => {
    expect(reportSubject(dakNong2021, 2026)).toBe(
      'Kết quả thực hiện Kế hoạch triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 năm 2026',
    );
  });

  it('shows a time in the plan’s zone with the offset', () => {
    expect(timeText('2026-11-19T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('00:30 ngày 20/11/2026 (UTC+07:00)');
    expect(timeText('2026-12-15T23:59:00+07:00', 'Asia/Ho_Chi_Minh')).toBe(
      '23:59 ngày 15/12/2026 (UTC+07:00)',
    );
  });
});
