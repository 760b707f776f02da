import { type Report, type ReturnedVersion, reportChanges } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { counts, healthContent, jsonReq, login, reportCalls, useTestServer } from './helpers.js';

const s = useTestServer('test');
const { submit, put } = reportCalls(s);

type ErrorBody = {
  error: {
    code: string;
    message: { vi: string; en: string };
    fieldErrors?: { path: string; code: string; message: { vi: string; en: string } }[];
  };
};

async function submitted(reporter: string): Promise<Report> {
  const res = await submit(reporter, { content: healthContent('v1') }, 'desk-1');
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}

const returnedRows = async () =>
  Number(
    (
      await s.db.kysely
        .selectFrom('report_returns')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("the reviewer's desk: field comments and the returned version", () => {
  it('refuses a comment on a row or field the report lacks, naming the path, and stores nothing', async () => {
    const reporter = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const report = await submitted(reporter);
    const before = await counts(s.db);
    for (const path of [
      'tasks/II.9.z',
      'tasks/II.1.a/value',
      `measures/${report.content.measures[0]!.measureId}@xa-khong-co`,
    ]) {
      const res = await s.app.request(
        `/api/v1/reports/${report.id}/return`,
        jsonReq('POST', reviewer, {
          comment: 'Đề nghị bổ sung',
          fields: [
            { path: 'tasks/II.1.a/results', comment: 'Ghi rõ số lớp' },
            { path, comment: 'Mục này?' },
          ],
        }),
      );
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fieldErrors).toHaveLength(1);
      const [e] = body.error.fieldErrors!;
      expect(e).toMatchObject({ path: 'fields.1.path', code: 'unknown_content_path' });
      expect(e!.message.vi).toContain(path);
      expect(e!.message.en).toContain(path);
    }
    // A path the contract cannot parse is refused by the schema, before the report is read.
    const bad = await s.app.request(
      `/api/v1/reports/${report.id}/return`,
      jsonReq('POST', reviewer, { comment: 'x', fields: [{ path: 'tasks', comment: 'y' }] }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.fieldErrors?.[0]?.path).toBe('fields.0.path');
    expect(await counts(s.db)).toEqual(before);
    expect(await returnedRows()).toBe(0);
    const now = (await (
      await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', reviewer))
    ).json()) as Report;
    expect(now).toMatchObject({ status: 'submitted', version: report.version });
  });

  it('keeps the returned version and the field comments; the resubmission shows what changed', async () => {
    const reporter = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const report = await submitted(reporter);
    const url = `/api/v1/reports/${report.id}/returned`;

    let res = await s.app.request(url, jsonReq('GET', reviewer));
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.message.vi).toMatch(/chưa từng bị trả lại/);

    // A measure given as a plain value (a rate's value would follow its numerator and denominator).
    const measure = report.content.measures.find(
      (m) => m.value !== null && m.numerator === undefined && !m.unitId && m.value >= 1,
    )!;
    const fields = [
      { path: `measures/${measure.measureId}/value`, comment: 'Số liệu tăng bất thường, đề nghị kiểm tra' },
      { path: 'tasks/II.1.a', comment: 'Nêu rõ kết quả' },
      { path: 'difficulties', comment: 'Chưa nêu khó khăn' },
    ];
    res = await s.app.request(
      `/api/v1/reports/${report.id}/return`,
      jsonReq('POST', reviewer, { comment: 'Đề nghị bổ sung', fields }),
    );
    expect(res.status).toBe(200);
    const returned = (await res.json()) as Report;
    expect(returned.events.at(-1)).toMatchObject({ type: 'returned', comment: 'Đề nghị bổ sung', fields });

    // The officer reads the same comments on the report.
    res = await s.app.request(
      `/api/v1/plans/${report.planId}/reports/${report.year}/mine`,
      jsonReq('GET', reporter),
    );
    expect(((await res.json()) as Report).events.at(-1)?.fields).toEqual(fields);

    res = await s.app.request(url, jsonReq('GET', reviewer));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const kept = (await res.json()) as ReturnedVersion;
    expect(kept).toEqual({
      reportId: report.id,
      version: returned.version,
      returnedAt: s.clock.now().toISOString(),
      content: report.content,
    });
    // The officer of the agency may read it too; another agency's may not.
    expect((await s.app.request(url, jsonReq('GET', reporter))).status).toBe(200);
    expect((await s.app.request(url, jsonReq('GET', await login(s.app, 'so-gddt')))).status).toBe(403);
    expect((await s.app.request(url, jsonReq('GET', null))).status).toBe(401);

    // The officer changes a value and a status, then submits again.
    const next = structuredClone(report.content);
    const m = next.measures.find((x) => x.measureId === measure.measureId && !x.unitId)!;
    m.value = (measure.value as number) - 1;
    next.tasks[0]!.status = 'completed';
    res = await put(reporter, { content: next }, `"${returned.version}"`);
    expect(res.status).toBe(200);
    res = await submit(reporter, { content: next }, 'desk-2', `"${returned.version + 1}"`);
    expect(res.status).toBe(200);
    const resubmitted = (await res.json()) as Report;

    // What the reviewer's desk computes: the stored version against the resubmission.
    kept.content = (
      (await (await s.app.request(url, jsonReq('GET', reviewer))).json()) as ReturnedVersion
    ).content;
    expect(reportChanges(kept.content, resubmitted.content)).toEqual([
      { kind: 'changed', path: 'tasks/II.1.a/status', before: 'in_progress', after: 'completed' },
      { kind: 'changed', path: `measures/${measure.measureId}/value`, before: measure.value, after: m.value },
    ]);

    // A second return replaces what is shown: the latest returned version.
    s.clock.advance(60_000);
    res = await s.app.request(
      `/api/v1/reports/${report.id}/return`,
      jsonReq('POST', reviewer, { comment: 'Lần 2' }),
    );
    expect(res.status).toBe(200);
    const again = (await (await s.app.request(url, jsonReq('GET', reviewer))).json()) as ReturnedVersion;
    expect(again.version).toBe(((await res.json()) as Report).version);
    expect(again.content).toEqual(next);
    expect(await returnedRows()).toBe(2);
    // A return without field comments records none.
    expect(
      (
        (await (
          await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', reviewer))
        ).json()) as Report
      ).events.at(-1),
    ).not.toHaveProperty('fields');
  });
});
