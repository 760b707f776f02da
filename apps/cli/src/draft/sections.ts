import { readAssignments } from './assignments.js';
import type { DraftContext } from './context.js';
import { readFunding } from './funding.js';
import { childId, entries, idPart } from './items.js';
import { readObjectives } from './objectives.js';
import { linesOf, type Node } from './structure.js';
import { readTasks } from './tasks.js';

/**
 * The parts of a plan, found by their headings at any depth (a plan's "II. NHIỆM VỤ VÀ GIẢI
 * PHÁP", a decision's "2. Nhiệm vụ và giải pháp" inside "Điều 1"), each read by its own reader.
 */

type Part =
  | 'aims'
  | 'purposes'
  | 'requirements'
  | 'objectives'
  | 'tasks'
  | 'funding'
  | 'organisation'
  | 'assessment';

export function classify(node: Node): Part | undefined {
  const t = node.title.toLowerCase().replace(/[:.]\s*$/, '');
  const head =
    node.kind === 'part' ||
    node.kind === 'article' ||
    node.kind === 'roman' ||
    node.kind === 'arabic' ||
    node.kind === 'decimal';
  if (!head) return undefined;
  if (/mục đích/u.test(t) && /yêu cầu/u.test(t)) return 'aims';
  if (/^mục đích(?![\p{L}\p{N}])/u.test(t) && t.length < 40) return 'purposes';
  if (/^yêu cầu(?![\p{L}\p{N}])/u.test(t) && t.length < 40) return 'requirements';
  if (/^(?:các\s+)?(?:nhiệm vụ|giải pháp)/u.test(t) && t.length < 80) return 'tasks';
  if (/^(?:mục tiêu|chỉ tiêu)/u.test(t) && t.length < 80) return 'objectives';
  if (/^(?:kinh phí|nguồn kinh phí|nguồn vốn)/u.test(t) && t.length < 60) return 'funding';
  if (/^(?:tổ chức thực hiện|phân công)/u.test(t) && t.length < 60) return 'organisation';
  if (
    (node.kind === 'part' || node.kind === 'roman') &&
    /^(?:đánh giá|kết quả|tình hình|thực trạng)/u.test(t)
  )
    return 'assessment';
  return undefined;
}

export function readSections(ctx: DraftContext, root: Node): void {
  const acc = {
    purposes: [] as { vi: string }[],
    requirements: [] as { vi: string }[],
    taskGroups: [] as Record<string, unknown>[],
    funding: [] as Record<string, unknown>[],
    assignments: [] as Record<string, unknown>[],
  };
  const walk = (node: Node, path: string[]) => {
    const part = node.kind === 'root' ? undefined : classify(node);
    // Parts ("Phần thứ hai") restart the roman numbering but hold one plan: not in ids.
    const id =
      node.kind === 'root' || node.kind === 'part' ? path : childId(path.join('.'), idPart(node)).split('.');
    if (node.titleLine) ctx.read(node.titleLine);
    if (part) ctx.read(node.source);
    switch (part) {
      case 'aims':
        for (const child of node.children) {
          const head = child.title.toLowerCase();
          if (/^mục đích/u.test(head)) entries(ctx, child, acc.purposes, 'purposes');
          else if (/^yêu cầu/u.test(head)) entries(ctx, child, acc.requirements, 'requirements');
        }
        return;
      case 'purposes':
        return entries(ctx, node, acc.purposes, 'purposes');
      case 'requirements':
        return entries(ctx, node, acc.requirements, 'requirements');
      case 'tasks':
        return readTasks(ctx, node, id.join('.'), acc.taskGroups);
      case 'funding':
        return readFunding(ctx, node, id.join('.'), acc.funding);
      case 'organisation':
        return readAssignments(ctx, node, id.join('.'), acc.assignments);
      case 'objectives':
        return readObjectives(ctx, node);
      case 'assessment': {
        const lines = linesOf(node);
        ctx.read(...lines);
        ctx.note(
          node.source,
          `phần đánh giá "${node.title}" (dòng ${node.source.line}–${lines.at(-1)!.line}) không thuộc PlanSchema: không đưa vào bản nháp`,
          `the assessment "${node.title}" (lines ${node.source.line}–${lines.at(-1)!.line}) has no place in PlanSchema: left out of the draft`,
        );
        return;
      }
    }
    if (node.kind === 'article') {
      ctx.note(node.source, `Điều ${node.label}: ${node.title}`, `Article ${node.label}: ${node.title}`);
      const approves = /^phê duyệt\s+(.+?)(?:\s+với\s+(?:các|những)\s+nội dung.*)?[.:]?$/iu.exec(node.title);
      if (approves && !ctx.plan.title) {
        ctx.plan.title = { vi: approves[1]! };
        ctx.at('/title/vi', node.source);
      }
    }
    if (node.kind === 'part')
      ctx.note(node.source, `Phần ${node.label}: ${node.title}`, `Part ${node.label}: ${node.title}`);
    // Lines of the decision's own articles that are not plan parts: kept as notes, not guessed.
    for (const child of node.children) walk(child, id);
  };
  walk(root, []);
  if (acc.purposes.length) ctx.plan.purposes = acc.purposes;
  else ctx.miss('/purposes', 'không thấy mục đích', 'no purposes found');
  if (acc.requirements.length) ctx.plan.requirements = acc.requirements;
  else ctx.miss('/requirements', 'không thấy yêu cầu', 'no requirements found');
  if (acc.taskGroups.length) ctx.plan.taskGroups = acc.taskGroups;
  else
    ctx.miss(
      '/taskGroups',
      'không thấy nhóm nhiệm vụ, giải pháp (1. … a) …)',
      'no task groups found (1. … a) …)',
    );
  if (acc.funding.length) ctx.plan.funding = acc.funding;
  else ctx.miss('/funding', 'không thấy mục kinh phí thực hiện', 'no funding section found');
  if (acc.assignments.length) ctx.plan.assignments = acc.assignments;
  else
    ctx.miss(
      '/assignments',
      'không thấy mục tổ chức thực hiện (phân công)',
      'no organisation (assignments) section found',
    );
}
