import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import { type Plan, planChanges, validateBundle } from '../src/index.js';

const bundle = { plan: dakNong2021, registry: dakNongRegistry, catalog: qd23 };

describe('validateBundle', () => {
  it('accepts the Đắk Nông bundle, with or without its catalog', () => {
    expect(validateBundle(bundle).success).toBe(true);
    expect(validateBundle({ plan: dakNong2021, registry: dakNongRegistry }).success).toBe(true);
  });

  it('names each schema error with its part, every part checked', () => {
    const r = validateBundle({
      plan: { ...dakNong2021, quarter: 1 },
      registry: { ...dakNongRegistry, agencies: 'none' },
      catalog: { ...qd23, id: '' },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => [e.part, e.error.path, e.error.code])).toEqual([
      ['plan', 'quarter', 'unrecognized_keys'],
      ['registry', 'agencies', 'invalid_type'],
      ['catalog', 'id', 'id'],
    ]);
  });

  it('checks references into the registry and the catalog once every part passes its schema', () => {
    const [a, ...rest] = dakNong2021.assignments;
    const plan: Plan = {
      ...dakNong2021,
      issuer: { agencyId: 'x.ubnd', unitId: 'x' },
      assignments: [
        { ...a!, agencyIds: ['x.so'], measureLinks: [{ measureId: 'x.9', basis: 'as_issued' }] },
        ...rest,
      ],
      reporting: { ...dakNong2021.reporting, recipientAgencyId: 'x.ubnd' },
    };
    const r = validateBundle({ ...bundle, plan, catalog: { ...qd23, id: 'other' } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => [e.part, e.error.path, e.error.code])).toEqual([
      ['plan', 'issuer.agencyId', 'unknown_agency'],
      ['plan', 'issuer.unitId', 'unknown_unit'],
      ['plan', 'catalogId', 'catalog_mismatch'],
      ['plan', 'assignments.0.agencyIds.0', 'unknown_agency'],
      ['plan', 'assignments.0.measureLinks.0.measureId', 'unknown_measure_link'],
      ['plan', 'reporting.recipientAgencyId', 'unknown_agency'],
    ]);
    expect(r.errors[0]!.error.message).toEqual({
      vi: 'Trường issuer.agencyId: cần một cơ quan có trong danh mục tổ chức (registry)',
      en: 'Field issuer.agencyId: expected an agency of the organisation registry',
    });
    // An API body holds the parts under their names: the paths say so.
    const api = validateBundle({ ...bundle, plan }, (part) => [part]);
    expect(api.success ? [] : api.errors.map((e) => e.error.path)[0]).toBe('plan.issuer.agencyId');
  });
});

describe('planChanges', () => {
  it('no change between a version and itself, nor when lists are reordered', () => {
    expect(planChanges({ plan: dakNong2021 }, { plan: dakNong2021 })).toEqual([]);
    const reordered = { ...dakNong2021, assignments: [...dakNong2021.assignments].reverse() };
    expect(planChanges({ plan: dakNong2021 }, { plan: reordered })).toEqual([]);
  });

  it('rows added and removed with their text, fields changed old → new: groups, assignments, links, dates, targets', () => {
    const [g, ...groups] = dakNong2021.taskGroups;
    const [a, ...assignments] = dakNong2021.assignments;
    const after: Plan = {
      ...dakNong2021,
      issued: { ...dakNong2021.issued, day: 3 },
      period: { from: 2021, to: 2031 },
      taskGroups: [{ ...g!, title: { vi: 'Nhóm mới' } }, ...groups.slice(1)],
      assignments: [{ ...a!, role: 'participant', taskLinks: [] }, ...assignments],
    };
    const [objective, ...objectives] = qd23.objectives;
    const [indicator, ...indicators] = objective!.indicators;
    const [measure, ...measures] = indicator!.measures;
    const catalogAfter = {
      ...qd23,
      objectives: [
        {
          ...objective!,
          indicators: [
            { ...indicator!, measures: [{ ...measure!, targets: [] }, ...measures] },
            ...indicators,
          ],
        },
        ...objectives,
      ],
    };
    expect(a!.taskLinks.length).toBeGreaterThan(0);
    expect(measure!.targets.length).toBeGreaterThan(0);
    const changes = planChanges({ plan: dakNong2021, catalog: qd23 }, { plan: after, catalog: catalogAfter });
    const removedGroup = dakNong2021.taskGroups[1]!;
    expect(changes).toEqual([
      { kind: 'changed', path: '/issued/day', before: null, after: '3' },
      { kind: 'changed', path: '/period/to', before: '2030', after: '2031' },
      { kind: 'changed', path: `/taskGroups/${g!.id}/title/vi`, before: g!.title.vi, after: 'Nhóm mới' },
      { kind: 'changed', path: `/assignments/${a!.id}/role`, before: a!.role, after: 'participant' },
      { kind: 'removed', path: `/taskGroups/${removedGroup.id}`, row: 'group', text: removedGroup.title.vi },
      ...a!.taskLinks.map((l) => ({
        kind: 'removed',
        path: `/assignments/${a!.id}/taskLinks/${l.taskId}`,
        row: 'task_link',
        text: expect.any(String),
      })),
      ...measure!.targets.map((_, i) => ({
        kind: 'removed',
        path: `/catalog/objectives/${objective!.id}/indicators/${indicator!.id}/measures/${measure!.id}/targets/${i}`,
        row: 'target',
        text: expect.stringContaining('"year"'),
      })),
    ]);
  });
});
