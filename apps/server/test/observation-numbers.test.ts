import { decimalRule, parseFigure } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';

const read = (text: string, delimiter: ';' | ',' | undefined, given?: ',' | '.') => {
  const r = parseFigure(text, decimalRule(delimiter, given));
  return r.ok ? r.value : r.en;
};

describe('figures as offices type them', () => {
  it('reads the decimal mark the separator implies: "," in a ";" file, "." in a "," file', () => {
    expect(read('98,5', ';')).toBe(98.5);
    expect(read('1.000', ';')).toBe(1000);
    expect(read('1.250.000', ';')).toBe(1_250_000);
    expect(read('1.234,5', ';')).toBe(1234.5);
    expect(read('98.5', ',')).toBe(98.5);
    expect(read('1.000', ',')).toBe(1);
    expect(read('1,250,000', ',')).toBe(1_250_000);
    expect(read('1,234.5', ',')).toBe(1234.5);
    expect(read('0.125', ',')).toBe(0.125);
    expect(read(' 42 ', ',')).toBe(42);
  });

  it('follows --decimal over the separator', () => {
    expect(read('98,5', ',', ',')).toBe(98.5);
    expect(read('1.000', ',', ',')).toBe(1000);
    expect(read('1,000', ';', '.')).toBe(1000);
  });

  it('refuses what does not fit the file, naming its mark, and what is not a typed number', () => {
    expect(read('98.5', ';')).toBe(
      '"98.5": the file\'s decimal mark is "," (as the file separates fields with ";"); "." only groups thousands (1.250.000). If the file uses "." as its decimal mark, import with --decimal .',
    );
    expect(read('98,5', ',')).toContain('the file\'s decimal mark is "."');
    expect(read('1,00,000', ',')).toBe('"1,00,000" is not a number');
    for (const bad of ['1e3', '0x10', 'Infinity', '12%', '1 000', '', '-', '1.', '.5', '1,2.3,4'])
      expect(read(bad, ',')).toMatch(/is not a number|decimal mark/);
  });
});
