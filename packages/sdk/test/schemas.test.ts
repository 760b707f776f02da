import { describe, expect, it } from 'vitest';
import { PartialDateSchema, ReportContentSchema, validate } from '../src/index.js';

describe('schemas', () => {
  it('keeps a date known only to the month', () => {
    expect(PartialDateSchema.parse({ year: 2021, month: 2 })).toEqual({ year: 2021, month: 2 });
  });

  it('rejects a day without a month and a day that does not exist', () => {
    expect(validate(PartialDateSchema, { year: 2021, day: 3 }).success).toBe(false);
    const r = validate(PartialDateSchema, { year: 2021, month: 2, day: 29 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors[0]?.path).toBe('day');
  });

  it('names the field and the expectation in Vietnamese and English', () => {
    const r = validate(ReportContentSchema, {
      tasks: [],
      measures: [],
      budget: [{ fundingId: 'III.1', planned: 10, spent: -5 }],
      difficulties: '',
      recommendations: '',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors).toEqual([
      {
        path: 'budget.0.spent',
        code: 'too_small',
        message: {
          vi: 'Trường budget.0.spent: cần một số ≥ 0',
          en: 'Field budget.0.spent: expected a number ≥ 0',
        },
      },
    ]);
  });

  it('refuses a numerator above its denominator and a missing value without a note', () => {
    const r = validate(ReportContentSchema, {
      tasks: [],
      measures: [
        { measureId: 'qd23.5a', value: 120, numerator: 120, denominator: 100, dataSource: '', note: '' },
        { measureId: 'qd23.5b', value: null, dataSource: '', note: '' },
      ],
      budget: [],
      difficulties: '',
      recommendations: '',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ['measures.0.numerator', 'numerator_above_denominator'],
      ['measures.1.note', 'missing_value_needs_note'],
    ]);
  });
});
