import type { DraftContext } from './context.js';
import { body, childId, numberOf } from './items.js';
import type { Node } from './structure.js';

/** The tasks section: numbered groups ("1. …"), lettered tasks ("a) …") under each, verbatim. */
export function readTasks(
  ctx: DraftContext,
  node: Node,
  sectionId: string,
  groups: Record<string, unknown>[],
): void {
  for (const p of node.paras)
    ctx.miss(
      '/taskGroups',
      'đoạn văn trong mục nhiệm vụ không thuộc nhóm nào',
      'a paragraph of the tasks section belongs to no group',
      [p],
    );
  for (const g of node.children) {
    if (g.kind !== 'arabic' && g.kind !== 'decimal') {
      ctx.miss(
        '/taskGroups',
        `mục "${g.title.slice(0, 60)}" không đánh số 1., 2. …: chưa đọc thành nhóm nhiệm vụ`,
        `item "${g.title.slice(0, 60)}" is not numbered 1., 2. …: not read as a task group`,
        [g.source],
      );
      continue;
    }
    const gi = groups.length;
    const id = childId(sectionId, g.label);
    const tasks: Record<string, unknown>[] = [];
    const number = numberOf(g.label);
    const group: Record<string, unknown> = {
      id,
      ...(Number.isInteger(number) ? { number } : {}),
      title: { vi: g.title },
      tasks,
    };
    if (!Number.isInteger(number))
      ctx.miss(
        `/taskGroups/${gi}/number`,
        `nhóm "${g.label}" không có số nguyên`,
        `group "${g.label}" has no whole number`,
        [g.source],
      );
    ctx.at(`/taskGroups/${gi}/title/vi`, g.source);
    for (const p of g.paras)
      ctx.miss(
        `/taskGroups/${gi}`,
        'đoạn văn dưới tên nhóm, ngoài các nhiệm vụ a), b) …',
        'a paragraph under the group title, outside its tasks a), b) …',
        [p],
      );
    for (const t of g.children) {
      if (t.kind !== 'letter') {
        ctx.miss(
          `/taskGroups/${gi}/tasks`,
          `nhiệm vụ không có chữ cái a), b) …: "${t.title.slice(0, 60)}"`,
          `a task without a letter a), b) …: "${t.title.slice(0, 60)}"`,
          [t.source],
        );
        continue;
      }
      const ti = tasks.length;
      const text = body(ctx, t, `/taskGroups/${gi}/tasks/${ti}/text/vi`);
      tasks.push({ id: `${id}.${t.label}`, label: t.label, text: { vi: text } });
    }
    groups.push(group);
  }
}
