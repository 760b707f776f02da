/**
 * Issue 8.5 for the consolidated export: `exports/:year` names a period as the report routes do.
 * A six-monthly plan's `exports/2026-H1` consolidates only the H1 reports and names the period
 * as the documents do ("6 tháng đầu năm 2026": the sdk's `periodLabel`) in the subject, the body,
 * the file name and the workbook's printed header; a key not of the plan's cadence is 400 naming
 * the parameter in both languages. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { demo } from '@kehoach/mocks';
import { planMeasures } from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHEETS } from '../src/exports/xlsx.js';
import { storeBundles } from '../src/services/bundles.js';
import { docxParagraphs, xlsxStrings } from './export-readback.js';
import { healthContent, jsonReq, login, sixMonthlyDemo, useTestServer } from './helpers.js';

const HALF = 'ke-hoach-6-thang-xuat';
const demoMeasure = (id: string) =>
  planMeasures(demo.plan, demo.catalog).find((m) => m.measure.id === id)!.measure;

describe('the consolidated report of a six-monthly plan', () => {
  const s = useTestServer('test');
  let reviewer: string;

  /** Submit `period`'s report of the health department with `note` as its first task's result, and accept it. */
  async function accepted(period: string, note: string) {
    const token = await login(s.app, 'so-y-te');
    const res = await s.app.request(
      `/api/v1/plans/${HALF}/reports/${period}/mine/submit`,
      jsonReq('POST', token, { content: healthContent(note) }, { 'idempotency-key': `k-${period}-export` }),
    );
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const ok = await s.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer));
    expect(ok.status).toBe(200);
  }

  const download = (period: string, format: 'docx' | 'xlsx') =>
    s.app.request(`/api/v1/plans/${HALF}/exports/${period}/${format}`, jsonReq('GET', reviewer));

  beforeEach(async () => {
    await storeBundles(
      s.db.kysely,
      { catalogs: [], plans: [{ plan: sixMonthlyDemo(HALF), registry: demo.registry }] },
      new Date().toISOString(),
    );
    reviewer = await login(s.app, 'reviewer');
    await accepted('2026-H1', 'KẾT QUẢ H1: 12 lớp tập huấn');
    await accepted('2026-H2', 'KẾT QUẢ H2: 20 lớp tập huấn');
  });

  it('docx of 2026-H1: only the H1 report, the period named as the documents name it', async () => {
    const res = await download('2026-H1', 'docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename="bao-cao-${HALF}-2026-H1.docx"`);
    const paragraphs = await docxParagraphs(await res.arrayBuffer());
    const text = paragraphs.join('\n');
    expect(text).toContain('KẾT QUẢ H1: 12 lớp tập huấn');
    expect(text).not.toContain('KẾT QUẢ H2');
    // The subject, the opening, the organisation section and the closing each name the half year.
    expect(paragraphs).toContain(
      'Kết quả thực hiện Kế hoạch kế hoạch báo cáo 6 tháng (minh họa) 6 tháng đầu năm 2026',
    );
    expect(text).toContain(
      'tổng hợp kết quả thực hiện 6 tháng đầu năm 2026 trên cơ sở báo cáo đã được chấp nhận của 1/',
    );
    expect(text).toMatch(
      /^6 tháng đầu năm 2026 có \d+ cơ quan, đơn vị phải báo cáo \(hạn nộp 20\/06\/2026\)/m,
    );
    expect(text).toContain('Trên đây là báo cáo kết quả thực hiện 6 tháng đầu năm 2026 của');
    // No sentence frames the half year as the whole year.
    expect(text).not.toMatch(/thực hiện năm 2026|^Năm 2026 có/m);
  });

  it('docx of 2026-H2: the H2 report and its own deadline', async () => {
    const res = await download('2026-H2', 'docx');
    expect(res.headers.get('content-disposition')).toContain(`filename="bao-cao-${HALF}-2026-H2.docx"`);
    const text = (await docxParagraphs(await res.arrayBuffer())).join('\n');
    expect(text).toContain('KẾT QUẢ H2: 20 lớp tập huấn');
    expect(text).not.toContain('KẾT QUẢ H1');
    expect(text).toMatch(
      /^6 tháng cuối năm 2026 có \d+ cơ quan, đơn vị phải báo cáo \(hạn nộp 20\/12\/2026\)/m,
    );
  });

  it('xlsx of 2026-H1: the H1 tasks, the period in the title and every printed header', async () => {
    const res = await download('2026-H1', 'xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename="bao-cao-${HALF}-2026-H1.xlsx"`);
    const file = await res.arrayBuffer();
    const texts = (await xlsxStrings(file)).map((c) => c.text);
    expect(texts).toContain('KẾT QUẢ H1: 12 lớp tập huấn');
    expect(texts).not.toContain('KẾT QUẢ H2: 20 lớp tập huấn');
    expect(texts.some((t) => t.startsWith('Hạn nộp: 2026-06-20;'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file);
    expect(wb.title).toBe('Kế hoạch báo cáo 6 tháng (minh họa) — 6 tháng đầu năm 2026');
    for (const ws of wb.worksheets)
      expect(ws.headerFooter.oddHeader, ws.name).toContain(
        '&LKế hoạch báo cáo 6 tháng (minh họa) — 6 tháng đầu năm 2026&R',
      );
  });

  it('refuses a key not of the plan’s cadence, outside its years or not a period, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['2026', 'period_cadence'],
      ['2026-Q1', 'period_cadence'],
      ['2026-07', 'period_cadence'],
      ['2031-H1', 'year_out_of_range'],
      ['2026-H3', 'validation_failed'],
    ];
    for (const [key, code] of cases) {
      const res = await download(key, 'docx');
      expect(res.status, key).toBe(400);
      const body = (await res.json()) as {
        error: {
          code: string;
          fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[];
        };
      };
      const first = body.error.fieldErrors[0];
      expect(first?.path, key).toBe('params.year');
      if (code !== 'validation_failed') expect(first?.code, key).toBe(code);
      expect(first?.message.vi, key).toContain('params.year');
      expect(first?.message.en, key).toContain('params.year');
    }
    const quarter = JSON.stringify(await (await download('2026-Q1', 'xlsx')).json());
    expect(quarter).toContain('6 tháng');
    expect(quarter).toContain('six-monthly');
  });

  it('a half year that does not close its year shows its own figures beside the yearly ones; H2 has no such column', async () => {
    // The H1 report's own value of a measure, and a stored H1 statistic of one it does not report.
    const reported = healthContent().measures.find(
      (m) => m.value !== null && !m.unitId && !m.categories && m.numerator === undefined,
    )!;
    const given = new Set(healthContent().measures.map((m) => m.measureId));
    const stat = planMeasures(sixMonthlyDemo(HALF), demo.catalog).find(
      (m) => !given.has(m.measure.id),
    )!.measure;
    const value = stat.unit.kind === 'count' ? 4321 : 43.21;
    await s.db.kysely
      .insertInto('observations')
      .values({ measure_id: stat.id, unit_id: 'lam-dong', year: 2026, period: '2026-H1', value })
      .execute();

    const header = 'Số liệu 6 tháng đầu năm 2026';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download('2026-H1', 'xlsx')).arrayBuffer());
    const ind = wb.getWorksheet(SHEETS.indicators)!;
    const heads = (ind.getRow(1).values as unknown[]).map(String);
    const col = heads.indexOf(header);
    expect(col).toBeGreaterThan(0);
    const row = (id: string) => {
      const code = demoMeasure(id).code;
      let found: ExcelJS.Row | undefined;
      ind.eachRow((r) => {
        if (r.getCell(2).value === code && !found) found = r;
      });
      return found!;
    };
    expect(row(reported.measureId).getCell(col).value).toBe(Math.round(reported.value! * 100) / 100);
    expect(row(stat.id).getCell(col).value).toBe(value);
    // The statistic of H1 is not a yearly value: the year column does not take it.
    expect(row(stat.id).getCell(heads.indexOf('Giá trị')).value).not.toBe(value);

    const docx = (await docxParagraphs(await (await download('2026-H1', 'docx')).arrayBuffer())).join('\n');
    expect(docx).toContain(header);
    expect(docx).toContain(stat.unit.kind === 'count' ? '4.321' : '43,21');

    const h2 = new ExcelJS.Workbook();
    await h2.xlsx.load(await (await download('2026-H2', 'xlsx')).arrayBuffer());
    const h2Heads = (h2.getWorksheet(SHEETS.indicators)!.getRow(1).values as unknown[]).map(String);
    expect(h2Heads.some((h) => h.startsWith('Số liệu 6 tháng'))).toBe(false);
    const h2Docx = (await docxParagraphs(await (await download('2026-H2', 'docx')).arrayBuffer())).join('\n');
    expect(h2Docx).not.toContain('Số liệu 6 tháng');
  });
});
