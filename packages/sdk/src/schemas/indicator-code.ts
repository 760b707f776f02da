/**
 * Codes of indicators and measures as numbered in a decision or a plan (mã chỉ tiêu): free-form
 * within one pattern, so any plan's numbering fits — `3`, `3a`, `3.1`, `4a1`, `II.3`, `17.2`.
 *
 * A code starts with an Arabic number or an upper-case Roman numeral (I, V, X, L, C), goes on
 * with lower-case letters (a–z, đ) and digits, in parts separated by single dots (never at the
 * start or the end, never two in a row); at most 16 characters. Blanks, spaces, upper-case
 * suffixes and other signs are refused: `3-nam`, `3 a`, `3A`, `3..1`, `.3`, `3.`, `a3`.
 */
export const INDICATOR_CODE_PATTERN = /^(?=.{1,16}$)(\d+|[IVXLC]+)[a-zđ\d]*(\.[a-zđ\d]+)*$/u;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral written with I, V, X, L, C (subtractive pairs such as IV, XC). */
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Sort key of a code: its first part (an Arabic number, or a Roman numeral after every Arabic
 * one), then parts that are numbers, letters or the `.` separator, compared in that order.
 */
function tokens(code: string): (number | string)[] {
  const out: (number | string)[] = [];
  const lead = /^(?:\d+|[IVXLC]+)/.exec(code)?.[0] ?? '';
  out.push(/^\d/.test(lead) ? Number(lead) : 10_000 + romanValue(lead));
  for (const part of code.slice(lead.length).match(/\d+|[^\d.]+|\./g) ?? []) {
    out.push(/^\d/.test(part) ? Number(part) : part);
  }
  return out;
}

/** Rank of a token kind after a shared prefix: end of code, then letters, then `.`, then numbers. */
const rank = (t: number | string | undefined) =>
  t === undefined ? 0 : typeof t === 'number' ? 3 : t === '.' ? 2 : 1;

/**
 * Natural order of indicator codes, the order a decision lists them in:
 * `2 < 3 < 3a < 3b < 3.1 < 3.2 < 4a1 < 10 < 17.2 < II.3 < IV.1`. Numbers compare by value
 * (`10` after `9`), a letter suffix before a dotted one (`3a` before `3.1`), Roman-numbered
 * parts after all Arabic ones. The one comparator of codes: sort with it wherever codes are
 * ordered (widgets, exports, the server).
 */
export function compareIndicatorCodes(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    const r = rank(p) - rank(q);
    if (r !== 0) return r;
    if (typeof p === 'number') return p - (q as number);
    // Vietnamese letter order: đ right after d (a, b, c, d, đ, e).
    return (p as string).replaceAll('đ', 'd~') < (q as string).replaceAll('đ', 'd~') ? -1 : 1;
  }
  return 0;
}
