import type { SourceLine } from './types.js';

/** Between the paragraphs of one table cell (U+2028 LINE SEPARATOR: no line of its own). */
export const CELL_BREAK = '\u2028';

/**
 * A document's text → its paragraphs, one logical line each, numbered by source line.
 * Markdown markup (headings, emphasis, escapes, inline HTML such as `<sub>`) is dropped so the
 * words are compared as issued; a paragraph split by a page break ("câu lạc" / blank line /
 * "bộ phòng, chống …") is joined again, since a sentence never starts with a lower-case word.
 */
export function toLines(text: string, markdown: boolean): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.normalize('NFC').split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const cells = splitColumns(raw[i]!).map((c) => clean(c, markdown));
    const nonEmpty = cells.filter((c) => c !== '');
    if (nonEmpty.length === 0) continue;
    const line: SourceLine = { text: nonEmpty.join(' '), line: i + 1 };
    if (nonEmpty.length > 1 && !nonEmpty[0]!.startsWith('|')) line.cells = nonEmpty;
    const prev = out.at(-1);
    if (prev && continues(prev.text, line.text)) {
      prev.text = `${prev.text} ${line.text}`;
      prev.endLine = line.line;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Columns of a two-column header ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …"): tabs or 3+ spaces. */
function splitColumns(line: string): string[] {
  if (line.trimStart().startsWith('|')) return [line];
  return line.split(/\t+| {3,}/);
}

function clean(cell: string, markdown: boolean): string {
  let t = cell.replace(/\u00a0/g, ' ');
  if (markdown) {
    t = t
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*\*\s+/, '- ')
      .replace(/<[^>]*>/g, '')
      .replace(/(^|[\s(“"'])\*{1,3}(?=\S)/g, '$1')
      .replace(/(\S)\*{1,3}(?=$|[\s),.;:”"'])/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/\\$/, '');
  }
  return t.replace(/[ \t]+/g, ' ').trim();
}

const MARKER = /^([a-zđ]\s*[).]|[-–—+•]\s)/u;

/** A line that starts in lower case, not a lettered item, carries on the paragraph before. */
function continues(prev: string, next: string): boolean {
  if (prev.startsWith('|') || next.startsWith('|')) return false;
  if (/[.:;!?]$|\/\.?$/.test(prev)) return false;
  return /^\p{Ll}/u.test(next) && !MARKER.test(next);
}

/**
 * The pieces of a two-column line: a .docx table row's cells, each cell's paragraphs apart
 * (the header's issuer and "Số:", the closing's "Nơi nhận" and signature), or a text line's columns.
 */
export function piecesOf(line: SourceLine): string[] {
  if (!line.text.startsWith('|')) return line.cells ?? [line.text];
  return line.text
    .split('|')
    .flatMap((c) => c.split(CELL_BREAK))
    .map((c) => c.trim())
    .filter(Boolean);
}
