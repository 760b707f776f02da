import type { DraftContext } from './context.js';
import { body, childId, numberOf } from './items.js';
import type { Node } from './structure.js';
import type { SourceLine } from './types.js';

/**
 * The organisation section: each numbered item an assignment — its heading (the item's title,
 * the name before a colon, or the agency names a sentence opens with), its agencies matched to
 * the registry, "Đề nghị" as a request, and its duties (bullets, paragraphs, or the sentence).
 */
const NAME_START =
  /^(?:các\s+)?(?:sở|ban|bộ|công an|ủy ban|uỷ ban|ubnd|đoàn|hội|liên đoàn|bộ chỉ huy|văn phòng|thanh tra|đài|báo|cục|chi cục|kho bạc|bảo hiểm|ngân hàng|trường|bệnh viện|trung tâm|phòng|mặt trận)(?![\p{L}\p{N}])/iu;

export function readAssignments(
  ctx: DraftContext,
  node: Node,
  sectionId: string,
  into: Record<string, unknown>[],
): void {
  for (const p of node.paras)
    ctx.miss(
      '/assignments',
      'đoạn văn trong mục tổ chức thực hiện không thuộc cơ quan nào',
      'a paragraph of the organisation section belongs to no agency',
      [p],
    );
  for (const a of node.children) {
    const i = into.length;
    const base = `/assignments/${i}`;
    const number = numberOf(a.label);
    const item: Record<string, unknown> = { id: childId(sectionId, a.label || String(i + 1)) };
    if (a.label && Number.isInteger(number)) item.number = number;
    const responsibilities: { id: string; text: { vi: string } }[] = [];
    const addResp = (text: string, from: SourceLine[]) => {
      const k = responsibilities.length;
      responsibilities.push({ id: `${item.id as string}.${k + 1}`, text: { vi: text } });
      ctx.at(`${base}/responsibilities/${k}/text/vi`, ...from);
    };
    let text = a.title;
    const requested = /^đề nghị\s+/iu.exec(text);
    if (requested) {
      item.requested = true;
      text = text.slice(requested[0].length);
    }
    let names: string[] = [];
    const colon = /^([^:;]{2,160}?)\s*:\s+(.+)$/u.exec(text);
    if (a.children.length === 0 && a.paras.length === 0 && colon && NAME_START.test(colon[1]!)) {
      names = [colon[1]!];
      item.heading = colon[1]!;
      addResp(colon[2]!, [a.source]);
    } else if (a.children.length || a.paras.length) {
      item.heading = a.title;
      names = [a.title];
      for (const p of a.paras) addResp(p.text, [p]);
      for (const c of a.children) {
        const k = responsibilities.length;
        addResp(body(ctx, c, `${base}/responsibilities/${k}/text/vi`), []);
      }
    } else {
      // "Các Sở, Ban, ngành căn cứ …": the heading is the agency names the sentence opens with.
      const prefix = ctx.matcher.prefixNames(text);
      if (prefix.names.length) {
        names = prefix.names;
        item.heading = text.slice(0, prefix.end);
      } else
        ctx.miss(
          `${base}/heading`,
          'không tách được tên cơ quan khỏi câu (thiếu danh mục cơ quan hoặc tên lạ)',
          'could not tell the agency name from the sentence (no registry, or an unknown name)',
          [a.source],
        );
      addResp(a.title, [a.source]);
    }
    if (item.heading) ctx.at(`${base}/heading`, a.source);
    const ids: string[] = [];
    if (names.length === 1 && !ctx.matcher.empty) {
      // A heading may itself list several agencies ("Sở Y tế, Sở Giáo dục và Đào tạo").
      const listed = ctx.matcher.prefixNames(names[0]!);
      if (listed.names.length > 1 && listed.end === names[0]!.length) names = listed.names;
    }
    for (const n of names) {
      const m = ctx.agency(n, a.source, `${base}/agencyIds`);
      if (m.agencyId && m.confidence >= 0.8) ids.push(m.agencyId);
      else
        ctx.miss(
          `${base}/agencyIds`,
          `"${n}" không khớp chắc chắn với cơ quan nào trong danh mục`,
          `"${n}" matches no registry agency surely`,
          [a.source],
        );
    }
    if (ids.length === names.length && ids.length > 0) item.agencyIds = ids;
    ctx.miss(
      `${base}/role`,
      'cần người xác định vai trò (chủ trì / phối hợp) và liên kết tới nhiệm vụ, chỉ tiêu (taskLinks, measureLinks)',
      'a person must say the role (lead / participant) and the links to tasks and measures (taskLinks, measureLinks)',
      [a.source],
    );
    item.responsibilities = responsibilities;
    const order = ['id', 'number', 'heading', 'agencyIds', 'requested', 'responsibilities'];
    into.push(Object.fromEntries(order.filter((k) => k in item).map((k) => [k, item[k]])));
  }
}
