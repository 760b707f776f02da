import type { DraftContext } from './context.js';
import { parseTargetSentence, phaseYear } from './measures.js';
import { linesOf, type Node } from './structure.js';
import type { SourceLine } from './types.js';

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

/** The id of a node from its numbering path: "II", "II.1"; a decision's "Điều 1" is "D1". */
const idPart = (n: Node): string => (n.kind === 'article' ? `D${n.label}` : n.label);

/**
 * An item's id under its section's: "II" + "1" → "II.1"; a decimal label already carries its
 * parent's number ("2" + "2.1" → "2.1", not "2.2.1").
 */
export function childId(parent: string, label: string): string {
  if (parent === '') return label;
  const last = parent.split('.').at(-1)!;
  if (label.startsWith(`${last}.`)) return parent.split('.').slice(0, -1).concat(label).join('.');
  return `${parent}.${label}`;
}

/** The number of an item: "3" → 3, "2.1" → 1 (its place under "2"). */
const numberOf = (label: string): number => Number(label.split('.').at(-1));

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

/** "1. Mục đích: <text>", or its bullets / paragraphs: one entry each. */
function entries(ctx: DraftContext, node: Node, into: { vi: string }[], key: string): void {
  ctx.read(node.source);
  const inline = /^[^:]{1,40}:\s*(.+)$/u.exec(node.title)?.[1];
  const add = (text: string, from: SourceLine) => {
    ctx.at(`/${key}/${into.length}/vi`, from);
    into.push({ vi: text });
  };
  if (inline) add(inline, node.source);
  for (const p of node.paras) add(p.text, p);
  for (const c of node.children) add(c.title, c.source);
}

/** Paragraphs and sub-items of an item, appended to its text on their own lines. */
function body(ctx: DraftContext, node: Node, pointer: string): string {
  const parts = [node.title];
  ctx.at(pointer, node.source);
  for (const p of node.paras) {
    parts.push(p.text);
    ctx.at(pointer, p);
  }
  for (const c of node.children) {
    parts.push(
      `${c.kind === 'bullet' ? '- ' : c.kind === 'subbullet' ? '+ ' : `${c.label}) `}${body(ctx, c, pointer).replace(/\n/g, '\n  ')}`,
    );
  }
  return parts.join('\n');
}

function readTasks(
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

const SOURCE_WORDS = /^(?:từ\s+)?(?:ngân sách|nguồn|kinh phí|vốn|huy động)/iu;

function readFunding(
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

const NAME_START =
  /^(?:các\s+)?(?:sở|ban|bộ|công an|ủy ban|uỷ ban|ubnd|đoàn|hội|liên đoàn|bộ chỉ huy|văn phòng|thanh tra|đài|báo|cục|chi cục|kho bạc|bảo hiểm|ngân hàng|trường|bệnh viện|trung tâm|phòng|mặt trận)(?![\p{L}\p{N}])/iu;

function readAssignments(
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

function readObjectives(ctx: DraftContext, node: Node): void {
  const visit = (n: Node, phase: number | undefined, group: string | undefined) => {
    const own = phaseYear(n.title) ?? phase;
    const sentences: SourceLine[] = n === node ? [...n.paras] : [n.source, ...n.paras];
    for (const s of sentences) {
      const text = s === n.source ? n.title : s.text;
      if (text.startsWith('|')) continue;
      const general = /^mục tiêu chung\s*:?\s*(.*)$/iu.exec(text);
      if (general) {
        ctx.note(
          s,
          `mục tiêu chung (không có chỗ trong PlanSchema): ${general[1]}`,
          `general objective (no place in PlanSchema): ${general[1]}`,
        );
        continue;
      }
      const m = parseTargetSentence(text, s.line, {
        ...(own ? { phaseYear: own } : {}),
        ...(group ? { group } : {}),
      });
      if (m) {
        ctx.measures.push(m);
        ctx.read(s);
      } else if (s === n.source && n.children.length) ctx.read(s);
    }
    const g = n.children.length && n !== node ? n.title : group;
    for (const c of n.children) visit(c, own, g);
  };
  ctx.read(node.source);
  visit(node, phaseYear(node.title), node.title);
}
