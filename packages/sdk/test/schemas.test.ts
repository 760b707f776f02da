import { describe, expect, it } from 'vitest';
import {
  bundleMessages,
  PartialDateSchema,
  ReportContentSchema,
  SourceSchema,
  toFieldErrors,
  validate,
} from '../src/index.js';

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

describe('SourceSchema url', () => {
  it('takes an absolute http(s) address and refuses others, naming the rule', () => {
    for (const url of ['https://thuvienphapluat.vn/van-ban/a?x=1#y', 'HTTP://baochinhphu.vn'])
      expect(SourceSchema.safeParse({ title: 'Nguồn', url }).success).toBe(true);
    for (const url of ['http:/x.vn', 'ftp://x.vn', 'https://', 'https://a b.vn', 'javascript:alert(1)']) {
      const r = SourceSchema.safeParse({ title: 'Nguồn', url });
      expect(r.success).toBe(false);
      expect(toFieldErrors(r.error?.issues ?? [], bundleMessages)).toEqual([
        {
          path: 'url',
          code: 'http_url',
          message: {
            vi: 'Trường url: cần một địa chỉ http:// hoặc https://',
            en: 'Field url: expected an http:// or https:// address',
          },
        },
      ]);
    }
  });
});
