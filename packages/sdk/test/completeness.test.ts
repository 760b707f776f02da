import { describe, expect, it } from 'vitest';
import { type FiledReport, reportCompleteness, SubmissionStatusSchema } from '../src/index.js';
import { plan, registry } from './fixtures/reform-2025.js';

const now = new Date('2025-12-16T01:00:00Z'); // 08:00 on 16 December in Vietnam: the deadline has passed.

function status(year: number, reports: FiledReport[], at = now) {
  const s = reportCompleteness({ plan, registry, year, reports, now: at });
  expect(SubmissionStatusSchema.safeParse(s).success).toBe(true);
  return s;
}

describe('reportCompleteness', () => {
  it('owes reports from the successors at the due date, merged with what each answers for', () => {
    const s = status(2025, []);
    expect(s).toMatchObject({
      planId: 'plan.test',
      year: 2025,
      dueDate: '2025-12-15',
      reviewerAgencyId: 'ld.syt',
    });
    expect(s.asOf).toBe('2025-12-16T01:00:00.000Z');
    expect(s.entries.map((e) => [e.agencyId, e.assignedAs])).toEqual([
      [
        'ld.syt',
        [
          { assignmentId: 'IV.1', agencyId: 'dn.sldtbxh' },
          { assignmentId: 'IV.2', agencyId: 'dn.syt' },
        ],
      ],
      ['ld.sgddt', [{ assignmentId: 'IV.3', agencyId: 'dn.sgddt' }]],
      ['ld.stp', [{ assignmentId: 'IV.3', agencyId: 'dn.stp' }]],
      ['ld.snv', [{ assignmentId: 'IV.5', agencyId: 'dn.sldtbxh' }]],
    ]);
    expect(s.unenumerated).toEqual([{ assignmentId: 'IV.4', agencyId: 'dn.doan-the' }]);
    expect(s.entries.every((e) => e.status === 'missing' && e.overdue)).toBe(true);
  });

  it('counts a report filed under a predecessor id for its successor, and the furthest along wins', () => {
    const s = status(2025, [
      { id: 'r1', agencyId: 'dn.syt', status: 'submitted', submittedAt: '2025-12-15T10:00:00+07:00' },
      { id: 'r0', agencyId: 'ld.syt', status: 'draft', submittedAt: null },
      { id: 'r2', agencyId: 'ld.sgddt', status: 'draft', submittedAt: null },
      { id: 'r3', agencyId: 'dn.stp', status: 'accepted', submittedAt: '2025-12-16T00:30:00+07:00' },
    ]);
    const by = Object.fromEntries(s.entries.map((e) => [e.agencyId, e]));
    expect(by['ld.syt']).toMatchObject({ reportId: 'r1', status: 'submitted', overdue: false });
    expect(by['ld.sgddt']).toMatchObject({
      reportId: 'r2',
      status: 'draft',
      overdue: true,
      submittedAt: null,
    });
    expect(by['ld.stp']).toMatchObject({ reportId: 'r3', status: 'accepted', overdue: true });
    expect(by['ld.snv']).toMatchObject({ reportId: null, status: 'missing', overdue: true });
  });

  it('is not overdue before the due day ends in Vietnam', () => {
    const s = status(2025, [], new Date('2025-12-15T16:00:00Z'));
    expect(s.entries.some((e) => e.overdue)).toBe(false);
  });

  it('owes the 2024 report from the agencies as issued, the Labour department once', () => {
    const s = status(2024, [
      { id: 'old', agencyId: 'dn.sldtbxh', status: 'accepted', submittedAt: '2024-12-10T09:00:00+07:00' },
    ]);
    expect(s.reviewerAgencyId).toBe('dn.sldtbxh');
    expect(s.entries.map((e) => e.agencyId)).toEqual(['dn.sldtbxh', 'dn.syt', 'dn.sgddt', 'dn.stp']);
    expect(s.entries[0]?.assignedAs.map((a) => a.assignmentId)).toEqual(['IV.1', 'IV.5']);
    expect(s.entries[0]).toMatchObject({ reportId: 'old', status: 'accepted', overdue: false });
  });
});
