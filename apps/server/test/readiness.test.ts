import { demo } from '@kehoach/mocks';
import { type ApiErrorBody, agencyDuties, reportReferenceDate } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import {
  counts,
  emptyContent,
  healthContent,
  jsonReq,
  login,
  REPORT_PATH,
  reportCalls,
  useTestServer,
  YEAR,
} from './helpers.js';

/** Where a measure sits among the health department's duties: the row a readiness error names. */
const dutyRow = (measureId: string) =>
  agencyDuties({
    plan: demo.plan,
    catalog: demo.catalog,
    registry: demo.registry,
    agencyId: 'lam-dong.so-y-te',
    date: reportReferenceDate(demo.plan, YEAR),
  }).measures.findIndex((d) => d.measure.id === measureId);

const s = useTestServer('file');

const { submit } = reportCalls(s);

describe('submit readiness', () => {
  it('refuses an incomplete report with bilingual required_for_submit errors and stores nothing', async () => {
    const t = await login(s.app, 'so-y-te');
    const before = await counts(s.db);
    const content = healthContent();
    const missingTask = content.tasks[2]!.taskId;
    const missingMeasure = content.measures[1]!.measureId;
    content.tasks.splice(2, 1);
    content.measures[1] = { ...content.measures[1]!, value: null, note: 'x' };
    content.measures.splice(1, 1);
    const res = await submit(t, { content }, 'not-ready-1');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message.en).toContain('not complete enough to submit');
    expect(body.error.message.vi).toContain('chưa đủ thông tin để nộp');
    expect(body.error.fieldErrors).toEqual([
      {
        path: 'content.tasks.2.status',
        code: 'required_for_submit',
        message: {
          vi: `Trường content.tasks.2.status: cần trạng thái thực hiện của nhiệm vụ ${missingTask} trước khi nộp`,
          en: `Field content.tasks.2.status: expected the status of task ${missingTask} before submitting`,
        },
      },
      // A missing row is named by its place among the agency's duties (catalog order), not the content's.
      expect.objectContaining({
        path: `content.measures.${dutyRow(missingMeasure)}.value`,
        code: 'required_for_submit',
      }),
    ]);
    expect(body.error.fieldErrors?.[1]?.message.en).toContain(missingMeasure);
    expect(await counts(s.db)).toEqual(before);
    // The same key works once the report is complete: the failed attempt stored nothing.
    const ok = await submit(t, { content: healthContent() }, 'not-ready-1');
    expect(ok.status).toBe(200);
  });

  it('a draft may be incomplete; submitting the same draft is refused until it is complete', async () => {
    const t = await login(s.app, 'so-tu-phap');
    const put = await s.app.request(REPORT_PATH, jsonReq('PUT', t, { content: emptyContent() }));
    expect(put.status).toBe(201);
    const res = await submit(t, { content: emptyContent() }, 'not-ready-2', '"1"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.fieldErrors?.length).toBeGreaterThan(0);
    expect(body.error.fieldErrors?.every((e) => e.code === 'required_for_submit')).toBe(true);
    const report = await s.app.request(REPORT_PATH, jsonReq('GET', t));
    expect(((await report.json()) as { status: string; version: number }).status).toBe('draft');
  });
});
