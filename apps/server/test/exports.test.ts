import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../src/exports/xlsx.js';
import {
  contentOf,
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  useTestServer,
  withMeasure,
  YEAR,
} from './helpers.js';

const s = useTestServer('file');
let reviewer: string;

beforeAll(async () => {
  reviewer = await login(s.app, 'reviewer');
  const health = await login(s.app, 'so-y-te');
  const content = {
    ...withMeasure(healthContent('Tổ chức 12 lớp tập huấn bảo vệ trẻ em'), {
      measureId: 'qd23.4a',
      value: 7.5,
      numerator: 75,
      denominator: 1000,
      dataSource: 'Thống kê ngành y tế',
      note: '',
    }),
    difficulties: 'Thiếu cán bộ chuyên trách <b>cấp xã</b>',
    recommendations: '=HYPERLINK("http://evil.example")',
  };
  const res = await s.app.request(
    `${REPORT_PATH}/submit`,
    jsonReq('POST', health, { content }, { 'idempotency-key': 'x1' }),
  );
  const id = ((await res.json()) as { id: string }).id;
  await s.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer));
  // Submitted, never reviewed: must not be consolidated, only listed as submitted.
  const justice = await login(s.app, 'so-tu-phap');
  const pending = contentOf('lam-dong.so-tu-phap');
  pending.tasks = pending.tasks.map((t) => ({ ...t, results: 'CHƯA THẨM ĐỊNH: kết quả chưa được xem xét' }));
  pending.difficulties = 'CHƯA THẨM ĐỊNH: khó khăn';
  const sent = await s.app.request(
    `${REPORT_PATH}/submit`,
    jsonReq('POST', justice, { content: pending }, { 'idempotency-key': 'x2' }),
  );
  expect(sent.status).toBe(200);
});

async function docxParts(res: Response) {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)))
    headers[name] = (await zip.file(name)?.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  return { xml, text: paragraphs.join('\n'), paragraphs, headers, rels };
}

async function download(format: string, token = reviewer) {
  return s.app.request(`/api/v1/plans/${PLAN}/exports/${YEAR}/${format}`, jsonReq('GET', token));
}

describe('exports', () => {
  it('xlsx: four sheets with indicators, tasks, budget and submissions', async () => {
    const res = await download('xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`bao-cao-${PLAN}-${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));

    const ind = wb.getWorksheet(SHEETS.indicators);
    const rows = ind?.getSheetValues() as unknown[][];
    const row4a = rows.find((r) => Array.isArray(r) && r[2] === '4a');
    expect(row4a?.[6]).toBe(7.5); // the accepted report's value for the province
    expect(row4a?.[11]).toBeTypeOf('string');

    const tasks = wb.getWorksheet(SHEETS.tasks);
    const taskRow = tasks?.getRow(2);
    expect(taskRow?.getCell(2).value).toBe('II.1.a');
    expect(taskRow?.getCell(4).value).toBe('Sở Y tế tỉnh Lâm Đồng');
    expect(taskRow?.getCell(6).value).toBe('Tổ chức 12 lớp tập huấn bảo vệ trẻ em');

    const budget = wb.getWorksheet(SHEETS.budget);
    const values = ((budget?.getSheetValues() ?? []) as unknown[][]).filter(Array.isArray);
    expect(values.some((r) => r[3] === 'Tổng cộng' && r[4] === 100_000_000 && r[5] === 25_000_000)).toBe(
      true,
    );

    const subs = wb.getWorksheet(SHEETS.submissions);
    const subRows = ((subs?.getSheetValues() ?? []) as unknown[][]).filter(Array.isArray);
    expect(subRows.some((r) => r[2] === 'lam-dong.so-y-te' && r[3] === 'Đã chấp nhận')).toBe(true);
    expect(subRows.some((r) => r[2] === 'lam-dong.so-tu-phap' && r[3] === 'Đã nộp')).toBe(true);
    expect(subRows.filter((r) => r[3] === 'Chưa nộp').length).toBe(8);
    // times in Vietnam with the offset, never a bare UTC text
    const times = subRows
      .map((r) => r[5])
      .filter((v) => typeof v === 'string' && v !== '' && v !== subRows[0]?.[5]);
    expect(times.length).toBe(2);
    for (const t of times) expect(t).toMatch(/^2026-11-20T10:00:00\+07:00$/);
    expect(wb.subject).toBe('Tổng hợp từ 1/10 báo cáo đã được chấp nhận; lập lúc 2026-11-20T10:00:00+07:00');
  });

  it('xlsx: only accepted reports are consolidated, and every page says so', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download('xlsx')).arrayBuffer());
    for (const name of [SHEETS.tasks, SHEETS.budget]) {
      const rows = ((wb.getWorksheet(name)?.getSheetValues() ?? []) as unknown[][]).filter(Array.isArray);
      expect(rows.flat().some((v) => String(v).includes('CHƯA THẨM ĐỊNH'))).toBe(false);
      expect(rows.some((r) => r.includes('Sở Tư pháp tỉnh Lâm Đồng'))).toBe(false);
    }
    const tasks = wb.getWorksheet(SHEETS.tasks);
    const states = new Set(
      ((tasks?.getSheetValues() ?? []) as unknown[][])
        .filter(Array.isArray)
        .slice(1)
        .map((r) => r[7]),
    );
    expect([...states]).toEqual(['Đã chấp nhận']);
    for (const ws of wb.worksheets)
      expect(ws.headerFooter.oddHeader).toContain('Tổng hợp từ 1/10 báo cáo đã được chấp nhận');
  });

  it('xlsx: autofilter on every data table, header rows repeated on printed pages, A4 fitted to width', async () => {
    const res = await download('xlsx');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const sheets = Object.values(SHEETS);
    for (const [i, name] of sheets.entries()) {
      const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
      expect(xml, name).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml, name).toMatch(
        /<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/,
      );
      expect(workbook).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">&apos;${name}&apos;!$1:$1</definedName>`,
      );
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download('xlsx')).arrayBuffer());
    // the filter covers the submissions table, not the note under it
    const subs = wb.getWorksheet(SHEETS.submissions);
    expect(subs?.autoFilter).toBe('A1:F11');
    expect(String(subs?.getRow(13).getCell(1).value)).toContain('số liệu tính đến 2026-11-20T10:00:00+07:00');
  });

  it('xlsx keeps officer text as text, never as a formula', async () => {
    const res = await download('xlsx');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const sheets = Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/sheet'));
    for (const f of sheets) expect(await zip.file(f)?.async('string')).not.toContain('<f>');
  });

  it('docx: a Vietnamese administrative report with the values', async () => {
    const res = await download('docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const { xml, text, paragraphs } = await docxParts(res);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND TỈNH LÂM ĐỒNG',
      'SỞ Y TẾ',
      'Số: …/BC-SYT',
      'Lâm Đồng, ngày … tháng … năm 2026',
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU',
      'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ GIẢI PHÁP',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Tổ chức 12 lớp tập huấn bảo vệ trẻ em',
      '100.000.000 đồng',
      'Nơi nhận:',
      '- UBND tỉnh Lâm Đồng (b/c);',
      '- Lưu: VT, SYT.',
      'GIÁM ĐỐC',
    ]) {
      expect(text).toContain(expected);
    }
    // officer text is escaped text, not markup
    expect(xml).toContain('Thiếu cán bộ chuyên trách &lt;b&gt;cấp xã&lt;/b&gt;');
    expect(text).toMatch(/7,5 %/);
    // the signature block is not a form: no instruction to the signer
    expect(text).not.toContain('Ký, ghi rõ họ tên');
    // separators are drawn (paragraph borders), never typed
    expect(text).not.toMatch(/_{3,}/);
    expect((xml.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(3);
    // the subject line once, and the plan cited with its number and date as issued (blanks kept)
    expect(paragraphs).toContain(
      'Kết quả thực hiện Kế hoạch triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 năm 2026',
    );
    expect(text).not.toMatch(/Kết quả thực hiện Triển khai/i);
    expect(text).toContain(
      'Thực hiện Kế hoạch số       /KH-UBND ngày … tháng 02 năm 2021 của Ủy ban nhân dân tỉnh Đắk Nông về triển khai thực hiện Chương trình',
    );
    // targets carry their units
    expect(text).toContain('≥ 97 %');
    expect(text).toContain('≤ 12,5 ‰');
  });

  it('docx: only accepted reports are consolidated, and the text says so', async () => {
    const { text } = await docxParts(await download('docx'));
    expect(text).not.toContain('CHƯA THẨM ĐỊNH');
    expect(text).toContain('trên cơ sở báo cáo đã được chấp nhận của 1/10 cơ quan, đơn vị phải báo cáo');
    expect(text).toContain('Báo cáo chưa được chấp nhận không được tổng hợp (đã nộp: 1; chưa nộp: 8)');
    expect(text).toMatch(/Sở Tư pháp tỉnh Lâm Đồng\nĐã nộp\n10:00 ngày 20\/11\/2026 \(UTC\+07:00\)/);
    expect(text).toContain('Số liệu tính đến 10:00 ngày 20/11/2026 (UTC+07:00).');
  });

  it('docx: Decree 30/2020 page layout, page numbers from page 2, rows and signature kept whole', async () => {
    const { xml, headers, rels, paragraphs } = await docxParts(await download('docx'));
    // A4, margins top/bottom 20 mm, left 30 mm, right 15 mm (twips), different first page
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)?.[1]);
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([1134, 1134, 1701, 850]);
    expect(xml).toContain('<w:titlePg/>');
    // the default header carries a centred PAGE field; the first page's header has none
    const refs = Object.fromEntries(
      [...xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const target = (id: string | undefined) =>
      `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]}`;
    const main = headers[target(refs.default)] ?? '';
    const first = headers[target(refs.first)] ?? '';
    expect(main).toMatch(/<w:jc w:val="center"\/>/);
    expect(main).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(first).not.toContain('PAGE');
    // Times New Roman everywhere, body 13 pt
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(xml).toMatch(/<w:sz w:val="26"\/>/);
    // every table row cannot split; the data tables repeat their header row
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(3);
    // the body's paragraphs (indented, outside tables) are at least 6 pt apart
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const spaced = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => p.includes('w:firstLine='));
    expect(spaced.length).toBeGreaterThan(20);
    for (const p of spaced) {
      const after = Number(/w:after="(\d+)"/.exec(p)?.[1] ?? 0);
      const before = Number(/w:before="(\d+)"/.exec(p)?.[1] ?? 0);
      expect(Math.max(after, before), p.slice(0, 200)).toBeGreaterThanOrEqual(120);
    }
    // the signature block: title and name in one row that cannot split
    const signature = rows.find((r) => r.includes('GIÁM ĐỐC')) ?? '';
    expect(signature).toContain('<w:cantSplit/>');
    expect(signature).toContain('……………………');
    expect(paragraphs.filter((p) => p === 'GIÁM ĐỐC').length).toBe(1);
  });

  it('only the plan reviewer may export', async () => {
    const health = await login(s.app, 'so-tu-phap');
    expect((await download('xlsx', health)).status).toBe(403);
    expect((await download('pdf')).status).toBe(400);
  });
});
