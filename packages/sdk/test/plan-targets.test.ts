import { describe, expect, it } from 'vitest';
import { dakNongRegistry, lamDong2026, qd23 } from '../../plans/src/index.js';
import {
  assessProgress,
  bundleMessages,
  type IndicatorCatalog,
  type Plan,
  planCatalog,
  planChanges,
  planMeasures,
  validate,
  validateBundle,
} from '../src/index.js';
import { PlanSchema } from '../src/schemas/plan.js';

const plan = (): Plan => structuredClone(lamDong2026);
const catalog = (): IndicatorCatalog => structuredClone(qd23);

/** The errors of a bundle made of `p` and `c` (with the Đắk Nông registry), as `{ path, code }`. */
function errorsOf(p: unknown, c: unknown = qd23) {
  const r = validateBundle({ plan: p, registry: dakNongRegistry, catalog: c });
  return r.success
    ? []
    : r.errors.map((e) => ({
        part: e.part,
        path: e.error.path,
        code: e.error.code,
        message: e.error.message,
      }));
}

const expectRule = (errors: ReturnType<typeof errorsOf>, part: string, path: string, code: string) => {
  expect(errors.map(({ part, path, code }) => ({ part, path, code }))).toEqual([{ part, path, code }]);
  // Bilingual, with the rule's own text (what the field must be) in each language.
  expect(errors[0]!.message.vi).toContain(bundleMessages[code]!.vi);
  expect(errors[0]!.message.en).toContain(bundleMessages[code]!.en);
  expect(errors[0]!.message.vi).not.toBe(errors[0]!.message.en);
};

describe("a plan's own targets and measures, checked with its catalog", () => {
  it('accepts the illustrative fixture, whose links name its own measure too', () => {
    expect(errorsOf(lamDong2026)).toEqual([]);
  });

  it('refuses an override of a measure the catalog does not have', () => {
    const p = plan();
    p.targetOverrides![1]!.measureId = 'qd23.99';
    expectRule(errorsOf(p), 'plan', 'targetOverrides.1.measureId', 'unknown_override_measure');
  });

  it('refuses a second override of one measure', () => {
    const p = plan();
    p.targetOverrides!.push({ ...p.targetOverrides![0]! });
    expect(errorsOf(p).map((e) => [e.path, e.code])).toEqual([
      ['targetOverrides.4.measureId', 'duplicate_id'],
    ]);
  });

  it('refuses an own measure whose code or id the catalog already uses', () => {
    const p = plan();
    p.ownObjectives![0]!.indicators[0]!.measures[0]!.code = '5a';
    expectRule(errorsOf(p), 'plan', 'ownObjectives.0.indicators.0.measures.0.code', 'catalog_duplicate_code');
    const q = plan();
    q.ownObjectives![0]!.indicators[0]!.measures[0]!.id = 'qd23.5a';
    q.assignments = [];
    expectRule(errorsOf(q), 'plan', 'ownObjectives.0.indicators.0.measures.0.id', 'catalog_duplicate_id');
    const r = plan();
    r.ownObjectives![0]!.indicators[0]!.id = 'qd23.i5';
    expectRule(errorsOf(r), 'plan', 'ownObjectives.0.indicators.0.id', 'catalog_duplicate_id');
  });

  it('refuses two own measures with one code or one id', () => {
    const p = plan();
    const ind = p.ownObjectives![0]!.indicators[0]!;
    ind.measures.push({ ...ind.measures[0]!, id: 'lam-dong-2026.25b' });
    expect(errorsOf(p).map((e) => [e.path, e.code])).toEqual([
      ['ownObjectives.0.indicators.0.measures.1.code', 'duplicate_code'],
    ]);
    ind.measures[1]!.code = '25b';
    ind.measures[1]!.id = ind.measures[0]!.id;
    expect(errorsOf(p).map((e) => [e.path, e.code])).toEqual([
      ['ownObjectives.0.indicators.0.measures.1.id', 'duplicate_id'],
    ]);
  });

  it('refuses a phase outside the plan period, in an override or an own measure', () => {
    const p = plan();
    // 2021–2025 is a phase of the national programme, not of this 2026–2030 plan.
    p.targetOverrides![0]!.targets = [
      { kind: 'level', phaseFrom: 2021, year: 2025, comparator: '≥', value: 93 },
    ];
    expectRule(errorsOf(p), 'plan', 'targetOverrides.0.targets.0.phaseFrom', 'phase_outside_period');
    const q = plan();
    const t = q.ownObjectives![0]!.indicators[0]!.measures[0]!.targets[0]!;
    if (t.kind === 'yearly_change') throw new Error('fixture changed');
    t.year = 2031;
    expectRule(
      errorsOf(q),
      'plan',
      'ownObjectives.0.indicators.0.measures.0.targets.0.phaseFrom',
      'phase_outside_period',
    );
  });

  it("refuses a phase outside the catalog's period, in the catalog", () => {
    const c = catalog();
    c.objectives[0]!.indicators[0]!.measures[0]!.targets.push({
      kind: 'level',
      phaseFrom: 2016,
      year: 2025,
      comparator: '≥',
      value: 60,
    });
    expectRule(
      errorsOf(lamDong2026, c),
      'catalog',
      'objectives.0.indicators.0.measures.0.targets.2.phaseFrom',
      'phase_outside_period',
    );
  });

  it('refuses a catalog whose period runs backwards (checked where catalogs are written)', () => {
    const c = catalog();
    c.period = { from: 2031, to: 2030 };
    expectRule(errorsOf(lamDong2026, c), 'catalog', 'period.to', 'year_range_order');
  });

  it('refuses a yearly change that runs backwards or aims below its minimum, in a catalog or a plan', () => {
    const c = catalog();
    const t = c.objectives[0]!.indicators[0]!.measures[0]!.targets;
    t.push({ kind: 'yearly_change', fromYear: 2030, toYear: 2025, minPercent: 2 });
    expectRule(
      errorsOf(lamDong2026, c),
      'catalog',
      'objectives.0.indicators.0.measures.0.targets.2.toYear',
      'year_range_order',
    );
    t[2] = { kind: 'yearly_change', fromYear: 2025, toYear: 2030, minPercent: 3, aimPercent: 2 };
    expectRule(
      errorsOf(lamDong2026, c),
      'catalog',
      'objectives.0.indicators.0.measures.0.targets.2.aimPercent',
      'aim_below_minimum',
    );
    const p = plan();
    p.targetOverrides![1]!.targets = [
      { kind: 'yearly_change', fromYear: 2026, toYear: 2030, minPercent: 3, aimPercent: 2 },
    ];
    expectRule(errorsOf(p), 'plan', 'targetOverrides.1.targets.0.aimPercent', 'aim_below_minimum');
  });

  it('refuses a phase that does not start before its end (a bundle rule), and unknown keys (the schema)', () => {
    const p = plan();
    p.targetOverrides![0]!.targets = [
      { kind: 'level', phaseFrom: 2030, year: 2030, comparator: '≥', value: 97 },
    ];
    expectRule(errorsOf(p), 'plan', 'targetOverrides.0.targets.0.phaseFrom', 'year_range_order');
    const q = plan() as unknown as { targetOverrides: Record<string, unknown>[] };
    q.targetOverrides[0]!.province = 'Lâm Đồng';
    const s = validate(PlanSchema, q, bundleMessages);
    expect(s.success ? [] : s.errors.map((e) => e.path)).toEqual(['targetOverrides.0.province']);
    const empty = plan();
    empty.targetOverrides![0]!.targets = [];
    expect(validate(PlanSchema, empty).success).toBe(false);
  });
});

describe('planMeasures: the targets in force for a plan, each with its provenance', () => {
  const measures = planMeasures(lamDong2026, qd23);

  it('lists the catalog measures in catalog order, then the plan’s own', () => {
    const catalogIds = qd23.objectives.flatMap((o) =>
      o.indicators.flatMap((i) => i.measures.map((m) => m.id)),
    );
    expect(measures.map((m) => m.measure.id)).toEqual([...catalogIds, 'lam-dong-2026.25']);
    expect(measures.at(-1)).toMatchObject({
      origin: 'plan',
      indicatorId: 'lam-dong-2026.i25',
      objectiveId: 'lam-dong-2026.o5',
    });
  });

  it("puts the plan's targets in force where it overrides, and keeps the catalog's as the other", () => {
    const m = measures.find((x) => x.measure.id === 'qd23.3c')!;
    expect(m.measure.targets).toEqual([{ kind: 'level', year: 2030, comparator: '<', value: 14 }]);
    expect(m.targets).toEqual({
      source: 'plan',
      note: lamDong2026.targetOverrides![1]!.note,
      targets: m.measure.targets,
    });
    expect(m.other).toEqual({
      source: 'catalog',
      document: '23/QĐ-TTg',
      targets: qd23.objectives[0]!.indicators[2]!.measures[2]!.targets,
    });
    const plain = measures.find((x) => x.measure.id === 'qd23.14')!;
    expect(plain.targets.source).toBe('catalog');
    expect(plain.other).toBeUndefined();
    // The catalog's own measure object is untouched.
    expect(qd23.objectives[0]!.indicators[2]!.measures[2]!.targets[1]).toMatchObject({ value: 15 });
  });

  it('names the plan by its number when it has one', () => {
    const p = { ...plan(), number: { asIssued: 'Số: 12/KH-UBND', value: '12/KH-UBND' } };
    expect(planMeasures(p, qd23).find((x) => x.measure.id === 'qd23.3c')!.targets.document).toBe(
      '12/KH-UBND',
    );
  });

  it('gives the same objects for the same plan and catalog (the engine caches by measure)', () => {
    expect(planMeasures(lamDong2026, qd23)).toBe(measures);
    const pc = planCatalog(lamDong2026, qd23);
    const flat = pc.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
    expect(flat).toEqual(measures.map((m) => m.measure));
    expect(flat[4]).toBe(measures[4]!.measure);
  });

  it('is what the assessment is against: the plan’s stricter target decides', () => {
    const m = measures.find((x) => x.measure.id === 'qd23.3c')!;
    const series = [
      { year: 2026, value: 14.8 },
      { year: 2027, value: 14.5 },
    ];
    // 14.5 ‰ is below the nation's 15 but not the province's 14.
    expect(assessProgress({ measure: m.measure, series, year: 2027 }).status).not.toBe('target_achieved');
    const national = { ...m.measure, targets: m.other!.targets };
    expect(assessProgress({ measure: national, series, year: 2027 }).status).toBe('target_achieved');
  });
});

describe('planChanges on a plan’s own targets and measures', () => {
  it('names an override added or removed by its measure, and a changed target by its path', () => {
    const before = plan();
    const after = plan();
    after.targetOverrides!.splice(1, 1);
    Object.assign(after.targetOverrides![0]!.targets[0]!, { comparator: '=' });
    after.ownObjectives = [];
    const changes = planChanges({ plan: before }, { plan: after });
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'removed',
          path: '/targetOverrides/qd23.3c',
          row: 'target_override',
        }),
        expect.objectContaining({
          kind: 'removed',
          path: '/ownObjectives/lam-dong-2026.o5',
          row: 'objective',
        }),
        expect.objectContaining({ kind: 'changed', path: '/targetOverrides/qd23.2/targets/0/comparator' }),
      ]),
    );
  });
});
