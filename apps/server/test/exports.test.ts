import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../src/exports/xlsx.js';
import {
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
});

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
    expect(subRows.filter((r) => r[3] === 'Chưa nộp').length).toBe(9);
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
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ Y TẾ',
      'Số: …/BC-',
      'ngày … tháng … năm 2026',
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU',
      'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ GIẢI PHÁP',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Tổ chức 12 lớp tập huấn bảo vệ trẻ em',
      '100.000.000 đồng',
      'Nơi nhận:',
      'GIÁM ĐỐC',
    ]) {
      expect(text).toContain(expected);
    }
    // officer text is escaped text, not markup
    expect(xml).toContain('Thiếu cán bộ chuyên trách &lt;b&gt;cấp xã&lt;/b&gt;');
    expect(text).toMatch(/7,5 %/);
  });

  it('only the plan reviewer may export', async () => {
    const health = await login(s.app, 'so-tu-phap');
    expect((await download('xlsx', health)).status).toBe(403);
    expect((await download('pdf')).status).toBe(400);
  });
});
