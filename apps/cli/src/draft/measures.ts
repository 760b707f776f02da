import { parseNumber } from './numbers.js';
import type { DraftComparator, DraftMeasure, DraftTarget } from './types.js';

/**
 * Target sentences → measures: "Chỉ tiêu 3: Giảm tỷ suất … xuống dưới 9,5‰ vào năm 2025 và
 * dưới 9‰ vào năm 2030" gives code 3, direction decrease, unit per 1,000 and two targets
 * (< 9.5 in 2025, < 9 in 2030). Each year the sentence names ("vào năm 2025", "đến năm 2030")
 * takes the figure just before it (or, "Đến năm 2025, 95% …", just after it); a phase heading
 * ("Giai đoạn 2021 - 2025") gives the year to figures that name none. A figure followed by
 * "tuổi", "tháng" … is a description ("trẻ em dưới 5 tuổi"), not a target.
 */

/** Comparator words, longest first; `maintain` for "duy trì". */
const WORDS: [RegExp, DraftComparator, boolean][] = [
  [/duy trì(?: ở mức| mức)? trên$/u, '>', true],
  [/duy trì(?: ở mức| mức)?(?: đạt)?$/u, '=', true],
  [/(?:xuống|giảm) dưới$/u, '<', false],
  [/(?:đạt|lên|tăng lên)? ?trên$/u, '>', false],
  [/(?:xuống còn|giảm còn|xuống|còn|không quá|tối đa|không vượt quá)$/u, '≤', false],
  [/dưới$/u, '<', false],
  [
    /(?:phấn đấu(?: đạt)?|đạt(?: ít nhất| tối thiểu)?|ít nhất|tối thiểu|lên|tăng lên|không dưới)$/u,
    '≥',
    false,
  ],
  [/(?:bằng|là)$/u, '=', false],
];

const SYMBOLS: Record<string, DraftComparator> = {
  '≥': '≥',
  '>=': '≥',
  '≤': '≤',
  '<=': '≤',
  '<': '<',
  '>': '>',
  '=': '=',
};

/** Number, then a unit that makes it a target figure. */
const FIGURE = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(%|‰|phần trăm|phần nghìn)?/gu;
const NOT_A_FIGURE = /^\s*(tuổi|tháng|ngày|tuần|giờ|năm(?![\p{L}\p{N}])|lần|cấp|giai đoạn|\/)/u;
const YEAR_ANCHOR = /(?:(?:vào|đến|tới|trong|cho đến)\s+)?(?:cuối\s+)?năm\s+((?:19|20)\d{2})/giu;
const PER =
  /(?:\/|trên\s+)(1\.000|100\.000)(\s+(?:trẻ đẻ sống|trẻ sơ sinh sống|trẻ sinh sống|trẻ em|dân|người dân))?/u;

interface Figure {
  start: number;
  end: number;
  value: number;
  unit?: string;
  comparator?: DraftComparator;
  maintain: boolean;
}

/** The comparator written just before a figure ("xuống dưới", "đạt", "≥"). */
export function comparatorBefore(before: string): { comparator?: DraftComparator; maintain: boolean } {
  const t = before.replace(/\s+/g, ' ').trimEnd().toLowerCase();
  for (const sym of ['>=', '<=', '≥', '≤', '<', '>', '='])
    if (t.endsWith(sym)) return { comparator: SYMBOLS[sym], maintain: /duy trì/u.test(t) };
  for (const [re, comparator, maintain] of WORDS) if (re.test(t)) return { comparator, maintain };
  return { maintain: false };
}

function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && /[\d/.,]/.test(text.charAt(start - 1))) continue;
    if (!m[2] && NOT_A_FIGURE.test(text.slice(end))) continue;
    // "giảm 10% so với năm 2020" is a change, not a level: left unread rather than misread.
    if (/^\s*(?:so với|so cùng kỳ|mỗi năm|hằng năm|hàng năm|\/năm)/u.test(text.slice(end))) continue;
    const value = parseNumber(m[1]!);
    if (value === undefined) continue;
    // Years are anchors, not figures.
    if (!m[2] && /(?:năm|giai đoạn|đến|-|–)\s*$/iu.test(text.slice(0, start)) && value >= 1900) continue;
    const { comparator, maintain } = comparatorBefore(text.slice(Math.max(0, start - 40), start));
    out.push({
      start,
      end,
      value,
      ...(m[2] ? { unit: m[2] } : {}),
      ...(comparator ? { comparator } : {}),
      maintain,
    });
  }
  return out;
}

function unitOf(text: string, figureUnits: (string | undefined)[]): DraftMeasure['unit'] {
  const per = PER.exec(text);
  if (per) {
    const kind = per[1] === '1.000' ? 'per_1000' : 'per_100000';
    const denominator = per[2]?.trim();
    return denominator ? { kind, denominator: { vi: denominator } } : { kind };
  }
  if (figureUnits.some((u) => u === '‰' || u === 'phần nghìn') || text.includes('‰'))
    return { kind: 'per_1000' };
  if (figureUnits.some((u) => u === '%' || u === 'phần trăm')) return { kind: 'percent' };
  return undefined;
}

function directionOf(text: string, targets: DraftTarget[]): DraftMeasure['direction'] {
  const t = text.toLowerCase();
  if (
    /^(?:phấn đấu\s+)?(?:giảm|hạ)(?![\p{L}\p{N}])/u.test(t) ||
    /(?<![\p{L}\p{N}])giảm(?![\p{L}\p{N}])/u.test(t.slice(0, 60))
  )
    return 'decrease';
  if (/^(?:phấn đấu\s+)?(?:tăng|nâng)(?![\p{L}\p{N}])/u.test(t)) return 'increase';
  const c = targets.find((x) => x.kind === 'level' && x.comparator)?.comparator;
  if (c === '<' || c === '≤') return 'decrease';
  if (c === '>' || c === '≥') return 'increase';
  return undefined;
}

/**
 * The measure a sentence states, or undefined when it names no figure with a year (or, under a
 * phase, no figure with a unit or comparator).
 */
export function parseTargetSentence(
  sentence: string,
  line: number,
  options: { phaseYear?: number; group?: string } = {},
): DraftMeasure | undefined {
  let text = sentence.trim();
  let code: string | undefined;
  const head = /^chỉ tiêu\s+(\d+[a-zđ]?)\s*[:.–-]\s*/iu.exec(text);
  if (head) {
    code = head[1]!;
    text = text.slice(head[0].length);
  }
  // Mask "/1.000 trẻ đẻ sống" so the 1.000 is not read as a figure.
  const masked = text.replace(PER, (s) => ' '.repeat(s.length));
  const figs = figures(masked);
  const anchors = [...masked.matchAll(YEAR_ANCHOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    year: Number(m[1]),
  }));
  const targets: DraftTarget[] = [];
  const used = new Set<Figure>();
  const take = (f: Figure, year: number) => {
    used.add(f);
    targets.push({
      kind: f.maintain ? 'maintain' : 'level',
      year,
      ...(f.comparator ? { comparator: f.comparator } : {}),
      value: f.value,
    });
  };
  anchors.forEach((a, i) => {
    const from = i === 0 ? 0 : anchors[i - 1]!.end;
    const before = figs.filter((f) => f.start >= from && f.end <= a.start && !used.has(f));
    const pick = before.findLast((f) => f.unit || f.comparator) ?? before.at(-1);
    if (pick) {
      take(pick, a.year);
      return;
    }
    const to = anchors[i + 1]?.start ?? masked.length;
    const after = figs.find(
      (f) => f.start >= a.end && f.end <= to && !used.has(f) && (f.unit || f.comparator),
    );
    if (after) take(after, a.year);
  });
  if (anchors.length === 0 && options.phaseYear !== undefined)
    for (const f of figs) if (f.unit || f.comparator) take(f, options.phaseYear);
  if (targets.length === 0) return undefined;
  const unit = unitOf(
    text,
    [...used].map((f) => f.unit),
  );
  const direction = directionOf(text, targets);
  return {
    line,
    ...(code ? { code } : {}),
    title: text,
    ...(unit ? { unit } : {}),
    ...(direction ? { direction } : {}),
    targets,
    ...(options.group ? { group: options.group } : {}),
  };
}

/** "Giai đoạn 2021 - 2025", "Đến năm 2025": the year figures under the heading are for. */
export function phaseYear(title: string): number | undefined {
  const range = /giai đoạn\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/iu.exec(title);
  if (range) return Number(range[2]);
  const by = /^(?:mục tiêu\s+)?(?:đến|tới|vào)\s+năm\s+((?:19|20)\d{2})/iu.exec(title.trim());
  return by ? Number(by[1]) : undefined;
}
