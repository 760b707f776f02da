import { describe, expect, it } from 'vitest';
import {
  ApiErrorSchema,
  agencyDuties,
  REQUIRED_FOR_SUBMIT,
  type ReportContent,
  ReportContentSchema,
  reportReadiness,
} from '../src/index.js';
import { catalog, plan, registry } from './fixtures/reform-2025.js';

// Lâm Đồng Health in 2026: tasks II.1.a, II.1.b; measures m.3a, m.8a in catalog order (see duties.test.ts).
const duties = agencyDuties({ plan, catalog, registry, agencyId: 'ld.syt', date: '2026-12-15' });

const complete = (): ReportContent => ({
  tasks: [
    { taskId: 'II.1.a', status: 'in_progress', results: 'Đã triển khai' },
    { taskId: 'II.1.b', status: 'not_started', results: '' },
  ],
  measures: [
    { measureId: 'm.8a', value: 91.5, numerator: 915, denominator: 1000, dataSource: 'Sở Y tế', note: '' },
    { measureId: 'm.3a', value: null, dataSource: '', note: 'Chưa có điều tra năm nay' },
  ],
  budget: [],
  difficulties: '',
  recommendations: '',
});

describe('reportReadiness', () => {
  it('accepts a report where every task has a status and every measure a value or a note', () => {
    const content = complete();
    expect(ReportContentSchema.safeParse(content).success).toBe(true);
    expect(reportReadiness({ content, duties })).toEqual({
      ready: true,
      errors: [],
      answered: { tasks: 2, measures: 2 },
      total: { tasks: 2, measures: 2 },
    });
  });

  it('names each missing task and measure with a bilingual required_for_submit error', () => {
    const content = complete();
    content.tasks = [content.tasks[1]!]; // II.1.a missing: its row is 0 among the duties
    content.measures = [content.measures[0]!]; // m.3a missing: row 0 (catalog order)
    const r = reportReadiness({ content, duties });
    expect(r.ready).toBe(false);
    expect(r.answered).toEqual({ tasks: 1, measures: 1 });
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ['tasks.0.status', REQUIRED_FOR_SUBMIT],
      ['measures.0.value', REQUIRED_FOR_SUBMIT],
    ]);
    expect(r.errors[0]!.message.vi).toBe(
      'Trường tasks.0.status: cần trạng thái thực hiện của nhiệm vụ II.1.a trước khi nộp',
    );
    expect(r.errors[0]!.message.en).toBe(
      'Field tasks.0.status: expected the status of task II.1.a before submitting',
    );
    expect(r.errors[1]!.message.en).toContain('a value for measure m.3a, or a note saying why');
    expect(r.errors[1]!.message.vi).toContain('ghi chú lý do');
    // The errors fit the API's error body.
    const body = {
      error: { code: 'validation_failed', message: { vi: 'x', en: 'x' }, fieldErrors: r.errors },
    };
    expect(ApiErrorSchema.safeParse(body).success).toBe(true);
  });

  it('points at the entry in the content when it is there but unanswered, with an optional prefix', () => {
    const raw = {
      tasks: [
        { taskId: 'II.1.b', status: 'completed' },
        { taskId: 'II.1.a', status: '' },
      ],
      measures: [
        { measureId: 'm.3a', value: null, note: '   ' },
        { measureId: 'm.8a', value: Number.NaN, note: '' },
      ],
    };
    const r = reportReadiness({ content: raw, duties, pathPrefix: 'content.' });
    expect(r.errors.map((e) => e.path)).toEqual([
      'content.tasks.1.status',
      'content.measures.0.value',
      'content.measures.1.value',
    ]);
    expect(r.errors[0]!.message.en.startsWith('Field content.tasks.1.status:')).toBe(true);
  });

  it('prefers the agency-wide entry of a measure over entries for single units', () => {
    const content = complete();
    content.measures = [
      { measureId: 'm.8a', unitId: 'ld', value: null, dataSource: '', note: '' },
      { measureId: 'm.8a', value: 90, dataSource: '', note: '' },
      content.measures[1]!,
    ];
    expect(reportReadiness({ content, duties }).ready).toBe(true);
  });

  it('takes duties as ids too, and a report with no duties is always ready', () => {
    const content = complete();
    const byIds = reportReadiness({
      content,
      duties: { taskIds: ['II.1.a', 'II.9.z'], measureIds: new Set(['m.3a']) },
    });
    expect(byIds.errors.map((e) => e.path)).toEqual(['tasks.1.status']);
    expect(byIds.total).toEqual({ tasks: 2, measures: 1 });
    expect(reportReadiness({ content, duties: { taskIds: [], measureIds: [] } }).ready).toBe(true);
  });
});
