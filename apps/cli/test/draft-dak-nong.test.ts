/**
 * The draft of the Đắk Nông plan, read from its document as issued, against the hand-checked
 * bundle of @kehoach/plans: every purpose, requirement, task, duty, funding provision, the
 * reporting sentence, the recipients and the signer, word for word.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dakNong2021, dakNongRegistry } from '@kehoach/plans';
import { PlanSchema, validate } from '@kehoach/sdk';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../src/draft/draft.js';
import { readDocument } from '../src/draft/read.js';
import { markerOf } from '../src/draft/structure.js';
import { toLines } from '../src/draft/text.js';

const file = fileURLToPath(new URL('../../../packages/plans/sources/dak-nong-2021/plan.md', import.meta.url));
const text = readFileSync(file, 'utf8');
const draft = draftPlan(toLines(text, true), {
  registry: dakNongRegistry,
  source: { file: 'plan.md', format: 'md', encoding: 'utf-8' },
});
// biome-ignore lint/suspicious/noExplicitAny: the draft is Plan-shaped JSON, compared field by field.
const plan = draft.plan as any;
const sourceLines = text.split('\n');

describe('plan draft of the Đắk Nông document', () => {
  it('reads the purposes, requirements and preamble word for word', () => {
    expect(plan.purposes).toEqual(dakNong2021.purposes);
    expect(plan.requirements).toEqual(dakNong2021.requirements);
    expect(plan.preamble).toEqual(dakNong2021.preamble);
  });

  it('reads every task group, task label and text word for word', () => {
    expect(plan.taskGroups).toEqual(
      dakNong2021.taskGroups.map((g) => ({
        id: g.id,
        number: g.number,
        title: g.title,
        tasks: g.tasks.map((t) => ({ id: t.id, label: t.label, text: t.text })),
      })),
    );
    expect(draft.report.found.tasks).toBe(16);
  });

  it('reads every assignment heading, its agencies and every duty word for word', () => {
    expect(plan.assignments).toEqual(
      dakNong2021.assignments.map((a) => ({
        id: a.id,
        number: a.number,
        heading: a.heading,
        agencyIds: a.agencyIds,
        ...(a.requested ? { requested: true } : {}),
        responsibilities: a.responsibilities.map((r) => ({ id: r.id, text: r.text })),
      })),
    );
    expect(draft.report.found.responsibilities).toBe(26);
    // The duty split by a page break ("câu lạc" / blank line / "bộ phòng, chống …") is one text again.
    expect(plan.assignments[5].responsibilities[2].text.vi).toContain('các câu lạc bộ phòng, chống');
  });

  it('reads the funding provisions (and leaves isSource to a person)', () => {
    expect(plan.funding).toEqual(
      dakNong2021.funding.map((f) => ({ id: f.id, number: f.number, text: f.text })),
    );
    expect(draft.report.missing.filter((m) => m.field.endsWith('/isSource'))).toHaveLength(3);
  });

  it('reads the reporting sentence, its cadence, due date, recipient and intermediary', () => {
    const { timeZone: _zone, viaFunction: _via, ...rule } = dakNong2021.reporting;
    expect(plan.reporting).toEqual(rule);
    expect(plan.closing).toEqual(dakNong2021.closing);
    expect(draft.report.missing.some((m) => m.field === '/reporting/timeZone')).toBe(true);
  });

  it('reads the recipients and the signer word for word', () => {
    expect(plan.recipients).toEqual(dakNong2021.recipients);
    expect(plan.signer).toEqual(dakNong2021.signer);
  });

  it('reads the header with its blanks: number unknown, day unknown', () => {
    expect(plan.title).toEqual({ vi: dakNong2021.title.vi });
    expect(plan.kind).toBe('plan');
    expect(plan.number).toEqual(dakNong2021.number);
    expect(plan.issued).toEqual(dakNong2021.issued);
    expect(plan.place).toBe(dakNong2021.place);
    expect(plan.period).toEqual(dakNong2021.period);
    expect(plan.implements.number).toBe(dakNong2021.implements.number);
    expect(plan.implements.date).toBe(dakNong2021.implements.date);
    const fields = draft.report.missing.map((m) => m.field);
    expect(fields).toEqual(
      expect.arrayContaining(['/number/value', '/issued', '/issuer', '/id', '/catalogId']),
    );
    expect(draft.report.missing.find((m) => m.field === '/issued')?.lines).toEqual([5]);
  });

  it('invents nothing it cannot read: no roles, no links, no issuer, no time zone', () => {
    expect(plan.id).toBeUndefined();
    expect(plan.issuer).toBeUndefined();
    expect(plan.milestones).toBeUndefined();
    for (const a of plan.assignments) {
      expect(a.role).toBeUndefined();
      expect(a.taskLinks).toBeUndefined();
    }
    expect(draft.report.missing.filter((m) => m.field.endsWith('/role'))).toHaveLength(11);
    expect(draft.report.unread).toEqual([]);
  });

  it('maps every text to the source line it was read from', () => {
    const at = (pointer: string) => draft.sourceMap.filter((e) => e.pointer === pointer);
    const line = (n: number) => sourceLines[n - 1]!;
    expect(line(at('/taskGroups/1/tasks/2/text/vi')[0]!.line)).toContain(
      'c) Duy trì, phát triển hệ thống cơ sở',
    );
    expect(line(at('/signer/name')[0]!.line)).toContain('Tôn Thị Ngọc Hạnh');
    const split = at('/assignments/5/responsibilities/2/text/vi')[0]!;
    expect(line(split.line)).toContain('vào các câu lạc');
    expect(line(split.endLine!)).toMatch(/^bộ phòng, chống/);
    // Every task and duty has its line.
    for (const [gi, g] of plan.taskGroups.entries())
      for (const ti of g.tasks.keys()) expect(at(`/taskGroups/${gi}/tasks/${ti}/text/vi`)).toHaveLength(1);
    for (const [ai, a] of plan.assignments.entries())
      for (const ri of a.responsibilities.keys())
        expect(at(`/assignments/${ai}/responsibilities/${ri}/text/vi`).length).toBeGreaterThan(0);
  });

  it('matches every agency heading to the registry with full confidence, at the plan’s date', () => {
    const headings = draft.report.agencies.filter((a) => a.pointer.startsWith('/assignments'));
    expect(headings.every((a) => a.confidence === 1)).toBe(true);
    // "Sở Tư pháp" is also the name of Lâm Đồng's department after 2025: an alternative, not the match.
    expect(headings.find((a) => a.name === 'Sở Tư pháp')).toMatchObject({
      agencyId: 'dak-nong.so-tu-phap',
      alternatives: ['lam-dong.so-tu-phap'],
    });
  });

  it('is a PlanSchema plan once a person fills in exactly what the report lists', () => {
    const filled = structuredClone(plan);
    filled.id = dakNong2021.id;
    filled.catalogId = dakNong2021.catalogId;
    filled.milestones = dakNong2021.milestones;
    filled.issuer = dakNong2021.issuer;
    filled.reporting.timeZone = 'Asia/Ho_Chi_Minh';
    for (const [i, f] of filled.funding.entries()) f.isSource = dakNong2021.funding[i]!.isSource;
    for (const [i, a] of filled.assignments.entries())
      Object.assign(a, { role: dakNong2021.assignments[i]!.role, taskLinks: [], measureLinks: [] });
    const listed = new Set(draft.report.missing.map((m) => m.field.replace(/\/\d+\//g, '/*/')));
    for (const field of [
      '/id',
      '/catalogId',
      '/milestones',
      '/issuer',
      '/reporting/timeZone',
      '/funding/*/isSource',
    ])
      expect(listed).toContain(field);
    expect(listed).toContain('/assignments/*/role');
    const r = validate(PlanSchema, filled);
    expect(r.success ? [] : r.errors).toEqual([]);
  });

  it('reads the same plan from a .docx whose I., 1., a) and bullets are Word automatic numbering', async () => {
    const level = (l: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
      level: l,
      format,
      text,
      alignment: AlignmentType.LEFT,
    });
    const levels = [
      level(0, LevelFormat.UPPER_ROMAN, '%1.'),
      level(1, LevelFormat.DECIMAL, '%2.'),
      level(2, LevelFormat.LOWER_LETTER, '%3)'),
    ];
    const depth = { roman: 0, arabic: 1, letter: 2 } as const;
    // The document's paragraphs with their printed numbers taken out: Word numbers them again.
    const children = toLines(text, true).map((l) => {
      const m = markerOf(l.text);
      if (m && (m.kind === 'roman' || m.kind === 'arabic' || m.kind === 'letter'))
        return new Paragraph({ text: m.rest, numbering: { reference: 'plan', level: depth[m.kind] } });
      if (m?.kind === 'bullet')
        return new Paragraph({ text: m.rest, numbering: { reference: 'bullets', level: 0 } });
      return new Paragraph(l.text);
    });
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'plan', levels },
          { reference: 'bullets', levels: [level(0, LevelFormat.BULLET, '-')] },
        ],
      },
      sections: [{ children }],
    });
    const path = join(mkdtempSync(join(tmpdir(), 'kehoach-dak-nong-')), 'ke-hoach.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    const read = await readDocument(path);
    // biome-ignore lint/suspicious/noExplicitAny: Plan-shaped JSON, compared with the markdown draft.
    const fromDocx = draftPlan(read.lines, { registry: dakNongRegistry, source: read.source }).plan as any;
    for (const key of [
      'purposes',
      'requirements',
      'taskGroups',
      'funding',
      'assignments',
      'reporting',
      'recipients',
      'signer',
    ])
      expect(fromDocx[key], key).toEqual(plan[key]);
  });

  it('reads the same plan from a plain-text copy with the two-column header of the signed original', () => {
    // The document as "Save as plain text" gives it: no markdown, the header in two columns.
    const plain = text
      .replace(/^#+\s*/gm, '')
      .replace(/\*+/g, '')
      .replace(/<\/?sub>/g, '')
      .replace(
        'Số: /KH-UBND',
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐẮK NÔNG\tĐộc lập - Tự do - Hạnh phúc\nSố: /KH-UBND',
      );
    const d = draftPlan(toLines(plain, false), {
      registry: dakNongRegistry,
      source: { file: 'plan.txt', format: 'txt', encoding: 'utf-8' },
    });
    // biome-ignore lint/suspicious/noExplicitAny: Plan-shaped JSON, compared with the markdown draft.
    const fromText = d.plan as any;
    for (const key of [
      'purposes',
      'requirements',
      'taskGroups',
      'funding',
      'assignments',
      'reporting',
      'recipients',
      'signer',
    ])
      expect(fromText[key], key).toEqual(plan[key]);
    expect(d.report.header).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG' });
    expect(fromText.issuer).toEqual(dakNong2021.issuer);
    expect(d.report.unread).toEqual([]);
  });
});
