/**
 * Issue 10, "one truth per value" and "text every consumer can hold": each defect found by
 * trying the API as an officer and as a hostile caller, reproduced, and shown gone.
 */
import type { ApiErrorBody, ProgressResponse, Report, ReportContent } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { asXmlReads, docxParagraphs, xlsxStrings } from './export-readback.js';
import {
  counts,
  emptyContent,
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  reportCalls,
  useTestServer,
  withMeasure,
  YEAR,
} from './helpers.js';

const s = useTestServer('test');
const calls = reportCalls(s);

/** Indicator 2 (a percentage) as the Lâm Đồng health department reports it. */
const indicator2 = (value: number | null, numerator?: number, denominator?: number) => ({
  measureId: 'qd23.2',
  value,
  ...(numerator !== undefined ? { numerator } : {}),
  ...(denominator !== undefined ? { denominator } : {}),
  dataSource: 'Thống kê ngành y tế',
  note: value === null ? 'Chưa có số liệu' : '',
});

async function fieldErrors(res: Response) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as ApiErrorBody;
  expect(body.error.code).toBe('validation_failed');
  return body.error.fieldErrors ?? [];
}

const at = (content: ReportContent, measureId: string) =>
  content.measures.findIndex((m) => m.measureId === measureId && !m.unitId);

async function exportOf(format: 'xlsx' | 'docx', token: string): Promise<ArrayBuffer> {
  const res = await s.app.request(`/api/v1/plans/${PLAN}/exports/${YEAR}/${format}`, jsonReq('GET', token));
  expect(res.status).toBe(200);
  return res.arrayBuffer();
}

describe('one truth per value', () => {
  it('refuses 88,1 % typed with last year’s numerator and denominator (87,48 %), on save and on submit', async () => {
    const health = await login(s.app, 'so-y-te');
    const content = withMeasure(healthContent(), indicator2(88.1, 141_306, 161_532));
    const i = at(content, 'qd23.2');
    const before = await counts(s.db);
    for (const res of [
      await calls.put(health, { content }),
      await calls.submit(health, { content }, 'k-88'),
    ]) {
      const errors = await fieldErrors(res);
      expect(errors).toEqual([
        {
          path: `content.measures.${i}.value`,
          code: 'value_mismatch',
          message: {
            vi: `Trường content.measures.${i}.value: cần giá trị khớp với tử số và mẫu số: 141.306 / 161.532 × 100 = 87,48 (đã nhập 88,1)`,
            en: `Field content.measures.${i}.value: expected a value that agrees with numerator and denominator: 141,306 / 161,532 × 100 = 87.48 (typed 88.1)`,
          },
        },
      ]);
    }
    expect(await counts(s.db)).toEqual(before);
  });

  it('keeps a consistent 88,1 % as typed: in the report, on the public progress read, in both exports', async () => {
    const health = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    // 142,310 of 161,532 is 88.1002 %: 88,1 as published.
    const content = withMeasure(healthContent(), indicator2(88.1, 142_310, 161_532));
    const res = await calls.submit(health, { content }, 'k-ok');
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.content.measures[at(content, 'qd23.2')]).toEqual(indicator2(88.1, 142_310, 161_532));
    expect(
      (await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer))).status,
    ).toBe(200);

    const progress = (await (
      await s.app.request(`/api/v1/plans/${PLAN}/progress?year=${YEAR}&unitId=lam-dong`)
    ).json()) as ProgressResponse;
    const point = progress.measures
      .find((m) => m.measureId === 'qd23.2')
      ?.series.find((p) => p.year === YEAR);
    // The value is derived from the parts; as published (two decimals) it is what was typed.
    expect(point?.numerator).toBe(142_310);
    expect(point?.denominator).toBe(161_532);
    expect(Math.round((point?.value ?? 0) * 100) / 100).toBe(88.1);

    const wb = await exportOf('xlsx', reviewer);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(wb);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []) as unknown[][];
    const row = rows.find((r) => Array.isArray(r) && r[2] === '2');
    expect(row?.[6]).toBe(88.1);
    const docx = await docxParagraphs(await exportOf('docx', reviewer));
    expect(docx.some((p) => p.includes('88,1 %'))).toBe(true);
    expect(docx.some((p) => p.includes('87,48'))).toBe(false);
  });

  it.each([
    ['150 %', 150, 'out_of_bounds'],
    ['−5 %', -5, 'too_small'],
    ['1.7e308', 1.7e308, 'too_big'],
  ])('refuses %s for a percentage and stores nothing', async (_, value, code) => {
    const health = await login(s.app, 'so-y-te');
    const content = withMeasure(healthContent(), indicator2(value));
    const before = await counts(s.db);
    const errors = await fieldErrors(await calls.put(health, { content }));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`content.measures.${at(content, 'qd23.2')}.value`, code],
    ]);
    expect(errors[0]!.message.vi).toMatch(/^Trường content\.measures\.\d+\.value: cần /);
    expect(errors[0]!.message.en).toMatch(/^Field content\.measures\.\d+\.value: expected /);
    expect(await counts(s.db)).toEqual(before);
  });

  it('refuses 1.79e308 over 1e300 as numerator and denominator', async () => {
    const health = await login(s.app, 'so-y-te');
    const content = withMeasure(healthContent(), indicator2(50, 1e300, 1.79e308));
    const i = at(content, 'qd23.2');
    const errors = await fieldErrors(await calls.put(health, { content }));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`content.measures.${i}.numerator`, 'too_big'],
      [`content.measures.${i}.denominator`, 'too_big'],
    ]);
  });

  it('refuses the commune committees’ figure for the province unit, and takes theirs for a commune', async () => {
    const communes = await login(s.app, 'ubnd-cap-xa');
    const line = { measureId: 'qd23.1', value: 1, dataSource: 'UBND xã', note: '' };
    const province = { ...emptyContent(), measures: [{ ...line, unitId: 'lam-dong' }] };
    const before = await counts(s.db);
    for (const res of [
      await calls.put(communes, { content: province }),
      await calls.submit(communes, { content: province }, 'k-prov'),
    ])
      expect(await fieldErrors(res)).toEqual([
        {
          path: 'content.measures.0.unitId',
          code: 'outside_jurisdiction',
          message: {
            vi: 'Trường content.measures.0.unitId: cần đơn vị hành chính thuộc địa bàn cơ quan phụ trách; cơ quan không báo cáo số liệu cho đơn vị lam-dong',
            en: 'Field content.measures.0.unitId: expected an administrative unit the agency answers for; it does not report figures for lam-dong',
          },
        },
      ]);
    expect(await counts(s.db)).toEqual(before);

    const commune = { ...emptyContent(), measures: [{ ...line, unitId: 'lam-dong.xa-minh-hoa-01' }] };
    expect((await calls.put(communes, { content: commune })).status).toBe(201);
    // A provincial department answers for its province and the communes under it.
    const health = await login(s.app, 'so-y-te');
    const own = withMeasure(healthContent(), indicator2(88.1, 881, 1000));
    const withCommune = {
      ...own,
      measures: [...own.measures, { ...indicator2(90, 9, 10), unitId: 'lam-dong.xa-minh-hoa-02' }],
    };
    expect((await calls.put(health, { content: withCommune })).status).toBe(201);
  });
});

describe('text every consumer can hold', () => {
  it('refuses U+FFFE in a task result, naming the field in both languages, and stores nothing', async () => {
    const health = await login(s.app, 'so-y-te');
    const before = await counts(s.db);
    const errors = await fieldErrors(
      await calls.submit(health, { content: healthContent('Đã\uFFFE triển khai') }, 'k-fffe'),
    );
    expect(errors).toEqual([
      {
        path: 'content.tasks.0.results',
        code: 'invalid_characters',
        message: {
          vi: 'Trường content.tasks.0.results: cần văn bản không có ký tự điều khiển (trừ tab, xuống dòng), U+FFFE, U+FFFF hay ký tự cấm khác',
          en: 'Field content.tasks.0.results: expected text without control characters (but tab, line ends), U+FFFE, U+FFFF or other forbidden characters',
        },
      },
    ]);
    expect(await counts(s.db)).toEqual(before);
  });

  it('stores decomposed (NFD) text composed (NFC), and both exports carry it', async () => {
    const health = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const nfd = 'Tổ chức tập huấn cho cán bộ y tế xã'.normalize('NFD');
    const nfc = nfd.normalize('NFC');
    expect(nfd).not.toBe(nfc);
    const content = { ...healthContent(nfd), difficulties: `Khó khăn: ${nfd}` };
    const res = await calls.submit(health, { content }, 'k-nfd');
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.content.tasks[0]!.results).toBe(nfc);
    expect(report.content.difficulties).toBe(`Khó khăn: ${nfc}`);
    const mine = (await (await s.app.request(REPORT_PATH, jsonReq('GET', health))).json()) as Report;
    expect(mine.content.tasks[0]!.results).toBe(nfc);
    // The consolidated exports carry accepted reports only.
    expect(
      (await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer))).status,
    ).toBe(200);

    const cells = await xlsxStrings(await exportOf('xlsx', reviewer));
    expect(cells.some((c) => c.text === nfc)).toBe(true);
    const docx = await docxParagraphs(await exportOf('docx', reviewer));
    expect(docx.some((p) => asXmlReads(p).includes(nfc))).toBe(true);
    expect(docx.some((p) => p.includes(`Khó khăn: ${nfc}`))).toBe(true);
    expect(docx.some((p) => p.includes(nfd))).toBe(false);
  });
});
