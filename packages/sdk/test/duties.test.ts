import { describe, expect, it } from 'vitest';
import { agencyDuties } from '../src/index.js';
import { catalog, plan, registry } from './fixtures/reform-2025.js';

const duties = (agencyId: string, date: string) => agencyDuties({ plan, catalog, registry, agencyId, date });

describe('agencyDuties', () => {
  it('gives Lâm Đồng Health in 2026 what the plan gave Đắk Nông Labour (children) and Health', () => {
    const d = duties('ld.syt', '2026-01-01');
    expect(d.assignments.map((a) => [a.assignment.id, a.asIssuedAgencyId])).toEqual([
      ['IV.1', 'dn.sldtbxh'],
      ['IV.2', 'dn.syt'],
    ]);
    expect(d.assignments[0]?.resolution.chain.map((s) => s.toId)).toEqual(['dn.syt', 'ld.syt']);
    expect(d.tasks.map((t) => [t.task.id, t.basis, t.links.length])).toEqual([
      ['II.1.a', 'as_issued', 2],
      ['II.1.b', 'as_issued', 1],
    ]);
    expect(d.tasks[0]?.links).toEqual([
      { assignmentId: 'IV.1', asIssuedAgencyId: 'dn.sldtbxh', basis: 'as_issued' },
      { assignmentId: 'IV.2', asIssuedAgencyId: 'dn.syt', basis: 'interpretation' },
    ]);
    // Catalog order (indicator 3 before 8), whatever order the assignments link them in (8a first).
    expect(d.measures.map((m) => [m.measure.id, m.measure.code, m.indicatorId, m.basis])).toEqual([
      ['m.3a', '3a', 'i3', 'interpretation'],
      ['m.8a', '8a', 'i8', 'interpretation'],
    ]);
    expect(d.unknownMeasureIds).toEqual(['m.zz']);
  });

  it('gives Home Affairs the labour side of the split', () => {
    const d = duties('ld.snv', '2026-01-01');
    expect(d.assignments.map((a) => a.assignment.id)).toEqual(['IV.5']);
    expect(d.measures.map((m) => m.measure.id)).toEqual(['m.10']);
  });

  it('keeps the plan as issued before the reform, and reaches members of a collective', () => {
    expect(duties('dn.sldtbxh', '2024-06-01').assignments.map((a) => a.assignment.id)).toEqual([
      'IV.1',
      'IV.5',
    ]);
    expect(duties('dn.sldtbxh', '2025-03-01').assignments).toEqual([]);
    const edu = duties('ld.sgddt', '2026-01-01');
    expect(edu.assignments.map((a) => [a.assignment.id, a.asIssuedAgencyId])).toEqual([['IV.3', 'dn.sgddt']]);
    expect(edu.tasks.map((t) => t.task.id)).toEqual(['II.2.a']);
  });
});
