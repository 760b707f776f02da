/**
 * The statistics import with Open SDG's disaggregation columns (issue 9 meets issue 8): a column
 * named by a dimension of the catalog holds the row's category; figures by category are stored
 * by series and served in the progress breakdown; an undeclared category is refused naming the
 * row and the column, nothing stored; the export writes a column per dimension and reads back
 * unchanged.
 */
import { catalogBySex } from '@kehoach/mocks';
import type { ApiErrorBody, IndicatorCatalog, MeasureProgress, ProgressResponse } from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../src/exports/data.js';
import { buildDocx } from '../src/exports/docx.js';
import { buildXlsx } from '../src/exports/xlsx.js';
import { importObservations, planBundle } from '../src/observations/import.js';
import { DATA_SHEET, xlsxRows } from '../src/observations/read.js';
import { CATEGORIES_SHEET, observationTemplate } from '../src/observations/template.js';
import { storeBundles } from '../src/services/bundles.js';
import { docxParagraphs, xlsxStrings } from './export-readback.js';
import { login, PLAN, useTestServer, YEAR } from './helpers.js';

const s = useTestServer('test');
const MEASURE = 'qd23.4a';
const URL_POST = `/api/v1/plans/${PLAN}/observations`;
const HEAD = '\ufeffYear,Measure,Unit,sex,Value,Numerator,Denominator,Source,Note\r\n';

/** The demo catalog with the dimension sex, and 4a broken down by it (additive). */
const withSex = (): IndicatorCatalog => catalogBySex(MEASURE);

const post = (token: string, body: string) =>
  s.app.request(URL_POST, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token}` },
    body,
  });

const download = async () =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    await (await s.app.request(`${URL_POST}.csv`)).arrayBuffer(),
  );

const stored = () =>
  s.db.kysely
    .selectFrom('observations')
    .select(['categories', 'value', 'numerator', 'denominator'])
    .where('measure_id', '=', MEASURE)
    .where('illustrative', '=', 0)
    .orderBy('categories')
    .execute();

const FILE = [
  'Year,Measure,Unit,Sex,Value,Numerator,Denominator',
  `${YEAR},4a,dak-nong,,6,60,1000`,
  `${YEAR},4a,dak-nong,Male,4,16,400`,
  `${YEAR},4a,dak-nong,female,${(40 / 600) * 100},40,600`,
  '',
].join('\n');

describe('POST observations with a disaggregation column', () => {
  it('stores figures by series, serves them in the progress breakdown, and reads its export back unchanged', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withSex()], plans: [] }, new Date().toISOString());
    const admin = await login(s.app, 'admin');
    const res = await post(admin, FILE);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ added: 3, changed: 0, unchanged: 0 });
    expect((await stored()).map((r) => [r.categories, Number(r.numerator), Number(r.denominator)])).toEqual([
      ['', 60, 1000],
      ['sex=female', 40, 600],
      ['sex=male', 16, 400],
    ]);

    const body = (await (
      await s.app.request(`/api/v1/plans/${PLAN}/progress?year=${YEAR}`)
    ).json()) as ProgressResponse;
    const m = body.measures.find((x) => x.measureId === MEASURE) as MeasureProgress;
    expect(
      m.breakdown
        ?.map((b) => [b.categories, b.series.find((p) => p.year === YEAR)?.value])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      [{ sex: 'female' }, (40 / 600) * 100],
      [{ sex: 'male' }, 4],
    ]);

    const csv = await download();
    expect(csv).toBe(
      `${HEAD}${YEAR},4a,dak-nong,,6,60,1000,,\r\n${YEAR},4a,dak-nong,female,${(40 / 600) * 100},40,600,,\r\n${YEAR},4a,dak-nong,male,4,16,400,,\r\n`,
    );
    const again = await post(admin, csv);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
    expect(await download()).toBe(csv);
  });

  it('refuses a category the dimension lacks and parts above their total, naming row and column; nothing stored', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withSex()], plans: [] }, new Date().toISOString());
    const admin = await login(s.app, 'admin');
    const res = await post(
      admin,
      `Year,Measure,Unit,sex,Value,Numerator,Denominator\n${YEAR},4a,dak-nong,other,4,16,400\n`,
    );
    expect(res.status).toBe(400);
    const errors = ((await res.json()) as ApiErrorBody).error.fieldErrors ?? [];
    expect(errors.map((e) => [e.path, e.message.en])).toEqual([
      [
        'row.2.sex',
        'observations.csv, row 2, column sex: "other" is not a category of sex (the categories: male, female)',
      ],
    ]);
    const over = await post(
      admin,
      `Year,Measure,Unit,sex,Value,Numerator,Denominator\n${YEAR},4a,dak-nong,,6,60,1000\n${YEAR},4a,dak-nong,male,10,50,500\n${YEAR},4a,dak-nong,female,5,25,500\n`,
    );
    expect(over.status).toBe(400);
    expect((((await over.json()) as ApiErrorBody).error.fieldErrors ?? []).map((e) => e.path)).toEqual([
      'row.2.Numerator',
    ]);
    expect(await stored()).toEqual([]);
  });

  it('without dimensions, the export keeps its columns and a Sex column is refused', async () => {
    const admin = await login(s.app, 'admin');
    const res = await post(admin, `Year,Measure,Unit,Sex,Value\n${YEAR},4a,dak-nong,male,4\n`);
    expect(res.status).toBe(400);
    expect((((await res.json()) as ApiErrorBody).error.fieldErrors ?? []).map((e) => e.path)).toEqual([
      'row.1.Sex',
    ]);
    expect(await download()).toBe('\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n');
  });
});

describe('the template workbook with a disaggregation column', () => {
  it('has a column per dimension with a drop-down of its categories, a row per category, and imports once filled', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withSex()], plans: [] }, new Date().toISOString());
    const bundle = await planBundle(s.db.kysely, PLAN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await observationTemplate(bundle, YEAR)) as never);
    const data = wb.getWorksheet(DATA_SHEET)!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Year',
      'Measure',
      'Unit',
      'sex',
      'Value',
      'Numerator',
      'Denominator',
      'Source',
      'Note',
    ]);
    expect((wb.getWorksheet(CATEGORIES_SHEET)!.getColumn(1).values as unknown[]).slice(1)).toEqual([
      'sex',
      'male',
      'female',
    ]);
    // 4a declares sex: its total and a row per category, for each unit it is reported for.
    const rows: { r: number; measure: string; unit: string; sex: unknown }[] = [];
    data.eachRow((row, r) => {
      if (r > 1)
        rows.push({
          r,
          measure: String(row.getCell(2).value),
          unit: String(row.getCell(3).value),
          sex: row.getCell(4).value,
        });
    });
    const of4a = rows.filter((x) => x.measure === '4a' && x.unit === 'dak-nong');
    expect(of4a.map((x) => x.sex)).toEqual([null, 'male', 'female']);
    expect(rows.filter((x) => x.measure !== '4a').every((x) => x.sex === null)).toBe(true);
    const validations = (
      data as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(
      Object.entries(validations).some(
        ([range, v]) => range.startsWith('D2') && v.formulae[0] === `${CATEGORIES_SHEET}!$A$2:$A$3`,
      ),
    ).toBe(true);
    // Filled in as an office would, the workbook imports: the total and both parts, by series.
    const fill = (i: number, value: number, n: number, d: number) => {
      const row = data.getRow(of4a[i]!.r);
      row.getCell(5).value = value;
      row.getCell(6).value = n;
      row.getCell(7).value = d;
    };
    fill(0, 6, 60, 1000);
    fill(1, 4, 16, 400);
    fill(2, (40 / 600) * 100, 40, 600);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await importObservations(s.db.kysely, PLAN, xlsxRows(filled, 'mau.xlsx'), {
      file: 'mau.xlsx',
      now: new Date(),
    });
    expect(result).toMatchObject({ added: 3, changed: 0 });
    expect((await stored()).map((r) => r.categories)).toEqual(['', 'sex=female', 'sex=male']);
  });
});

describe('the consolidated report of a measure broken down by category', () => {
  it('has a row per category under the measure, with its value, its own target and its assessment (docx and xlsx)', async () => {
    const catalog = withSex();
    for (const o of catalog.objectives)
      for (const i of o.indicators)
        for (const m of i.measures)
          if (m.id === MEASURE)
            m.targets.push({
              kind: 'level',
              year: 2030,
              comparator: '<',
              value: 3,
              categories: { sex: 'female' },
            });
    await storeBundles(s.db.kysely, { catalogs: [catalog], plans: [] }, new Date().toISOString());
    expect((await post(await login(s.app, 'admin'), FILE)).status).toBe(200);
    const c = await consolidate(s.db.kysely, await planBundle(s.db.kysely, PLAN), YEAR, new Date());
    const bytes = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    const cells = (await xlsxStrings(bytes(await buildXlsx(c)))).map((x) => x.text);
    expect(cells).toEqual(expect.arrayContaining(['4a (Nam)', '4a (Nữ)']));
    const docx = (await docxParagraphs(bytes(await buildDocx(c)))).join('\n');
    expect(docx).toContain('4a (Nữ)');
    // The girls' own target (< 3 %) is theirs: on their row, not the total's.
    const total = (await docxParagraphs(bytes(await buildDocx(c)))).indexOf('4a');
    expect(total).toBeGreaterThan(-1);
    expect(docx).toContain('< 3 %');
    const female = cells.indexOf('4a (Nữ)');
    const totalCell = cells.indexOf('4a');
    expect(cells.slice(totalCell, cells.indexOf('4a (Nam)'))).not.toContain('< 3 %');
    expect(cells.slice(female, female + 12)).toContain('< 3 %');
  });
});
