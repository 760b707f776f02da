import type { DraftContext } from './context.js';
import type { SourceLine } from './types.js';

/**
 * The paragraphs between the title and the first numbered item: a plan's "Thực hiện Quyết định
 * số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt …", a decision's "Căn cứ …"
 * lines. The document it implements is read from the first "Thực hiện / Căn cứ … số … ngày …".
 * A decision's authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") and "QUYẾT ĐỊNH:" are not
 * preamble.
 */

const IMPLEMENTS =
  /(?:thực hiện|căn cứ|triển khai)\s+(?:quyết định|nghị quyết|chỉ thị|kế hoạch|chương trình)\s+số\s+(\S+?)\s+ngày\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s+của\s+.+?\s+((?:về việc\s+)?(?:phê duyệt|ban hành|về)\s.+?)(?=\s*\(|;|,\s*(?:ủy ban|uỷ ban|ubnd)|$)/iu;

export function readPreamble(ctx: DraftContext, lines: SourceLine[]): void {
  const text: SourceLine[] = [];
  for (const l of lines) {
    const upper = l.text === l.text.toUpperCase() && /\p{L}/u.test(l.text);
    if (upper || /^quyết định\s*:$/iu.test(l.text)) ctx.read(l);
    else text.push(l);
  }
  if (text.length === 0) {
    ctx.miss('/preamble', 'không có đoạn mở đầu (căn cứ ban hành)', 'no preamble (grounds of issue)');
    return;
  }
  ctx.plan.preamble = { vi: text.map((l) => l.text).join('\n') };
  ctx.at('/preamble/vi', ...text);
  for (const l of text) {
    const m = IMPLEMENTS.exec(l.text);
    if (!m) continue;
    const pad = (n: string) => n.padStart(2, '0');
    ctx.plan.implements = {
      number: m[1]!,
      date: `${m[4]}-${pad(m[3]!)}-${pad(m[2]!)}`,
      title: { vi: m[5]! },
    };
    ctx.at('/implements', l);
    return;
  }
  ctx.miss(
    '/implements',
    'đoạn mở đầu không nêu văn bản được triển khai (số … ngày …)',
    'the preamble names no document implemented (số … ngày …)',
    text,
  );
}
