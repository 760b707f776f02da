import { parseFigure } from '@kehoach/server/operator';

/** Documents are Vietnamese: a decimal comma, dots between thousands. */
const DOCUMENT = { mark: ',', vi: 'văn bản tiếng Việt', en: 'a Vietnamese document' } as const;

/**
 * A number as Vietnamese documents print it: decimal comma ("9,5"), thousands dots ("1.000",
 * "100.000") — the rule of the statistics office's `;` files (`parseFigure`). Undefined when the
 * text is not one.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t.startsWith('-')) return undefined;
  const r = parseFigure(t, DOCUMENT);
  if (r.ok) return r.value;
  // A decimal point where a comma is meant ("9.5"): one or two digits after it cannot be thousands.
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  return undefined;
}

/** A year 1900–2100 in a text, or undefined. */
export const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;
