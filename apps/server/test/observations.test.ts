/**
 * Observations over HTTP: the public tidy-CSV download of the plan's statistics, and the
 * operator's import of a CSV file (admin only, every bad row named, all or nothing, audited,
 * progress moved).
 */
import { createClient, ValidationFailedError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { login, PLAN, useTestServer } from './helpers.js';

const s = useTestServer('test');
const URL_CSV = `/api/v1/plans/${PLAN}/observations.csv`;
const URL_POST = `/api/v1/plans/${PLAN}/observations`;
const HEAD = '\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n';

const post = (token: string | null, body: string, type = 'text/csv; charset=utf-8', query = '') =>
  s.app.request(`${URL_POST}${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

const download = async () => {
  const res = await s.app.request(URL_CSV);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
};

const audits = () =>
  s.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'observations.imported').execute();

describe('GET observations.csv', () => {
  it('serves statistics only: the demo figures are illustrative, so the header alone', async () => {
    expect(await download()).toBe(HEAD);
    expect((await s.app.request('/api/v1/plans/no-such-plan/observations.csv')).status).toBe(404);
  });
});

describe('POST observations', () => {
  it('lets only an operator (admin) import', async () => {
    const body = 'Year,Measure,Unit,Value\n2019,2,dak-nong,50\n';
    expect((await post(null, body)).status).toBe(401);
    expect((await post(await login(s.app, 'reviewer'), body)).status).toBe(403);
    expect((await post(await login(s.app, 'so-y-te'), body)).status).toBe(403);
    const admin = await login(s.app, 'admin');
    expect((await post(admin, body, 'application/json')).status).toBe(415);
    expect((await post(admin, body, 'text/csv', '?decimal=x')).status).toBe(400);
    expect(await download()).toBe(HEAD);
  });

  it('names every bad row and column in both languages and stores nothing', async () => {
    const admin = await login(s.app, 'admin');
    const res = await post(
      admin,
      '\ufeffYear;Measure;Unit;Value;Numerator;Denominator\r\n2019;2;dak-nong;98,5;;\r\n2019;99z;dak-nong;1;;\r\n2019;2;dak-nong;50;;\r\n2019;2;dak-nong.cu-jut;50;4;10\r\n',
    );
    expect(res.status).toBe(400);
    const { error: body } = (await res.json()) as {
      error: { code: string; fieldErrors: { path: string; message: { vi: string; en: string } }[] };
    };
    expect(body.code).toBe('validation_failed');
    expect(body.fieldErrors.map((e) => e.path)).toEqual(['row.3.Measure', 'row.4', 'row.5.Value']);
    expect(body.fieldErrors[0]!.message).toEqual({
      vi: 'observations.csv, dòng 3, cột Measure: không có chỉ số mã "99z" trong danh mục của kế hoạch',
      en: 'observations.csv, row 3, column Measure: no measure with code "99z" in the plan\'s catalog',
    });
    expect(body.fieldErrors[1]!.message.en).toBe(
      'observations.csv, row 4: the same measure, unit and year as row 2',
    );
    expect(body.fieldErrors[2]!.message.en).toContain('4 / 10 × 100 = 40 (typed 50)');
    expect(await download()).toBe(HEAD);
    expect(await audits()).toHaveLength(0);
  });

  it('imports all or nothing, upserts (the same file twice changes nothing), audits, and moves progress', async () => {
    const admin = await login(s.app, 'admin');
    const generation = async () =>
      Number(
        (
          await s.db.kysely
            .selectFrom('progress_state')
            .select('generation')
            .where('plan_id', '=', PLAN)
            .executeTakeFirstOrThrow()
        ).generation,
      );
    const before = await generation();
    // 2024 in Cư Jút replaces an illustrative demo figure; 2019 is new.
    const csv = `${HEAD}2019,2,dak-nong,98.5,,,Cục Thống kê,"Sơ bộ, chưa chính thức"\r\n2024,2,dak-nong.cu-jut,77.25,,,Cục Thống kê,\r\n`;
    const first = await post(admin, csv);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ added: 1, changed: 1, unchanged: 0, blank: 0 });
    expect(await generation()).toBe(before + 1);
    const again = await post(admin, csv);
    expect(await again.json()).toEqual({ added: 0, changed: 0, unchanged: 2, blank: 0 });
    expect(await generation()).toBe(before + 1);
    // The download is the file as posted: figures exactly as typed.
    expect(await download()).toBe(csv);
    const stored = await s.db.kysely
      .selectFrom('observations')
      .selectAll()
      .where('unit_id', '=', 'dak-nong.cu-jut')
      .where('measure_id', '=', 'qd23.2')
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ value: 77.25, illustrative: 0, source: 'Cục Thống kê', note: null });
    const entries = await audits();
    expect(entries).toHaveLength(1);
    const adminId = (
      await s.db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow()
    ).id;
    expect(entries[0]).toMatchObject({ user_id: adminId, entity_type: 'plan', entity_id: PLAN });
    expect(JSON.parse(entries[0]!.detail!)).toMatchObject({ added: 1, changed: 1, unchanged: 0, by: 'api' });
    // Progress reads the statistics office's figure, not the demo's.
    const progress = await s.app.request(`/api/v1/plans/${PLAN}/progress?year=2024&unitId=dak-nong.cu-jut`);
    const measure = (
      (await progress.json()) as { measures: { measureId: string; series: unknown[] }[] }
    ).measures.find((m) => m.measureId === 'qd23.2');
    expect(JSON.stringify(measure?.series)).toContain('77.25');
  });

  it('is the contract route importObservations: the typed client sends the file as text/csv', async () => {
    const sent: string[] = [];
    const api = createClient({
      baseUrl: 'http://kehoach.test',
      token: await login(s.app, 'admin'),
      fetch: async (input, init) => {
        sent.push(new Headers(init?.headers).get('content-type') ?? '');
        return s.app.request(String(input).replace('http://kehoach.test', ''), init);
      },
    });
    const csv = `Year;Measure;Unit;Value\r\n2019;2;dak-nong;98,5\r\n`;
    expect(await api.importObservations({ planId: PLAN, csv })).toEqual({
      added: 1,
      changed: 0,
      unchanged: 0,
      blank: 0,
    });
    expect(sent).toEqual(['text/csv; charset=utf-8']);
    expect(await download()).toBe(`${HEAD}2019,2,dak-nong,98.5,,,,\r\n`);
    // `decimal` is a query parameter of the route; a bad row is a typed 400 naming row and column.
    const refused = await api
      .importObservations({
        planId: PLAN,
        decimal: '.',
        csv: 'Year;Measure;Unit;Value\n2020;2;dak-nong;98,5\n',
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationFailedError);
    const errors = (refused as ValidationFailedError).fieldErrors;
    expect(errors.map((e) => e.path)).toEqual(['row.2.Value']);
    expect(errors[0]!.message.vi).toContain('dòng 2, cột Value');
    expect(await download()).toBe(`${HEAD}2019,2,dak-nong,98.5,,,,\r\n`);
    expect(await audits()).toHaveLength(1);
  });
});
