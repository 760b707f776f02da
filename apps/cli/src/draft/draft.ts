import { type OrganizationRegistry, PlanSchema } from '@kehoach/sdk';
import { AgencyMatcher } from './agencies.js';
import { readCatalog } from './catalog.js';
import { findRecipientsLine, readClosing } from './closing.js';
import { DraftContext } from './context.js';
import { findKindLine, KIND_WORDS, readHeader } from './header.js';
import { parseTargetSentence } from './measures.js';
import { readPreamble } from './preamble.js';
import { isReportingSentence, readReporting } from './reporting.js';
import { readSections } from './sections.js';
import { buildTree, markerOf } from './structure.js';
import { readTables } from './table.js';
import type { Draft, DraftReport, SourceLine } from './types.js';

export interface DraftOptions {
  /** Agencies to match the document's names to; without it no agency id is filled. */
  registry?: OrganizationRegistry;
  source: Omit<DraftReport['source'], 'lines'>;
}

/**
 * A document's lines → a Plan-shaped skeleton holding what the document says, a report of what
 * it does not (with lines), and a map of every text to its lines. Reads in the document's own
 * order: header, kind and title, preamble, the numbered body, the closing sentence, "Nơi nhận"
 * and the signature.
 */
export function draftPlan(lines: SourceLine[], options: DraftOptions): Draft {
  const ctx = new DraftContext(new AgencyMatcher(options.registry));
  if (ctx.matcher.empty)
    ctx.miss(
      'registry',
      'không có danh mục cơ quan (--registry): không gán mã cơ quan',
      'no agency registry (--registry): no agency ids filled',
    );
  const kindAt = findKindLine(lines);
  const firstItem = lines.findIndex((l) => markerOf(l.text) !== undefined && !/^số\s*:/iu.test(l.text));
  const headerEnd = kindAt >= 0 ? kindAt : Math.min(Math.max(firstItem, 0), 10);
  // Without a kind line, the header is what comes before the first numbered item (at most 10 lines).
  const header = readHeader(ctx, lines.slice(0, headerEnd));
  let bodyStart = headerEnd;
  if (kindAt >= 0) {
    const kindLine = lines[kindAt]!;
    header.kindWord = kindLine.text;
    const kind = KIND_WORDS[kindLine.text];
    ctx.read(kindLine);
    if (kind) {
      ctx.plan.kind = kind;
      ctx.at('/kind', kindLine);
    } else
      ctx.miss(
        '/kind',
        `loại văn bản "${kindLine.text}" không phải kế hoạch (PlanSchema: plan)`,
        `the document kind "${kindLine.text}" is not a plan (PlanSchema: plan)`,
        [kindLine],
      );
    const title = lines[kindAt + 1];
    if (title && !markerOf(title.text)) {
      ctx.plan.title = { vi: title.text };
      ctx.at('/title/vi', title);
      bodyStart = kindAt + 2;
    } else bodyStart = kindAt + 1;
  } else
    ctx.miss(
      '/kind',
      'không thấy tên loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH …)',
      'no document kind line found (KẾ HOẠCH, QUYẾT ĐỊNH …)',
    );

  let end = findRecipientsLine(lines);
  if (end < 0) end = lines.length;
  const firstBody = lines.findIndex((l, i) => i >= bodyStart && markerOf(l.text) !== undefined);
  const preambleEnd = firstBody < 0 || firstBody > end ? end : firstBody;
  // Without a kind and title there is no telling a preamble from stray text: left unread.
  if (kindAt >= 0) readPreamble(ctx, lines.slice(bodyStart, preambleEnd));

  // The closing paragraph ("Trên đây là Kế hoạch …") ends the body.
  let closingAt = -1;
  for (let i = end - 1; i >= preambleEnd; i--)
    if (/^trên đây là(?![\p{L}\p{N}])/iu.test(lines[i]!.text)) {
      closingAt = i;
      break;
    }
  const body = lines.slice(preambleEnd, closingAt >= 0 ? closingAt : end);
  const tables = readTables(ctx, body);
  readSections(ctx, buildTree(body.filter((l) => !tables.has(l))));
  if (closingAt >= 0) {
    ctx.plan.closing = { vi: lines[closingAt]!.text };
    ctx.at('/closing/vi', lines[closingAt]!);
  }
  const reportingLine = lines.slice(preambleEnd, end).findLast((l) => isReportingSentence(l.text));
  readReporting(ctx, reportingLine);
  if (reportingLine) ctx.read(reportingLine);
  if (end < lines.length) readClosing(ctx, lines.slice(end));
  else ctx.miss('/recipients', 'không thấy "Nơi nhận:"', 'no "Nơi nhận:" found');
  readStrayTargets(ctx, lines);
  if (
    !['taskGroups', 'assignments', 'funding', 'purposes', 'requirements'].some((k) => k in ctx.plan) &&
    ctx.measures.length === 0
  )
    // First in the report: it explains every other gap.
    structureMissing(ctx, lines, kindAt >= 0);
  finish(ctx);
  const catalog = readCatalog(ctx);
  const title = ctx.plan.title as { vi: string } | undefined;
  if (title)
    ctx.plan.source = { title: title.vi, note: `Văn bản gốc / source document: ${options.source.file}` };
  ctx.miss('/id', 'cần đặt mã kế hoạch (id)', 'the plan needs an id');
  ctx.miss(
    '/catalogId',
    'cần chọn bộ chỉ tiêu (catalogId)',
    'the plan needs an indicator catalog (catalogId)',
  );
  return {
    plan: ordered(ctx.plan),
    ...(catalog ? { catalog } : {}),
    sourceMap: ctx.sourceMap,
    report: {
      source: { ...options.source, lines: lines.at(-1)?.endLine ?? lines.at(-1)?.line ?? 0 },
      header,
      found: counts(ctx.plan, ctx.measures.length),
      missing: ctx.missing,
      unread: lines
        .filter((l) => !ctx.used.has(l))
        .map((l) => ({ text: l.text, line: l.line, ...(l.endLine ? { endLine: l.endLine } : {}) })),
      agencies: ctx.agencies,
      measures: ctx.measures,
      notes: ctx.notes,
    },
  };
}

/** Why nothing was read: said first, since it explains every other gap. */
function structureMissing(ctx: DraftContext, lines: SourceLine[], hasKind: boolean): void {
  const unread = lines.filter((l) => !ctx.used.has(l));
  if (lines.length === 0) {
    ctx.missFirst('structure', 'văn bản trống: không có chữ nào', 'the document is empty: no text at all');
    return;
  }
  const kind = hasKind ? '' : 'không có tên loại văn bản (KẾ HOẠCH …), ';
  const kindEn = hasKind ? '' : 'no document kind (KẾ HOẠCH …), ';
  ctx.missFirst(
    'structure',
    `không nhận ra cấu trúc kế hoạch: ${kind}không có mục đánh số (I., 1., a), Điều 1.) nào là mục đích, yêu cầu, nhiệm vụ, kinh phí, tổ chức thực hiện hay chỉ tiêu; ${unread.length} đoạn văn chưa đọc được, liệt kê bên dưới`,
    `no plan structure recognised: ${kindEn}no numbered part (I., 1., a), Điều 1.) reads as purposes, requirements, tasks, funding, organisation or targets; ${unread.length} paragraphs not read, listed below`,
    unread,
  );
}

/** "Chỉ tiêu 3: …" outside an objectives section is still a target sentence. */
function readStrayTargets(ctx: DraftContext, lines: SourceLine[]): void {
  for (const l of lines) {
    if (ctx.used.has(l) || !/^chỉ tiêu\s+\d/iu.test(l.text)) continue;
    const m = parseTargetSentence(l.text, l.line);
    if (m) {
      ctx.measures.push(m);
      ctx.read(l);
    }
  }
}

/** The period from the title ("giai đoạn 2021-2030"). */
function finish(ctx: DraftContext): void {
  const title = (ctx.plan.title as { vi: string } | undefined)?.vi ?? '';
  const p = /giai đoạn\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/iu.exec(title);
  if (p) {
    ctx.plan.period = { from: Number(p[1]), to: Number(p[2]) };
    const at = ctx.sourceMap.find((e) => e.pointer === '/title/vi');
    if (at) ctx.sourceMap.push({ ...at, pointer: '/period' });
  } else
    ctx.miss(
      '/period',
      'tên văn bản không nói giai đoạn (giai đoạn 2021-2030)',
      'the title names no period (giai đoạn 2021-2030)',
    );
  ctx.miss('/milestones', 'cần chọn các năm mốc (milestones)', 'the milestone years must be chosen');
}

/** PlanSchema's keys in their order: the schema is the one list of a plan's parts. */
const ORDER = Object.keys(PlanSchema._zod.def.shape);

/** The plan's keys in PlanSchema's order, so plan.json reads like a hand-written bundle. */
function ordered(plan: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(ORDER.filter((k) => k in plan).map((k) => [k, plan[k]]));
}

function counts(plan: Record<string, unknown>, measures: number): Record<string, number> {
  const len = (k: string) => (Array.isArray(plan[k]) ? (plan[k] as unknown[]).length : 0);
  const groups = (plan.taskGroups as { tasks: unknown[] }[] | undefined) ?? [];
  const assignments = (plan.assignments as { responsibilities: unknown[] }[] | undefined) ?? [];
  return {
    purposes: len('purposes'),
    requirements: len('requirements'),
    taskGroups: groups.length,
    tasks: groups.reduce((n, g) => n + g.tasks.length, 0),
    funding: len('funding'),
    assignments: assignments.length,
    responsibilities: assignments.reduce((n, a) => n + a.responsibilities.length, 0),
    recipients: len('recipients'),
    measures,
  };
}
