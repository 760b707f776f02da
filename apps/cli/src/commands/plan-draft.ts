/**
 * `kehoach plan draft <document> -o <dir>`: reads an issued plan (.docx, .txt, .md) and writes
 * a bundle skeleton (plan.json), what it could not read (draft-report.json, also printed), the
 * map from every text to its source line (source-map.json) and a copy of the document. Nothing
 * is invented: what the document does not say stays absent and is listed with its lines.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type OrganizationRegistry, OrganizationRegistrySchema, validate } from '@kehoach/sdk';
import { OperatorError } from '@kehoach/server/operator';
import { draftPlan } from '../draft/draft.js';
import { DocumentError } from '../draft/errors.js';
import { readDocument } from '../draft/read.js';
import type { Draft } from '../draft/types.js';
import { UsageError } from '../usage.js';

export const PLAN_DRAFT_HELP = `kehoach plan draft <văn bản.docx|.txt|.md> -o <thư mục> [--registry <danh mục cơ quan.json>] [--force]
                                                       bản nháp kế hoạch từ văn bản ban hành / draft a plan from its document`;

export async function planDraft(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      registry: { type: 'string' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [document, ...extra] = positionals;
  if (!document) throw new UsageError(`thiếu văn bản\n${PLAN_DRAFT_HELP}`, 'a document is required');
  if (extra.length)
    throw new UsageError(`thừa tham số: ${extra.join(' ')}`, `unexpected arguments: ${extra.join(' ')}`);
  const out = values.out;
  if (!out) throw new UsageError('thiếu -o <thư mục>', '-o <directory> is required');
  if (existsSync(out) && readdirSync(out).length > 0 && !values.force)
    throw new OperatorError([
      {
        vi: `${out}: thư mục đã có tệp; không ghi đè (thêm --force để ghi đè)`,
        en: `${out}: the directory is not empty; nothing overwritten (add --force to overwrite)`,
      },
    ]);
  const registry = values.registry ? readRegistry(values.registry) : undefined;
  let draft: Draft;
  let text: string;
  let format: string;
  try {
    const doc = await readDocument(document);
    draft = draftPlan(doc.lines, { ...(registry ? { registry } : {}), source: doc.source });
    text = doc.text;
    format = doc.source.format;
  } catch (err) {
    if (err instanceof DocumentError) throw new OperatorError([{ vi: err.vi, en: err.en }]);
    throw err;
  }
  mkdirSync(out, { recursive: true });
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(join(out, 'plan.json'), json(draft.plan));
  writeFileSync(join(out, 'draft-report.json'), json(draft.report));
  writeFileSync(join(out, 'source-map.json'), json(draft.sourceMap));
  if (draft.catalog) writeFileSync(join(out, 'catalog.json'), json(draft.catalog));
  copyFileSync(document, join(out, basename(document)));
  // A .docx's line numbers count in the text drawn from it: keep that text beside it.
  if (format === 'docx') writeFileSync(join(out, `${basename(document)}.txt`), text);
  console.log(printReport(draft, out));
}

function readRegistry(path: string): OrganizationRegistry {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new OperatorError([
      {
        vi: `${path}: không đọc được danh mục cơ quan (${(err as Error).message})`,
        en: `${path}: cannot read the registry (${(err as Error).message})`,
      },
    ]);
  }
  const r = validate(OrganizationRegistrySchema, data);
  if (!r.success)
    throw new OperatorError(
      r.errors.map((e) => ({
        vi: `${path} ${e.path}: ${e.message.vi}`,
        en: `${path} ${e.path}: ${e.message.en}`,
      })),
    );
  return r.data;
}

const LABELS: Record<string, [string, string]> = {
  purposes: ['mục đích', 'purposes'],
  requirements: ['yêu cầu', 'requirements'],
  taskGroups: ['nhóm nhiệm vụ', 'task groups'],
  tasks: ['nhiệm vụ', 'tasks'],
  funding: ['khoản kinh phí', 'funding provisions'],
  assignments: ['phân công', 'assignments'],
  responsibilities: ['trách nhiệm', 'responsibilities'],
  recipients: ['nơi nhận', 'recipients'],
  measures: ['chỉ tiêu đo', 'measures'],
};

/** The report as a person reads it: counts, what is missing and where, unread lines, matches. */
export function printReport(draft: Draft, out: string): string {
  const r = draft.report;
  const lines: string[] = [];
  const found = Object.entries(r.found);
  lines.push(`Đã đọc ${r.source.file}: ${found.map(([k, n]) => `${n} ${LABELS[k]?.[0] ?? k}`).join(', ')}`);
  lines.push(`  read: ${found.map(([k, n]) => `${n} ${LABELS[k]?.[1] ?? k}`).join(', ')}`);
  const where = (ls?: number[]) => (ls?.length ? ` (dòng/line ${ls.join(', ')})` : '');
  lines.push(`Còn thiếu / missing (${r.missing.length}):`);
  for (const m of r.missing) lines.push(`  ${m.field}${where(m.lines)}: ${m.vi}\n    ${m.en}`);
  lines.push(`Dòng chưa đọc được / lines not read (${r.unread.length}):`);
  for (const u of r.unread)
    lines.push(`  ${u.line}: ${u.text.length > 100 ? `${u.text.slice(0, 100)}…` : u.text}`);
  if (r.agencies.length) {
    lines.push('Cơ quan / agencies:');
    for (const a of r.agencies)
      lines.push(
        `  ${a.line}: ${a.name.slice(0, 80)} → ${a.agencyId ?? '?'} (${a.confidence}${a.by ? `, ${a.by}` : ''})`,
      );
  }
  if (r.measures.length) {
    lines.push('Chỉ tiêu / measures:');
    for (const m of r.measures)
      lines.push(
        `  ${m.line}: ${m.code ? `${m.code}. ` : ''}${m.title.slice(0, 70)} — ${m.targets.map((t) => `${t.kind === 'maintain' ? 'duy trì ' : ''}${t.comparator ?? '?'} ${t.value} (${t.year})`).join(', ')}`,
      );
  }
  for (const n of r.notes) lines.push(`  ${n.line}: ${n.vi}\n    ${n.en}`);
  lines.push(
    `Đã ghi / written: ${join(out, 'plan.json')}, ${draft.catalog ? 'catalog.json, ' : ''}draft-report.json, source-map.json`,
  );
  return lines.join('\n');
}
