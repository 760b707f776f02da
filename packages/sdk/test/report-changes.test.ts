import { describe, expect, it } from 'vitest';
import {
  contentPathError,
  fieldCommentErrors,
  implausibleChange,
  type ReportContent,
  ReportContentSchema,
  reportChanges,
} from '../src/index.js';

const returned: ReportContent = {
  tasks: [
    { taskId: 'II.1.a', status: 'in_progress', results: 'Đã tổ chức 3 lớp tập huấn' },
    { taskId: 'II.1.b', status: 'not_started', results: '' },
  ],
  measures: [
    { measureId: 'm5', value: 92.4, dataSource: 'Sở Y tế', note: '' },
    {
      measureId: 'm7',
      unitId: 'xa-1',
      value: 10,
      numerator: 1,
      denominator: 10,
      dataSource: 'UBND xã',
      note: '',
    },
    { measureId: 'm7', unitId: 'xa-2', value: null, dataSource: '', note: 'Chưa có số liệu' },
  ],
  budget: [{ fundingId: 'III.1', planned: 100_000_000, spent: 40_000_000 }],
  difficulties: 'Thiếu cán bộ',
  recommendations: '',
};

describe('reportChanges', () => {
  it('finds nothing between a version and itself, or a copy in another order', () => {
    expect(reportChanges(returned, returned)).toEqual([]);
    const shuffled = {
      ...returned,
      tasks: [...returned.tasks].reverse(),
      measures: [...returned.measures].reverse(),
    };
    expect(reportChanges(returned, shuffled)).toEqual([]);
  });

  it('names each changed value, status and text by its content path, with before and after', () => {
    const resubmitted: ReportContent = structuredClone(returned);
    resubmitted.tasks[0]!.status = 'completed';
    resubmitted.measures[0]!.value = 95.1;
    resubmitted.measures[0]!.explanation = 'Mở thêm 2 điểm tiêm';
    resubmitted.measures[2] = { measureId: 'm7', unitId: 'xa-2', value: 3, dataSource: 'UBND xã', note: '' };
    resubmitted.budget[0]!.spent = 55_000_000;
    resubmitted.recommendations = 'Bổ sung biên chế';
    expect(reportChanges(returned, resubmitted)).toEqual([
      { kind: 'changed', path: 'tasks/II.1.a/status', before: 'in_progress', after: 'completed' },
      { kind: 'changed', path: 'measures/m5/value', before: 92.4, after: 95.1 },
      { kind: 'changed', path: 'measures/m5/explanation', before: null, after: 'Mở thêm 2 điểm tiêm' },
      { kind: 'changed', path: 'measures/m7@xa-2/value', before: null, after: 3 },
      { kind: 'changed', path: 'measures/m7@xa-2/dataSource', before: null, after: 'UBND xã' },
      { kind: 'changed', path: 'measures/m7@xa-2/note', before: 'Chưa có số liệu', after: null },
      { kind: 'changed', path: 'budget/III.1/spent', before: 40_000_000, after: 55_000_000 },
      { kind: 'changed', path: 'recommendations', before: '', after: 'Bổ sung biên chế' },
    ]);
  });

  it('reports rows added and removed as whole rows, keeping units of one measure apart', () => {
    const resubmitted: ReportContent = {
      ...returned,
      tasks: [returned.tasks[0]!, { taskId: 'II.2.a', status: 'completed', results: 'Xong' }],
      measures: returned.measures.filter((m) => m.unitId !== 'xa-1'),
      budget: [],
    };
    expect(reportChanges(returned, resubmitted)).toEqual([
      { kind: 'added', path: 'tasks/II.2.a', row: 'tasks' },
      { kind: 'removed', path: 'tasks/II.1.b', row: 'tasks' },
      { kind: 'removed', path: 'measures/m7@xa-1', row: 'measures' },
      { kind: 'removed', path: 'budget/III.1', row: 'budget' },
    ]);
  });

  it('treats an absent optional text as an empty one, and 0 as a value, not as absence', () => {
    const a = structuredClone(returned);
    a.measures[0]!.explanation = '';
    expect(reportChanges(returned, a)).toEqual([]);
    const b = structuredClone(returned);
    b.budget[0]!.spent = 0;
    expect(reportChanges(returned, b)).toEqual([
      { kind: 'changed', path: 'budget/III.1/spent', before: 40_000_000, after: 0 },
    ]);
  });

  it('works on what the schema parses', () => {
    const parsed = ReportContentSchema.parse(returned);
    expect(reportChanges(parsed, { ...parsed, difficulties: 'Khác' })).toHaveLength(1);
  });
});

describe('contentPathError', () => {
  it('accepts rows and fields the content holds', () => {
    for (const p of [
      'tasks/II.1.a',
      'tasks/II.1.a/results',
      'measures/m5/value',
      'measures/m7@xa-2/note',
      'budget/III.1/spent',
      'difficulties',
      'recommendations',
    ])
      expect(contentPathError(returned, p), p).toBeNull();
  });
  it('refuses a row the content lacks and a field its kind does not have', () => {
    expect(contentPathError(returned, 'tasks/II.9.z')).toBe('no_row');
    expect(contentPathError(returned, 'measures/m7/value')).toBe('no_row'); // m7 is only by unit
    expect(contentPathError(returned, 'measures/m5@xa-1')).toBe('no_row');
    expect(contentPathError(returned, 'tasks/II.1.a@xa-1')).toBe('no_row');
    expect(contentPathError(returned, 'budget/III.2')).toBe('no_row');
    expect(contentPathError(returned, 'tasks/II.1.a/value')).toBe('no_field');
    expect(contentPathError(returned, 'measures/m5/status')).toBe('no_field');
  });
});

describe('implausibleChange', () => {
  it('flags > 15 points for percentages, > 30% otherwise, and never NaN', () => {
    expect(implausibleChange(80, 95, 'percent')).toBe(false);
    expect(implausibleChange(80, 95.5, 'percent')).toBe(true);
    expect(implausibleChange(40, 53, 'count')).toBe(true);
    expect(implausibleChange(0, 1, 'per_1000')).toBe(true);
    expect(implausibleChange(Number.NaN, 1, 'count')).toBe(false);
  });
});

describe('fieldCommentErrors', () => {
  it('names each comment whose path points at nothing, in both languages', () => {
    const errors = fieldCommentErrors(returned, [
      { path: 'measures/m5/value', comment: 'Kiểm tra lại' },
      { path: 'tasks/II.9.z', comment: 'Nhiệm vụ nào?' },
      { path: 'budget/III.1/value', comment: 'Sai trường' },
    ]);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['fields.1.path', 'unknown_content_path'],
      ['fields.2.path', 'unknown_content_path'],
    ]);
    expect(errors[0]!.message.vi).toContain('tasks/II.9.z');
    expect(errors[0]!.message.en).toContain('tasks/II.9.z');
    expect(errors[1]!.message.en).toContain('budget/III.1/value');
  });
});
