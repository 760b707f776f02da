import { describe, expect, it } from 'vitest';
import { formatFigure, TIDY_CSV_HEAD, tidyCsvLine } from '../src/tidy/index.js';

describe('tidy CSV', () => {
  it('writes figures exactly as stored, never with an exponent', () => {
    expect(formatFigure(98.5)).toBe('98.5');
    expect(formatFigure(0.1)).toBe('0.1');
    expect(formatFigure(1 / 3)).toBe('0.3333333333333333');
    expect(formatFigure(1e-7)).toBe('0.0000001');
    expect(formatFigure(1.25e-7)).toBe('0.000000125');
    expect(formatFigure(1e21)).toBe('1000000000000000000000');
    expect(formatFigure(1_250_000)).toBe('1250000');
    for (const n of [57.1429, 33.333333333333336, 1.25e-7, 0.000123, 123456789.125])
      expect(Number(formatFigure(n))).toBe(n);
  });

  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(TIDY_CSV_HEAD).toBe('\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n');
    expect(tidyCsvLine([2024, '3a', 'dak-nong', 12.5, null, null, 'Điều tra "MICS", 2024', ' x'])).toBe(
      '2024,3a,dak-nong,12.5,,,"Điều tra ""MICS"", 2024"," x"\r\n',
    );
  });
});
