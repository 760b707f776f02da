import type { DraftContext } from './context.js';
import { comparatorBefore } from './measures.js';
import { parseNumber } from './numbers.js';
import { CELL_BREAK } from './text.js';
import type { DraftMeasure, DraftTarget, SourceLine } from './types.js';

/**
 * A table of indicators ("| STT | Chỉ tiêu | Đơn vị | 2025 | 2030 |", from markdown or a
 * .docx table): one measure per row, a target per year column; a cell such as "≥ 98", "trên 95",
 * "duy trì 100" gives the comparator, a bare figure none (listed as missing).
 */

const cellsOf = (text: string): string[] =>
  text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.replaceAll(CELL_BREAK, ' ').trim());

const isRule = (text: string) => /^\|?\s*:?-{3,}/.test(text);

/** Reads every table of `lines`; returns the lines that were table rows. */
export function readTables(ctx: DraftContext, lines: SourceLine[]): Set<SourceLine> {
  const rows = new Set<SourceLine>();
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length) readTable(ctx, block);
    block = [];
  };
  for (const l of lines) {
    if (l.text.startsWith('|')) {
      rows.add(l);
      block.push(l);
    } else flush();
  }
  flush();
  return rows;
}

function readTable(ctx: DraftContext, block: SourceLine[]): void {
  const [head, ...rest] = block.filter((l) => !isRule(l.text));
  for (const l of block) ctx.read(l);
  if (!head) return;
  const header = cellsOf(head.text);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h.toLowerCase()));
  const titleCol = col(/chỉ tiêu|nội dung|tên/u);
  const unitCol = col(/đơn vị|đvt/u);
  const codeCol = col(/^(stt|tt|số tt|mã)$/u);
  const years = header
    .map((h, i) => ({ i, year: /((?:19|20)\d{2})(?!.*(?:19|20)\d{2})/u.exec(h)?.[1] }))
    .filter((y) => y.year !== undefined && y.i !== titleCol);
  if (titleCol < 0 || years.length === 0) {
    ctx.miss(
      'tables',
      'bảng không có cột chỉ tiêu và cột năm: chưa đọc',
      'a table without an indicator column and year columns: not read',
      [head],
    );
    return;
  }
  for (const row of rest) {
    const cells = cellsOf(row.text);
    const title = cells[titleCol];
    if (!title) continue;
    const targets: DraftTarget[] = [];
    for (const y of years) {
      const cell = cells[y.i] ?? '';
      const t = targetCell(cell, Number(y.year));
      if (t) targets.push(t);
      else if (cell !== '' && cell !== '-')
        ctx.miss(
          'measures',
          `ô "${cell}" (năm ${y.year}) không đọc được thành chỉ tiêu`,
          `cell "${cell}" (year ${y.year}) is not a target`,
          [row],
        );
    }
    const unitText = unitCol >= 0 ? cells[unitCol] : undefined;
    const unit = unitOf(unitText ?? '');
    const code = codeCol >= 0 ? cells[codeCol] : undefined;
    const m: DraftMeasure = {
      line: row.line,
      ...(code ? { code } : {}),
      title,
      ...(unit ? { unit } : {}),
      ...(unitText && !unit ? { unitText } : {}),
      ...direction(title, targets),
      targets,
    };
    ctx.measures.push(m);
  }
}

function targetCell(cell: string, year: number): DraftTarget | undefined {
  const m = /^(.*?)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(%|‰)?\s*(trở lên|trở xuống)?$/u.exec(
    cell.trim(),
  );
  if (!m) return undefined;
  const value = parseNumber(m[2]!);
  if (value === undefined) return undefined;
  const before = comparatorBefore(m[1]!);
  const comparator = m[4] === 'trở lên' ? '≥' : m[4] === 'trở xuống' ? '≤' : before.comparator;
  return { kind: before.maintain ? 'maintain' : 'level', year, ...(comparator ? { comparator } : {}), value };
}

function unitOf(text: string): DraftMeasure['unit'] {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (t === '%' || t === 'phầntrăm') return { kind: 'percent' };
  if (t === '‰' || t === 'phầnnghìn' || t.startsWith('/1.000') || t.startsWith('‰'))
    return { kind: 'per_1000' };
  if (t.startsWith('/100.000')) return { kind: 'per_100000' };
  return undefined;
}

function direction(title: string, targets: DraftTarget[]): Pick<DraftMeasure, 'direction'> {
  const t = title.toLowerCase();
  if (/^(?:giảm|hạ)(?![\p{L}\p{N}])/u.test(t)) return { direction: 'decrease' };
  if (/^(?:tăng|nâng)(?![\p{L}\p{N}])/u.test(t)) return { direction: 'increase' };
  const c = targets.find((x) => x.comparator)?.comparator;
  if (c === '<' || c === '≤') return { direction: 'decrease' };
  if (c === '>' || c === '≥') return { direction: 'increase' };
  return {};
}
