/**
 * The operator's import of observations answered by the mocks (`importObservations`): the sdk's
 * `TidyImportCheck` — the server's checks — over the posted CSV, then an upsert into the state,
 * through the sdk's client and `createMockFetch`. What the import stores is what
 * `getObservations` and the progress read serve next.
 */
import { createClient, ForbiddenError, ValidationFailedError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { createHandlers, createMockFetch, demoToken } from '../src/index.js';
import { BASE, PLAN } from './helpers.js';

const HEAD = '\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n';

function setup() {
  const handlers = createHandlers({ baseUrl: BASE });
  const fetch = createMockFetch(handlers);
  const as = (username: string | null) =>
    createClient({ baseUrl: BASE, token: username ? demoToken(username) : null, fetch, retries: 0 });
  const csvText = async () =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      (await as(null).getObservations({ planId: PLAN })).data,
    );
  return { handlers, admin: as('admin'), as, csvText };
}

describe('importObservations (mocks)', () => {
  it('stores the rows: the statistics download and the progress read serve them next', async () => {
    const { admin, as, csvText } = setup();
    expect(await csvText()).toBe(HEAD);
    const before = await as(null).getProgress({ planId: PLAN, year: 2024, unitId: 'dak-nong.cu-jut' });
    const series = (p: typeof before) => p.measures.find((m) => m.measureId === 'qd23.2')!.series;
    expect(series(before).find((s) => s.year === 2024)?.value).not.toBe(77.25);

    // A `;` file with decimal commas, a byte-order mark and Windows line ends, as Excel writes it.
    const csv =
      '\ufeffYear;Measure;Unit;Value;Numerator;Denominator;Source;Note\r\n' +
      '2024;2;dak-nong.cu-jut;77,25;;;Cục Thống kê;Sơ bộ\r\n' +
      '2019;2;dak-nong;98,5;;;Cục Thống kê;\r\n' +
      ';;;;;;;\r\n';
    expect(await admin.importObservations({ planId: PLAN, csv })).toEqual({
      added: 1,
      changed: 1,
      unchanged: 0,
      blank: 1,
    });
    expect(await csvText()).toBe(
      `${HEAD}2019,2,dak-nong,98.5,,,Cục Thống kê,\r\n2024,2,dak-nong.cu-jut,77.25,,,Cục Thống kê,Sơ bộ\r\n`,
    );
    const after = await as(null).getProgress({ planId: PLAN, year: 2024, unitId: 'dak-nong.cu-jut' });
    expect(series(after).find((s) => s.year === 2024)?.value).toBe(77.25);
    // The same file again changes nothing.
    expect(await admin.importObservations({ planId: PLAN, csv })).toEqual({
      added: 0,
      changed: 0,
      unchanged: 2,
      blank: 1,
    });
  });

  it('refuses a bad file naming every row and column, in both languages, and stores nothing', async () => {
    const { admin, handlers, csvText } = setup();
    const count = handlers.state.observations.length;
    const csv =
      'Year,Measure,Unit,Value,Numerator,Denominator\n' +
      '2019,2,dak-nong,98.5,,\n' +
      '2019,99z,dak-nong,1,,\n' +
      '2019,2,dak-nong,50,,\n' +
      '2019,2,dak-nong.cu-jut,50,4,10\n';
    const err = await admin.importObservations({ planId: PLAN, csv }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailedError);
    const errors = (err as ValidationFailedError).fieldErrors;
    expect(errors.map((e) => e.path)).toEqual(['row.3.Measure', 'row.4', 'row.5.Value']);
    expect(errors[0]!.message).toEqual({
      vi: 'observations.csv, dòng 3, cột Measure: không có chỉ số mã "99z" trong danh mục của kế hoạch',
      en: 'observations.csv, row 3, column Measure: no measure with code "99z" in the plan\'s catalog',
    });
    expect(errors[2]!.message.en).toContain('4 / 10 × 100 = 40 (typed 50)');
    expect(handlers.state.observations).toHaveLength(count);
    expect(await csvText()).toBe(HEAD);
  });

  it('is the operator’s: reporters are refused, a wrong media type is 415, a measure of another plan is unknown', async () => {
    const { as, admin } = setup();
    const csv = 'Year,Measure,Unit,Value\n2026,1,lam-dong,90\n';
    await expect(as('so-y-te').importObservations({ planId: PLAN, csv })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const res = await createMockFetch(createHandlers({ baseUrl: BASE }))(
      `${BASE}/api/v1/plans/${PLAN}/observations`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${demoToken('admin')}`, 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(res.status).toBe(415);
    // Each plan's own catalog: the scheme's measure "3" is a count, Đắk Nông's "3" does not exist as such.
    const scheme = await admin.importObservations({
      planId: 'lam-dong-shd-2026',
      csv: 'Year,Measure,Unit,Value\n2026,3,lam-dong,120\n',
    });
    expect(scheme).toEqual({ added: 0, changed: 1, unchanged: 0, blank: 0 });
    const refused = await admin
      .importObservations({ planId: PLAN, csv: 'Year,Measure,Unit,Value\n2026,shd,lam-dong,1\n' })
      .catch((e: unknown) => e);
    expect((refused as ValidationFailedError).fieldErrors.map((e) => e.path)).toEqual(['row.2.Measure']);
  });

  it('takes figures by period for a quarterly plan and serves them with a Period column, the year first', async () => {
    const { admin, handlers, csvText } = setup();
    const p = handlers.state.plans.get(PLAN)!;
    handlers.state.plans.set(PLAN, {
      ...p,
      plan: {
        ...p.plan,
        reporting: { ...p.plan.reporting, frequency: 'quarterly', due: { daysAfterWindow: 20 } },
      },
    });
    const csv =
      'Period,Measure,Unit,Value\n2019-Q2,2,dak-nong,91\n2019,2,dak-nong,93\n2019-Q1,2,dak-nong,90\n';
    expect(await admin.importObservations({ planId: PLAN, csv })).toMatchObject({ added: 3 });
    expect(await csvText()).toBe(
      '\ufeffPeriod,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n' +
        '2019,2,dak-nong,93,,,,\r\n2019-Q1,2,dak-nong,90,,,,\r\n2019-Q2,2,dak-nong,91,,,,\r\n',
    );
    expect(await admin.importObservations({ planId: PLAN, csv })).toMatchObject({ added: 0, unchanged: 3 });
    const refused = await admin
      .importObservations({ planId: PLAN, csv: 'Period,Measure,Unit,Value\n2019-H1,2,dak-nong,1\n' })
      .catch((e: unknown) => e);
    expect((refused as ValidationFailedError).fieldErrors.map((e) => [e.path, e.message.en])).toEqual([
      [
        'row.2.Period',
        'observations.csv, row 2, column Period: "2019-H1" is not a year nor a quarterly period of the plan (such as 2026-Q1 … 2026-Q4)',
      ],
    ]);
  });
});
