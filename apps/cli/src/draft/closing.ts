import type { DraftContext } from './context.js';
import { piecesOf } from './text.js';
import type { SourceLine } from './types.js';

/**
 * The end of a document: "Nơi nhận:" and its list, and the signature block — the lines of
 * capacity (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH) and the signer's name, which is
 * the last line in mixed case. In a two-column text (or a .docx table) the recipients are the left
 * cells.
 */

const NOT_A_NAME = /^\(?(đã ký|ký tên|ký, ghi rõ|ký và ghi rõ|đóng dấu)/iu;

export function findRecipientsLine(lines: SourceLine[]): number {
  return lines.findIndex((l) => /^nơi nhận\s*:?/iu.test(piecesOf(l)[0] ?? ''));
}

export function readClosing(ctx: DraftContext, end: SourceLine[]): void {
  const recipients: { text: string; line: SourceLine }[] = [];
  const signature: { text: string; line: SourceLine }[] = [];
  end.forEach((line, i) => {
    const cells = piecesOf(line);
    for (let cell of cells) {
      if (i === 0 && /^nơi nhận\s*:?/iu.test(cell)) {
        ctx.read(line);
        cell = cell.replace(/^nơi nhận\s*:?\s*/iu, '');
        if (cell === '') continue;
      }
      const bullet = /^[-–•+]\s*(.+)$/u.exec(cell);
      if (bullet) recipients.push({ text: bullet[1]!, line });
      else if (NOT_A_NAME.test(cell)) ctx.read(line);
      else signature.push({ text: cell, line });
    }
  });
  if (recipients.length === 0)
    ctx.miss('/recipients', 'không thấy danh sách "Nơi nhận"', 'no "Nơi nhận" list found', end);
  else {
    ctx.plan.recipients = recipients.map((r) => r.text);
    for (const [i, r] of recipients.entries()) ctx.at(`/recipients/${i}`, r.line);
  }
  const name = signature.findLast((s) => s.text !== s.text.toUpperCase());
  const titles = signature.filter((s) => s.text === s.text.toUpperCase() && /\p{L}/u.test(s.text));
  if (!name) {
    ctx.miss('/signer/name', 'không thấy tên người ký', "no signer's name found", end);
    if (titles.length) {
      ctx.plan.signer = { titleLines: titles.map((t) => t.text) };
      for (const [i, t] of titles.entries()) ctx.at(`/signer/titleLines/${i}`, t.line);
    }
    return;
  }
  ctx.plan.signer = { name: name.text, titleLines: titles.map((t) => t.text) };
  ctx.at('/signer/name', name.line);
  for (const [i, t] of titles.entries()) ctx.at(`/signer/titleLines/${i}`, t.line);
  if (titles.length === 0)
    ctx.miss(
      '/signer/titleLines',
      'không thấy chức danh người ký (TM./KT. …)',
      "no signer's capacity (TM./KT. …) found",
      [name.line],
    );
}
