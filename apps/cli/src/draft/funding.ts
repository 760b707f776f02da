import type { DraftContext } from './context.js';
import { body, childId, numberOf } from './items.js';
import type { Node } from './structure.js';

/** The funding section: each numbered item (or bullet, or paragraph) a provision, verbatim. */
const SOURCE_WORDS = /^(?:từ\s+)?(?:ngân sách|nguồn|kinh phí|vốn|huy động)/iu;

export function readFunding(
  ctx: DraftContext,
  node: Node,
  sectionId: string,
  into: Record<string, unknown>[],
): void {
  const items = node.children.length ? node.children : [];
  for (const p of node.paras) {
    const i = into.length;
    into.push({ id: `${sectionId}.${i + 1}`, text: { vi: p.text } });
    ctx.at(`/funding/${i}/text/vi`, p);
    ctx.miss(
      `/funding/${i}/number`,
      'khoản kinh phí không đánh số',
      'the funding provision is not numbered',
      [p],
    );
  }
  for (const c of items) {
    const i = into.length;
    const text = body(ctx, c, `/funding/${i}/text/vi`);
    const number = numberOf(c.label);
    into.push({
      id: childId(sectionId, c.label || String(i + 1)),
      ...(c.label && Number.isInteger(number) ? { number } : {}),
      text: { vi: text },
    });
  }
  for (const [i, f] of into.entries())
    ctx.miss(
      `/funding/${i}/isSource`,
      `khoản ${(f.id as string) ?? i + 1}: cần người xác định có phải nguồn kinh phí ghi sổ được không${SOURCE_WORDS.test((f.text as { vi: string }).vi) ? ' (câu mở đầu như một nguồn)' : ''}`,
      `provision ${(f.id as string) ?? i + 1}: a person must say whether it is a source budget lines can be booked against${SOURCE_WORDS.test((f.text as { vi: string }).vi) ? ' (it reads like one)' : ''}`,
    );
}
