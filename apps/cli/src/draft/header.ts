import type { DraftContext } from './context.js';
import { piecesOf } from './text.js';
import type { DraftHeader, SourceLine } from './types.js';

/**
 * The header of an administrative document (Decree 30/2020 layout): issuing body (and the
 * body above it), the national motto, "Số: …" as printed with its blanks, "<place>, ngày …
 * tháng … năm …" (a blank day stays unknown), then the kind word ("KẾ HOẠCH") and the title.
 */

export const KIND_WORDS: Record<string, string | undefined> = {
  'KẾ HOẠCH': 'plan',
  'QUYẾT ĐỊNH': undefined,
  'CHƯƠNG TRÌNH': undefined,
  'ĐỀ ÁN': undefined,
  'NGHỊ QUYẾT': undefined,
  'CHỈ THỊ': undefined,
  'BÁO CÁO': undefined,
  'THÔNG BÁO': undefined,
};

const MOTTO =
  /cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc/iu;
const NUMBER = /^số\s*[:.]?\s*(.*)$/iu;
const DATE = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*((?:19|20)\d{2})\s*$/iu;
const NUMBER_WITH_BLANKS = /^số\s*[:.]?\s*[\d\s._…]*\/[\p{L}\d.-]+$/iu;
const LOWER_UNIT = /^(TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)(?![\p{L}\p{N}])/u;

const isUpper = (s: string) => s === s.toUpperCase() && /\p{L}/u.test(s);

/** Index of the kind line among the first lines, or -1. */
export function findKindLine(lines: SourceLine[]): number {
  return lines.slice(0, 30).findIndex((l) => l.text.toUpperCase() === l.text && l.text in KIND_WORDS);
}

/** Reads the header lines (before the kind line); returns what it read. */
export function readHeader(ctx: DraftContext, headerLines: SourceLine[]): DraftHeader {
  const header: DraftHeader = {};
  const bodyLines: { text: string; line: SourceLine }[] = [];
  for (const line of headerLines) {
    // A .docx header is a table: its row's cells, each cell's paragraphs kept apart.
    const cells = line.text.startsWith('|') ? piecesOf(line) : mergeBlanks(piecesOf(line));
    for (const cell of cells) {
      if (MOTTO.test(cell) || /^[-_=.\s]+$/.test(cell)) {
        ctx.read(line);
        continue;
      }
      const n = NUMBER.exec(cell);
      if (n) {
        header.numberAsIssued = cell;
        const value = n[1]!.replace(/^[\s._…]+/, '');
        ctx.plan.number = { asIssued: cell, value: value.startsWith('/') || value === '' ? null : value };
        ctx.at('/number/asIssued', line);
        if (value.startsWith('/') || value === '')
          ctx.miss(
            '/number/value',
            'số văn bản để trống trong bản gốc',
            'the number is blank in the original',
            [line],
          );
        continue;
      }
      const d = DATE.exec(cell);
      if (d) {
        header.place = d[1]!.trim();
        ctx.plan.place = header.place;
        ctx.at('/place', line);
        const date: DraftHeader['date'] = { year: Number(d[4]) };
        if (d[3]) date.month = Number(d[3]);
        if (d[3] && d[2]) date.day = Number(d[2]);
        header.date = date;
        ctx.plan.issued = date;
        ctx.at('/issued', line);
        if (!d[2] || !d[3])
          ctx.miss(
            '/issued',
            `ngày ban hành chỉ có một phần (${d[2] ? '' : 'ngày '}${d[3] ? '' : 'tháng '}để trống trong bản gốc)`,
            `the date of issue is partial (${d[2] ? '' : 'day '}${d[3] ? '' : 'month '}blank in the original)`,
            [line],
          );
        continue;
      }
      if (isUpper(cell) && !header.numberAsIssued) bodyLines.push({ text: cell, line });
    }
  }
  ctx.matcher.setContext(header.date, header.place);
  readIssuer(ctx, header, bodyLines);
  if (!header.numberAsIssued)
    ctx.miss('/number', 'không thấy dòng "Số: …"', 'no "Số: …" line found', headerLines);
  if (!header.date)
    ctx.miss('/issued', 'không thấy địa danh, ngày tháng năm', 'no place and date line found', headerLines);
  return header;
}

/**
 * Columns are cut at tabs or runs of spaces, and so are the blanks of "Số:    /KH-UBND" and
 * "ngày    tháng    năm 2021": cells that only together make a number or a date are one again.
 */
function mergeBlanks(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    let taken = 1;
    const whole = NUMBER_WITH_BLANKS.test(cells[i]!) || DATE.test(cells[i]!);
    for (let j = Math.min(cells.length, i + 4); !whole && j > i + 1; j--) {
      const joined = cells.slice(i, j).join(' ');
      if (NUMBER_WITH_BLANKS.test(joined) || (DATE.test(joined) && !NUMBER.test(joined))) {
        taken = j - i;
        break;
      }
    }
    out.push(cells.slice(i, i + taken).join(' '));
    i += taken - 1;
  }
  return out;
}

function readIssuer(
  ctx: DraftContext,
  header: DraftHeader,
  lines: { text: string; line: SourceLine }[],
): void {
  if (lines.length === 0) {
    ctx.miss('/issuer', 'phần đầu văn bản không ghi cơ quan ban hành', 'the header names no issuing body');
    return;
  }
  const texts = lines.map((l) => l.text);
  // "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK NÔNG" is one name; "UBND TỈNH ĐẮK NÔNG" / "SỞ Y TẾ" is parent and body.
  let parent: string | undefined;
  let body: string[] = texts;
  if (texts.length >= 2 && !LOWER_UNIT.test(texts[1]!)) {
    parent = texts[0];
    body = texts.slice(1);
  }
  header.issuingBody = body.join(' ');
  if (parent) header.parentBody = parent;
  for (const l of lines) ctx.read(l.line);
  const m = ctx.agency(header.issuingBody, lines[parent ? 1 : 0]!.line, '/issuer/agencyId');
  if (m.agencyId && m.confidence >= 0.8) {
    const unitId = ctx.matcher.unitOf(m.agencyId);
    ctx.plan.issuer = unitId ? { agencyId: m.agencyId, unitId } : { agencyId: m.agencyId };
    ctx.at('/issuer', ...lines.map((l) => l.line));
    if (!unitId)
      ctx.miss(
        '/issuer/unitId',
        'cơ quan ban hành không gắn với đơn vị hành chính trong danh mục',
        'the issuing agency has no administrative unit in the registry',
      );
  } else
    ctx.miss(
      '/issuer',
      `cơ quan ban hành "${header.issuingBody}" không khớp chắc chắn với danh mục cơ quan`,
      `the issuing body "${header.issuingBody}" matches no registry agency surely`,
      lines.map((l) => l.line),
    );
}
