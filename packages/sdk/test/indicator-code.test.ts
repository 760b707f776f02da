import { describe, expect, it } from 'vitest';
import {
  bundleMessages,
  compareIndicatorCodes,
  INDICATOR_CODE_PATTERN,
  MeasureSchema,
  validate,
} from '../src/index.js';

describe('indicator codes', () => {
  it.each(['3', '3a', '3.1', '4a1', 'II.3', '17.2', '11b', 'IV.2.a', '3đ', '100'])('%s is a code', (code) => {
    expect(INDICATOR_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each([
    '',
    ' ',
    ' 3',
    '3 ',
    '3 a',
    '3-nam',
    '3A',
    '3..1',
    '.3',
    '3.',
    'a3',
    'ii.3',
    '3/1',
    '١٢',
    'x'.repeat(17),
    '1'.repeat(17),
  ])('%j is not', (code) => {
    expect(INDICATOR_CODE_PATTERN.test(code)).toBe(false);
  });

  it('a bad code is an error naming the field, in both languages', () => {
    const measure = {
      id: 'm',
      code: '3-nam',
      title: { vi: 'Tỷ lệ' },
      unit: { kind: 'percent' },
      direction: 'increase',
      targets: [],
    };
    expect(validate(MeasureSchema, measure, bundleMessages)).toEqual({
      success: false,
      errors: [
        {
          path: 'code',
          code: 'indicator_code',
          message: {
            vi: 'Trường code: cần mã như 3, 3a, 3.1, II.3',
            en: 'Field code: expected a code such as 3, 3a, 3.1, II.3',
          },
        },
      ],
    });
    expect(validate(MeasureSchema, { ...measure, code: 'II.3' }).success).toBe(true);
  });

  it('sort in natural order: numbers by value, letters before dots, Roman after Arabic', () => {
    const ordered = [
      '2',
      '3',
      '3a',
      '3b',
      '3d',
      '3đ',
      '3e',
      '3.1',
      '3.2',
      '3.10',
      '4a1',
      '4a2',
      '10',
      '17.2',
      'II.2',
      'II.3',
      'II.10',
      'IV.1',
      'IX.1',
      'X',
    ];
    // Every order of the input gives the same result (a reversed and a rotated copy).
    for (const input of [[...ordered].reverse(), [...ordered.slice(7), ...ordered.slice(0, 7)]]) {
      expect(input.sort(compareIndicatorCodes)).toEqual(ordered);
    }
    expect(compareIndicatorCodes('3a', '3a')).toBe(0);
    expect(Math.sign(compareIndicatorCodes('10', '9'))).toBe(1);
  });
});
