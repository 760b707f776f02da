/**
 * Documents of other structures than the Đắk Nông plan (fixtures/, illustrative), and bad
 * documents: each read as a person would check it, value by value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndicatorCatalogSchema, validate } from '@kehoach/sdk';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../src/draft/draft.js';
import { DocumentError } from '../src/draft/errors.js';
import { readDocument } from '../src/draft/read.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-draft-'));

async function draftOf(path: string) {
  const doc = await readDocument(path);
  const draft = draftPlan(doc.lines, { source: doc.source });
  // biome-ignore lint/suspicious/noExplicitAny: Plan-shaped JSON, read field by field.
  return { ...draft, plan: draft.plan as any, doc };
}

describe('a decision with articles approving a programme', () => {
  it('reads its header from two columns, its title, grounds, tasks, funding, duties, targets and signer', async () => {
    const { plan, report } = await draftOf(fixture('decision-articles.txt'));
    expect(report.header).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH XANH',
      numberAsIssued: 'Số: 215/QĐ-UBND',
      place: 'Hòa Bình Xanh',
      date: { year: 2022, month: 3, day: 18 },
      kindWord: 'QUYẾT ĐỊNH',
    });
    expect(plan.number).toEqual({ asIssued: 'Số: 215/QĐ-UBND', value: '215/QĐ-UBND' });
    // A decision is not a PlanSchema plan: the kind stays empty and is listed.
    expect(plan.kind).toBeUndefined();
    expect(report.missing.find((m) => m.field === '/kind')?.lines).toEqual([5]);
    expect(plan.title.vi).toBe(
      'Về việc phê duyệt Chương trình phòng, chống tai nạn, thương tích trẻ em tỉnh Hòa Bình Xanh giai đoạn 2022-2025',
    );
    expect(plan.period).toEqual({ from: 2022, to: 2025 });
    expect(plan.preamble.vi.split('\n')).toHaveLength(3);
    expect(plan.preamble.vi).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương/);
    expect(plan.taskGroups.map((g: { id: string; number: number }) => [g.id, g.number])).toEqual([
      ['D1.2.1', 1],
      ['D1.2.2', 2],
    ]);
    expect(plan.taskGroups[0].tasks[1]).toEqual({
      id: 'D1.2.1.b',
      label: 'b',
      text: { vi: 'Lồng ghép kỹ năng an toàn vào hoạt động ngoại khóa.' },
    });
    expect(plan.funding.map((f: { text: { vi: string } }) => f.text.vi)).toEqual([
      'Ngân sách nhà nước theo phân cấp hiện hành.',
      'Nguồn vận động hợp pháp khác.',
    ]);
    expect(plan.assignments.map((a: { heading: string }) => a.heading)).toEqual([
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
    ]);
    expect(plan.assignments[1].responsibilities).toHaveLength(2);
    expect(plan.reporting).toMatchObject({ frequency: 'yearly', due: { month: 11, day: 20 } });
    expect(plan.reporting.text.vi).toMatch(/^Sở Y tế: Chủ trì/);
    expect(report.measures.map((m) => [m.line, m.unit?.kind, m.targets])).toEqual([
      [19, 'per_100000', [{ kind: 'level', year: 2025, comparator: '<', value: 15 }]],
      [20, 'percent', [{ kind: 'level', year: 2025, comparator: '≥', value: 80 }]],
    ]);
    expect(plan.recipients).toEqual(['Như Điều 3;', 'Bộ Y tế (b/c);', 'Lưu: VT, KGVX.']);
    expect(plan.signer).toEqual({ name: 'Nguyễn Văn Minh', titleLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
    // Articles 1 and 3 are noted, not guessed into plan parts.
    expect(report.notes.map((n) => n.line)).toEqual([17, 35]);
    expect(report.unread).toEqual([]);
  });
});

describe('a plan opening with an assessment part', () => {
  it('leaves the assessment out (noted with its lines) and reads the plan of part two', async () => {
    const { plan, report } = await draftOf(fixture('assessment-part.md'));
    expect(report.notes[0]).toMatchObject({ line: 11 });
    expect(report.notes[0]!.en).toContain('lines 11–17');
    expect(plan.purposes).toEqual([{ vi: 'Nâng cao hiệu quả công tác bảo vệ trẻ em trên địa bàn tỉnh.' }]);
    expect(plan.taskGroups[0].id).toBe('II.1');
    expect(plan.taskGroups[0].tasks.map((t: { id: string }) => t.id)).toEqual(['II.1.a', 'II.1.b']);
    expect(plan.assignments[0]).toMatchObject({ id: 'III.1', heading: 'Sở Y tế' });
    expect(plan.reporting.due).toEqual({ month: 12, day: 5 });
    // The 92% of the assessment is a result, not a target.
    expect(report.measures).toEqual([]);
    expect(plan.issuer).toBeUndefined();
    expect(report.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH SÔNG XANH');
    expect(report.unread).toEqual([]);
  });
});

describe('targets in phases', () => {
  it('gives each phase’s end year to the figures under it, with comparator and unit', async () => {
    const { plan, report } = await draftOf(fixture('targets-phases.txt'));
    expect(plan.number).toEqual({ asIssued: 'Số: /KH-UBND', value: null });
    expect(plan.issued).toEqual({ year: 2021 });
    expect(report.missing.find((m) => m.field === '/issued')?.en).toContain('day month blank');
    expect(report.measures.map((m) => [m.group, m.direction, m.targets[0]])).toEqual([
      ['Giai đoạn 2021 - 2025', 'decrease', { kind: 'level', year: 2025, comparator: '≤', value: 19 }],
      ['Giai đoạn 2021 - 2025', 'increase', { kind: 'level', year: 2025, comparator: '≥', value: 90 }],
      ['Giai đoạn 2026 - 2030', 'decrease', { kind: 'level', year: 2030, comparator: '<', value: 17 }],
      ['Giai đoạn 2026 - 2030', undefined, { kind: 'maintain', year: 2030, comparator: '>', value: 95 }],
    ]);
    // "dưới 5 tuổi" describes the children; it is not a target.
    expect(report.measures.flatMap((m) => m.targets.map((t) => t.value))).not.toContain(5);
    expect(report.notes[0]!.vi).toContain('mục tiêu chung');
  });
});

describe('targets written as sentences', () => {
  it('reads trên, dưới, xuống, đạt, phấn đấu and duy trì into comparators, values, units and years', async () => {
    const { report } = await draftOf(fixture('targets-words.md'));
    const byCode = Object.fromEntries(report.measures.map((m) => [m.code, m]));
    expect(byCode['1']!.targets).toEqual([
      { kind: 'level', year: 2025, comparator: '>', value: 60 },
      { kind: 'level', year: 2030, comparator: '>', value: 70 },
    ]);
    expect(byCode['2']).toMatchObject({
      direction: 'decrease',
      unit: { kind: 'per_1000' },
      targets: [
        { kind: 'level', year: 2025, comparator: '<', value: 9.5 },
        { kind: 'level', year: 2030, comparator: '<', value: 9 },
      ],
    });
    expect(byCode['3']).toMatchObject({
      unit: { kind: 'per_1000', denominator: { vi: 'trẻ đẻ sống' } },
      targets: [{ kind: 'level', year: 2025, comparator: '≤', value: 14 }],
    });
    expect(byCode['4']!.targets).toEqual([{ kind: 'level', year: 2025, comparator: '≥', value: 98.5 }]);
    expect(byCode['5']!.targets).toEqual([{ kind: 'level', year: 2030, comparator: '≥', value: 95 }]);
    expect(byCode['6']!.targets).toEqual([{ kind: 'maintain', year: 2030, comparator: '=', value: 100 }]);
    // "Đến năm 2025, 100% …": the year first, the figure after it, no comparator word — none is invented.
    expect(byCode['7']!.targets).toEqual([{ kind: 'level', year: 2025, value: 100 }]);
    expect(report.missing.map((m) => m.field)).toContain(
      'catalog.json#/objectives/0/indicators/6/measures/0/targets/0/comparator',
    );
    // "Giảm 10% so với năm 2020" is a change, not a level: not read, and shown as such.
    expect(byCode['8']).toBeUndefined();
    expect(report.unread.map((l) => l.text)).toEqual([
      'Chỉ tiêu 8: Giảm 10% so với năm 2020 số trẻ em bị tai nạn giao thông vào năm 2025.',
    ]);
    expect(byCode['2']!.title).toBe(
      'Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 9,5‰ vào năm 2025 và dưới 9‰ vào năm 2030.',
    );
  });

  it('writes them as an IndicatorCatalog skeleton, valid once the listed ids and choices are made', async () => {
    const { catalog, report, sourceMap } = await draftOf(fixture('targets-words.md'));
    // biome-ignore lint/suspicious/noExplicitAny: catalog-shaped JSON, read and completed field by field.
    const c = structuredClone(catalog) as any;
    expect(c.period).toEqual({ from: 2021, to: 2030 });
    expect(c.objectives).toHaveLength(1);
    expect(c.objectives[0].title).toEqual({ vi: 'MỤC TIÊU VÀ CHỈ TIÊU' });
    expect(c.objectives[0].indicators[1]).toMatchObject({
      number: 2,
      measures: [{ code: '2', unit: { kind: 'per_1000' }, direction: 'decrease' }],
    });
    expect(sourceMap).toContainEqual({
      pointer: 'catalog.json#/objectives/0/indicators/1/measures/0/title/vi',
      line: 9,
    });
    // "trên 60%" is > 60: the schema has no ">", so both targets of indicator 1 are listed for a person.
    const strict = report.missing.filter((m) => m.en.includes('strictly greater')).map((m) => m.field);
    expect(strict).toEqual([
      'catalog.json#/objectives/0/indicators/0/measures/0/targets/0/comparator',
      'catalog.json#/objectives/0/indicators/0/measures/0/targets/1/comparator',
    ]);
    expect(
      report.missing.some((m) => m.field === 'catalog.json#/objectives/0/indicators/5/measures/0/direction'),
    ).toBe(true);
    // What a person adds: ids, the decision, the source, the choices listed.
    Object.assign(c, {
      id: 'song-xanh',
      decision: {
        number: '1/KH-UBND',
        date: '2021-03-01',
        issuer: { vi: 'UBND tỉnh Sông Xanh' },
        title: { vi: 'Kế hoạch' },
      },
      source: { title: 'Kế hoạch' },
    });
    c.objectives[0].id = 'o1';
    c.objectives[0].number = 1;
    for (const [i, ind] of c.objectives[0].indicators.entries()) {
      ind.id = `i${i}`;
      ind.measures[0].id = `m${i}`;
      ind.measures[0].direction ??= 'increase';
      for (const t of ind.measures[0].targets)
        if (t.comparator === '>' || t.comparator === undefined) t.comparator = '≥';
    }
    const r = validate(IndicatorCatalogSchema, c);
    expect(r.success ? [] : r.errors).toEqual([]);
  });
});

describe('a table of indicators', () => {
  it('reads one measure per row, a target per year column, and lists the cells without a comparator', async () => {
    const { report } = await draftOf(fixture('indicator-table.md'));
    expect(report.measures.map((m) => [m.code, m.title, m.unit?.kind ?? m.unitText, m.targets])).toEqual([
      [
        '1',
        'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
        'percent',
        [
          { kind: 'level', year: 2023, comparator: '≥', value: 95 },
          { kind: 'level', year: 2025, comparator: '≥', value: 97 },
        ],
      ],
      [
        '2',
        'Tỷ suất tử vong trẻ em dưới 5 tuổi',
        'per_1000',
        [
          { kind: 'level', year: 2023, comparator: '<', value: 20 },
          { kind: 'level', year: 2025, comparator: '<', value: 18.5 },
        ],
      ],
      [
        '3',
        'Số xã đạt tiêu chuẩn phù hợp với trẻ em',
        'xã',
        [
          { kind: 'level', year: 2023, value: 12 },
          { kind: 'level', year: 2025, value: 15 },
        ],
      ],
    ]);
    expect(
      report.missing.filter((m) => m.field.endsWith('/comparator')).map((m) => [m.field, m.lines]),
    ).toEqual([
      ['catalog.json#/objectives/0/indicators/2/measures/0/targets/0/comparator', [11]],
      ['catalog.json#/objectives/0/indicators/2/measures/0/targets/1/comparator', [11]],
    ]);
  });
});

describe('a .docx with automatic numbering', () => {
  it('reads the numbers Word keeps in numbering.xml (I., 1., a)) and a table', async () => {
    const levels = [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
      { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
    ];
    const p = (text: string, level?: number) =>
      new Paragraph(level === undefined ? { text } : { text, numbering: { reference: 'plan', level } });
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const doc = new Document({
      numbering: { config: [{ reference: 'plan', levels }] },
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({
                      children: [p('ỦY BAN NHÂN DÂN'), p('TỈNH SÔNG XANH'), p('Số: 31/KH-UBND')],
                    }),
                    new TableCell({
                      children: [
                        p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
                        p('Sông Xanh, ngày 5 tháng 4 năm 2024'),
                      ],
                    }),
                  ],
                }),
              ],
            }),
            p('KẾ HOẠCH'),
            p('Phòng, chống đuối nước trẻ em tỉnh Sông Xanh năm 2024'),
            p('Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Y tế xây dựng Kế hoạch như sau:'),
            p('MỤC ĐÍCH, YÊU CẦU', 0),
            p('Mục đích: Giảm số trẻ em bị đuối nước.', 1),
            p('Yêu cầu: Triển khai trước mùa mưa bão.', 1),
            p('MỤC TIÊU', 0),
            new Table({
              rows: [
                row('STT', 'Chỉ tiêu', 'Đơn vị', 'Năm 2024'),
                row('1', 'Tỷ lệ trẻ em biết bơi', '%', 'đạt 40'),
              ],
            }),
            p('NHIỆM VỤ VÀ GIẢI PHÁP', 0),
            p('Truyền thông', 1),
            p('Phát tờ rơi tại trường học.', 2),
            p('Phát thanh trên loa xã.', 2),
            p('Dạy bơi', 1),
            p('Mở lớp dạy bơi hè.', 2),
            p('TỔ CHỨC THỰC HIỆN', 0),
            p('Sở Giáo dục và Đào tạo: Chỉ đạo các trường tổ chức dạy bơi.', 1),
            // The closing as a two-cell table: recipients on the left, the signature on the right.
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [p('Nơi nhận:'), p('- Như trên;'), p('- Lưu: VT.')] }),
                    new TableCell({
                      children: [p('KT. GIÁM ĐỐC'), p('PHÓ GIÁM ĐỐC'), p('(Đã ký)'), p('Trần Văn Bình')],
                    }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const path = join(tmp, 'numbered.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    const { plan, report, doc: read } = await draftOf(path);
    expect(read.source.format).toBe('docx');
    // The labels are not in the document's text runs: they come from the numbering definitions.
    expect(read.text).toContain('II. MỤC TIÊU');
    expect(read.text).toContain('b) Phát thanh trên loa xã.');
    expect(report.header).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH SÔNG XANH',
      numberAsIssued: 'Số: 31/KH-UBND',
      date: { year: 2024, month: 4, day: 5 },
    });
    expect(plan.purposes).toEqual([{ vi: 'Giảm số trẻ em bị đuối nước.' }]);
    expect(
      plan.taskGroups.map((g: { id: string; tasks: { id: string }[] }) => [g.id, g.tasks.map((t) => t.id)]),
    ).toEqual([
      ['III.1', ['III.1.a', 'III.1.b']],
      // A new group restarts its letters.
      ['III.2', ['III.2.a']],
    ]);
    expect(plan.assignments[0]).toMatchObject({ id: 'IV.1', heading: 'Sở Giáo dục và Đào tạo' });
    expect(report.measures).toEqual([
      expect.objectContaining({
        title: 'Tỷ lệ trẻ em biết bơi',
        unit: { kind: 'percent' },
        targets: [{ kind: 'level', year: 2024, comparator: '≥', value: 40 }],
      }),
    ]);
    expect(plan.recipients).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(plan.signer).toEqual({ name: 'Trần Văn Bình', titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] });
    expect(report.unread).toEqual([]);
  });
});

describe('documents that cannot be read', () => {
  const refusal = async (path: string) => {
    try {
      await readDocument(path);
    } catch (err) {
      expect(err).toBeInstanceOf(DocumentError);
      return err as DocumentError;
    }
    throw new Error('read without a refusal');
  };

  it('refuses a password-protected .docx (an OLE compound file) in both languages', async () => {
    const path = join(tmp, 'mat-khau.docx');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const err = await refusal(path);
    expect(err.vi).toContain('mat-khau.docx: tệp được bảo vệ bằng mật khẩu');
    expect(err.en).toContain('password-protected');
  });

  it('refuses a .docx that is not a zip, and a zip that is not a Word document', async () => {
    const path = join(tmp, 'hong.docx');
    writeFileSync(path, 'không phải tệp nén');
    expect((await refusal(path)).en).toContain('not a .docx file');
    const zip = join(tmp, 'zip.docx');
    // An empty zip: the end-of-central-directory record alone.
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]));
    expect((await refusal(zip)).en).toContain('no word/document.xml');
  });

  it('converts a Windows-1258 text (combining tone marks) and says which encoding it read', async () => {
    const text =
      'KẾ HOẠCH\nThực hiện quyền trẻ em của tỉnh\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: Bảo đảm các quyền được chăm sóc của trẻ em.\n';
    const path = join(tmp, 'cp1258.txt');
    writeFileSync(path, encode1258(text));
    const { plan, report } = await draftOf(path);
    expect(report.source.encoding).toBe('windows-1258');
    expect(plan.title.vi).toBe('Thực hiện quyền trẻ em của tỉnh');
    expect(plan.purposes).toEqual([{ vi: 'Bảo đảm các quyền được chăm sóc của trẻ em.' }]);
  });

  it('refuses a TCVN3 (ABC) text by name, in both languages', async () => {
    const path = join(tmp, 'tcvn3.txt');
    // "Kế hoạch thực hiện của UBND tỉnh và các Sở" as a .VnTime font stores it.
    writeFileSync(path, Buffer.from('KÕ ho¹ch thùc hiÖn cña UBND tØnh vµ c¸c Së\n', 'latin1'));
    const err = await refusal(path);
    expect(err.vi).toContain('bảng mã cũ TCVN3');
    expect(err.en).toContain('legacy Vietnamese encoding TCVN3');
  });

  it('refuses a VNI text, and TCVN3 words pasted into a UTF-8 file, by name', async () => {
    const vni = join(tmp, 'vni.txt');
    // "Kế hoạch thực hiện của UBND tỉnh và các Sở" as a VNI-Times font stores it.
    writeFileSync(vni, Buffer.from('Keá hoaïch thöïc hieän cuûa UBND tænh vaø caùc Sôû\n', 'latin1'));
    expect((await refusal(vni)).en).toContain('legacy Vietnamese encoding VNI');
    const pasted = join(tmp, 'pasted.md');
    writeFileSync(pasted, 'KÕ ho¹ch thùc hiÖn cña UBND tØnh vµ c¸c Së\n', 'utf8');
    expect((await refusal(pasted)).vi).toContain('pasted.md: văn bản dùng bảng mã cũ TCVN3');
  });

  it('gives a useful report, not a crash, on a text with no recognisable structure', async () => {
    const { plan, report } = await draftOf(fixture('no-structure.txt'));
    expect(plan).toEqual({});
    expect(report.unread.map((l) => l.line)).toEqual([1, 2, 3]);
    const structure = report.missing[0];
    expect(structure?.field).toBe('structure');
    expect(structure?.en).toContain('no plan structure recognised');
    expect(structure?.lines).toEqual([1, 2, 3]);
    expect(structure?.en).toContain('no document kind (KẾ HOẠCH …), no numbered part');
  });

  it('says an empty document is empty, and a bare kind line has no plan in it', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const { report } = await draftOf(empty);
    expect(report.missing[0]).toMatchObject({
      field: 'structure',
      en: 'the document is empty: no text at all',
    });
    const bare = join(tmp, 'bare.txt');
    writeFileSync(bare, 'KẾ HOẠCH\n');
    const { plan, report: r } = await draftOf(bare);
    expect(plan.kind).toBe('plan');
    expect(r.missing[0]!.en).toMatch(
      /^no plan structure recognised: no numbered part .*; 0 paragraphs not read/,
    );
  });
});

/** Windows-1258 bytes of a text: precomposed letters where the code page has them, else base + combining mark. */
function encode1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The code page has ă â ê ô ơ ư precomposed and the five tones as combining marks.
    const [base, ...marks] = [...ch.normalize('NFD')];
    const composed = marks.find((m) => table.has(`${base}${m}`.normalize('NFC')));
    const bytes = [
      table.get(composed ? `${base}${composed}`.normalize('NFC') : base!),
      ...marks.filter((m) => m !== composed).map((m) => table.get(m)),
    ];
    if (bytes.some((b) => b === undefined)) throw new Error(`no Windows-1258 byte for ${ch}`);
    out.push(...(bytes as number[]));
  }
  return Buffer.from(out);
}

describe('a deadline counted from the data cut-off', () => {
  const draftText = (name: string, reporting: string) => {
    const path = join(tmp, name);
    writeFileSync(
      path,
      [
        'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH XANH',
        'KẾ HOẠCH',
        'Thực hiện Đề án chuyển đổi số năm 2026',
        'I. TỔ CHỨC THỰC HIỆN',
        reporting,
      ].join('\n'),
    );
    return draftOf(path);
  };

  it('reads working days after the cut-off as workingDaysAfterWindow, and calendar days as daysAfterWindow', async () => {
    const working = await draftText(
      'working-days.txt',
      'Các sở, ngành báo cáo kết quả thực hiện hằng quý trong 2 ngày làm việc sau ngày chốt số liệu về Ủy ban nhân dân tỉnh.',
    );
    expect(working.plan.reporting).toMatchObject({
      frequency: 'quarterly',
      due: { workingDaysAfterWindow: 2 },
    });
    expect(working.report.missing.some((m) => m.field === '/reporting/due')).toBe(false);
    const calendar = await draftText(
      'calendar-days.txt',
      'Các sở, ngành báo cáo kết quả thực hiện 6 tháng trong vòng 10 ngày kể từ ngày chốt số liệu về Ủy ban nhân dân tỉnh.',
    );
    expect(calendar.plan.reporting).toMatchObject({ frequency: 'six_monthly', due: { daysAfterWindow: 10 } });
  });

  it('never invents a deadline past the schema’s bounds: it is left empty and listed with its line', async () => {
    const { plan, report } = await draftText(
      'too-many.txt',
      'Các sở, ngành báo cáo kết quả thực hiện hằng quý trong 90 ngày làm việc sau ngày chốt số liệu về Ủy ban nhân dân tỉnh.',
    );
    expect(plan.reporting.due).toBeUndefined();
    const miss = report.missing.find((m) => m.field === '/reporting/due');
    expect(miss?.en).toContain('90 days is outside 1–60');
    expect(miss?.lines).toEqual([5]);
  });
});
