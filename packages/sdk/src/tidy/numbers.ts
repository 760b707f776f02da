/**
 * Figures as statistics offices type them in CSV files (số liệu trong tệp CSV). Every file has
 * one decimal mark: the operator's `--decimal`, else the one its field separator implies — a
 * file separated by `;` (Excel in Vietnamese, and most of Europe) writes "98,5" and groups
 * thousands with dots ("1.250.000"); a file separated by `,` writes "98.5" and "1,250,000".
 * With the decimal mark known, "1.000" is a thousand in the first and one in the second. What
 * does not fit the file's mark ("98.5" in a `;` file, "1.0.5") is refused, naming the mark,
 * rather than guessed.
 */

export type DecimalMark = ',' | '.';

/** The decimal mark of a file and why it is that one (said in refusals). */
export interface DecimalRule {
  mark: DecimalMark;
  vi: string;
  en: string;
}

/** The file's decimal mark: the operator's, else the one of its field separator. */
export function decimalRule(delimiter: ';' | ',' | undefined, given?: DecimalMark): DecimalRule {
  if (given) return { mark: given, vi: 'theo --decimal', en: 'as --decimal says' };
  if (delimiter === ';')
    return { mark: ',', vi: 'vì tệp phân tách bằng ";"', en: 'as the file separates fields with ";"' };
  if (delimiter === ',')
    return { mark: '.', vi: 'vì tệp phân tách bằng ","', en: 'as the file separates fields with ","' };
  return { mark: '.', vi: 'mặc định của bảng tính', en: "a workbook's default" };
}

/** A figure read, or why not (in both languages). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; vi: string; en: string };

const DIGITS = /^\d+$/;
const grouped = (s: string, mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(s);

/** Read one cell's figure; blank cells are the caller's business. */
export function parseFigure(text: string, rule: DecimalRule): ParsedNumber {
  const raw = text.trim();
  const negative = raw.startsWith('-');
  const s = negative ? raw.slice(1) : raw;
  const decimal = rule.mark;
  const group = decimal === ',' ? '.' : ',';
  const notNumber: ParsedNumber = {
    ok: false,
    vi: `"${text}" không phải là một số`,
    en: `"${text}" is not a number`,
  };
  const wrongMark: ParsedNumber = {
    ok: false,
    vi: `"${text}": dấu thập phân của tệp là "${decimal}" (${rule.vi}); dấu "${group}" chỉ để phân cách hàng nghìn (1${group}250${group}000). Nếu tệp dùng "${group}" làm dấu thập phân, nhập với --decimal ${group}`,
    en: `"${text}": the file's decimal mark is "${decimal}" (${rule.en}); "${group}" only groups thousands (1${group}250${group}000). If the file uses "${group}" as its decimal mark, import with --decimal ${group}`,
  };
  // Plain JavaScript forms ("1e3", "0x10", "Infinity") are not typed by people: refused.
  if (s === '' || /[^\d.,]/.test(s)) return notNumber;
  const at = s.indexOf(decimal);
  const integer = at === -1 ? s : s.slice(0, at);
  const fraction = at === -1 ? '' : s.slice(at + 1);
  if (at !== -1 && !DIGITS.test(fraction)) return fraction.includes(group) ? wrongMark : notNumber;
  let whole = integer;
  if (integer.includes(group)) {
    if (!grouped(integer, group)) return DIGITS.test(integer.replace(group, '')) ? wrongMark : notNumber;
    whole = integer.split(group).join('');
  }
  if (!DIGITS.test(whole)) return notNumber;
  const value = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  if (!Number.isFinite(value)) return notNumber;
  return { ok: true, value: negative ? -value : value };
}
