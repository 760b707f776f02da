import type { Lang } from '../schemas/common.js';
import { parsePeriod } from './key.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A period as the regime's documents name it (kỳ báo cáo): `2026` → "năm 2026" / "2026",
 * `2026-H1` → "6 tháng đầu năm 2026" / "first half of 2026", `2026-Q3` → "quý III năm 2026" /
 * "Q3 2026", `2026-07` → "tháng 7 năm 2026" / "July 2026". Lower case, to sit inside a sentence
 * ("Báo cáo kết quả … {label}"); a caller heading a page capitalises it.
 * @throws {RangeError} for a string that is not a period key.
 */
export function periodLabel(key: string | number, lang: Lang): string {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`Not a period key: ${String(key)}`);
  const { year: y, index: i } = p;
  const vi = lang === 'vi';
  switch (p.cadence) {
    case 'yearly':
      return vi ? `năm ${y}` : String(y);
    case 'six_monthly':
      return vi
        ? `6 tháng ${i === 1 ? 'đầu' : 'cuối'} năm ${y}`
        : `${i === 1 ? 'first' : 'second'} half of ${y}`;
    case 'quarterly':
      return vi ? `quý ${ROMAN[i - 1]} năm ${y}` : `Q${i} ${y}`;
    default:
      return vi ? `tháng ${i} năm ${y}` : `${MONTHS_EN[i - 1]} ${y}`;
  }
}
