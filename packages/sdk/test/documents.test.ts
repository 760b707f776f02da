/**
 * Documents as issued (issue 8, point 1): every kind of document, issuers at every level, only
 * what every document has required, a missing part stored as missing; and the rules added with
 * them (a real time zone, unique measure codes, whole indicator numbers, `approves` only on a
 * decision), each refused with an error naming its path in Vietnamese and English.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dakNong2021 } from '../../plans/src/index.js';
import {
  agencyDuties,
  bundleMessages,
  IndicatorCatalogSchema,
  isOverdue,
  OrganizationRegistrySchema,
  type Plan,
  PlanSchema,
  reportCompleteness,
  reportDueDate,
  reportObligations,
  reportReferenceDate,
  toJsonSchema,
  validate,
} from '../src/index.js';
import { nationalCatalog, nationalProgramme, nationalRegistry } from './fixtures/national-programme.js';

const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const ajvPlan = ajv.compile(toJsonSchema(PlanSchema));
const ajvCatalog = ajv.compile(toJsonSchema(IndicatorCatalogSchema));
const ajvRegistry = ajv.compile(toJsonSchema(OrganizationRegistrySchema));

const OPTIONAL_PARTS = [
  'approves',
  'number',
  'place',
  'implements',
  'milestones',
  'preamble',
  'purposes',
  'requirements',
  'taskGroups',
  'funding',
  'assignments',
  'closing',
  'recipients',
  'signer',
  'source',
] as const;

/** The one error of an invalid document, or a failure saying it was valid. */
function onlyError(schema: Parameters<typeof validate>[0], doc: unknown) {
  const r = validate(schema, doc, bundleMessages);
  if (r.success) throw new Error('expected the document to be refused');
  return r.errors;
}

describe('a minimal national programme', () => {
  it('validates in the sdk and in the JSON Schema (Ajv), its registry and catalog too', () => {
    expect(validate(PlanSchema, nationalProgramme)).toMatchObject({ success: true });
    expect(ajvPlan(nationalProgramme), JSON.stringify(ajvPlan.errors)).toBe(true);
    expect(validate(OrganizationRegistrySchema, nationalRegistry)).toMatchObject({ success: true });
    expect(ajvRegistry(nationalRegistry), JSON.stringify(ajvRegistry.errors)).toBe(true);
    expect(validate(IndicatorCatalogSchema, nationalCatalog)).toMatchObject({ success: true });
    expect(ajvCatalog(nationalCatalog), JSON.stringify(ajvCatalog.errors)).toBe(true);
  });

  it('keeps a missing part missing: no key, no placeholder', () => {
    const r = validate(PlanSchema, nationalProgramme);
    if (!r.success) throw new Error('invalid');
    for (const part of OPTIONAL_PARTS) expect(Object.hasOwn(r.data, part), part).toBe(false);
    expect(Object.keys(r.data.reporting).sort()).toEqual(['frequency', 'timeZone']);
  });

  it('requires the title, kind, issuer, issue date, period, catalog and reporting rule, naming each', () => {
    for (const key of ['title', 'kind', 'issuer', 'issued', 'period', 'catalogId', 'reporting'] as const) {
      const { [key]: _, ...rest } = nationalProgramme;
      const errors = onlyError(PlanSchema, rest);
      // `invalid_type` (undefined), or `invalid_value` for the kind's enum.
      expect(errors).toMatchObject([{ path: key }]);
      expect(['invalid_type', 'invalid_value']).toContain(errors[0]!.code);
      expect(errors[0]!.message.vi).toContain(`Trường ${key}:`);
      expect(errors[0]!.message.en).toContain(`Field ${key}:`);
      expect(ajvPlan(rest)).toBe(false);
    }
  });

  it('accepts a partial issue date and a ministry as issuer', () => {
    const plan = {
      ...nationalProgramme,
      issuer: { agencyId: 'vn.byt', unitId: 'vn' },
      issued: { year: 2026 },
    };
    expect(validate(PlanSchema, plan).success).toBe(true);
    expect(ajvPlan(plan)).toBe(true);
  });

  it('has no due date, so nothing is overdue; the registry is read on the last day of the year', () => {
    expect(reportDueDate(nationalProgramme, 2027)).toBeNull();
    expect(reportReferenceDate(nationalProgramme, 2027)).toBe('2027-12-31');
    expect(isOverdue(nationalProgramme, 2027, new Date('2031-01-01T00:00:00Z'))).toBe(false);
    // With a due date the same report is overdue: the flag depends on the due date alone.
    const due = {
      ...nationalProgramme,
      reporting: { ...nationalProgramme.reporting, due: { month: 12, day: 15 } },
    };
    expect(reportReferenceDate(due, 2027)).toBe('2027-12-15');
    expect(isOverdue(due, 2027, new Date('2031-01-01T00:00:00Z'))).toBe(true);
  });

  it('owes no reports without assignments; the issuer reviews; no duties, no tasks', () => {
    expect(reportObligations(nationalProgramme, nationalRegistry, '2027-12-31')).toEqual({
      owing: [],
      unenumerated: [],
    });
    const status = reportCompleteness({
      plan: nationalProgramme,
      registry: nationalRegistry,
      year: 2027,
      reports: [],
      now: new Date('2031-01-01T00:00:00Z'),
    });
    expect(status).toMatchObject({ dueDate: null, reviewerAgencyId: 'vn.ttg', entries: [] });
    const duties = agencyDuties({
      plan: nationalProgramme,
      catalog: nationalCatalog,
      registry: nationalRegistry,
      agencyId: 'vn.byt',
      date: '2027-12-31',
    });
    expect(duties).toMatchObject({ assignments: [], tasks: [], measures: [] });
  });

  it('with an assignment, its agencies owe a report, never overdue, even one without responsibilities', () => {
    const plan: Plan = {
      ...nationalProgramme,
      assignments: [
        {
          id: 'a1',
          number: 1,
          heading: 'Bộ Y tế',
          agencyIds: ['vn.byt'],
          role: 'lead',
          taskLinks: [],
          measureLinks: [{ basis: 'as_issued', measureId: 'vn.m1' }],
        },
      ],
    };
    expect(validate(PlanSchema, plan).success).toBe(true);
    expect(ajvPlan(plan)).toBe(true);
    const status = reportCompleteness({
      plan,
      registry: nationalRegistry,
      year: 2027,
      reports: [],
      now: new Date('2031-01-01T00:00:00Z'),
    });
    expect(status.entries).toMatchObject([{ agencyId: 'vn.byt', status: 'missing', overdue: false }]);
  });
});

describe('every kind of document', () => {
  it.each(['plan', 'programme', 'scheme', 'decision', 'other'] as const)('a %s validates', (kind) => {
    const plan = { ...nationalProgramme, kind };
    expect(validate(PlanSchema, plan).success).toBe(true);
    expect(ajvPlan(plan)).toBe(true);
  });

  it('a decision says what it approves', () => {
    const plan = {
      ...nationalProgramme,
      kind: 'decision',
      title: { vi: 'Phê duyệt Chương trình minh họa giai đoạn 2026 - 2030' },
      approves: { kind: 'programme', title: { vi: 'Chương trình minh họa giai đoạn 2026 - 2030' } },
    };
    expect(validate(PlanSchema, plan).success).toBe(true);
    expect(ajvPlan(plan)).toBe(true);
  });

  it('approves on another kind is refused by both, naming the path', () => {
    const plan = { ...nationalProgramme, approves: { kind: 'scheme', title: { vi: 'Đề án' } } };
    expect(onlyError(PlanSchema, plan)).toEqual([
      {
        path: 'approves',
        code: 'approves_only_decision',
        message: {
          vi: 'Trường approves: cần kind "decision"',
          en: 'Field approves: expected kind "decision"',
        },
      },
    ]);
    expect(ajvPlan(plan)).toBe(false);
  });

  it('an unknown kind is refused, naming the path and the kinds', () => {
    const errors = onlyError(PlanSchema, { ...nationalProgramme, kind: 'resolution' });
    expect(errors).toMatchObject([{ path: 'kind', code: 'invalid_value' }]);
    expect(errors[0]!.message.vi).toBe(
      'Trường kind: cần một trong: "plan", "programme", "scheme", "decision", "other"',
    );
    expect(errors[0]!.message.en).toBe(
      'Field kind: expected one of: "plan", "programme", "scheme", "decision", "other"',
    );
    expect(ajvPlan({ ...nationalProgramme, kind: 'resolution' })).toBe(false);
  });

  it('units and agencies at every level: country, province, historical district, commune', () => {
    const registry = {
      ...nationalRegistry,
      units: [
        ...nationalRegistry.units,
        { id: 'p', name: { vi: 'Tỉnh A' }, level: 'province', kind: 'province', parentId: 'vn' },
        { id: 'd', name: { vi: 'Huyện B' }, level: 'district', parentId: 'p', validTo: '2025-07-01' },
        { id: 'c', name: { vi: 'Xã C' }, level: 'commune', kind: 'commune', parentId: 'p' },
      ],
      agencies: [
        ...nationalRegistry.agencies,
        {
          id: 'p.ubnd',
          name: { vi: 'UBND tỉnh A' },
          kind: 'peoples_committee',
          level: 'province',
          unitId: 'p',
        },
        { id: 'c.ubnd', name: { vi: 'UBND xã C' }, kind: 'peoples_committee', level: 'commune', unitId: 'c' },
      ],
    };
    expect(validate(OrganizationRegistrySchema, registry).success).toBe(true);
    expect(ajvRegistry(registry)).toBe(true);
  });
});

describe('bad input', () => {
  const withZone = (timeZone: string) => ({
    ...nationalProgramme,
    reporting: { ...nationalProgramme.reporting, timeZone },
  });

  it.each([' ', '', 'Mars/Olympus'])('a time zone %j is refused naming reporting.timeZone', (zone) => {
    expect(onlyError(PlanSchema, withZone(zone))).toEqual([
      {
        path: 'reporting.timeZone',
        code: 'time_zone',
        message: {
          vi: 'Trường reporting.timeZone: cần một múi giờ IANA',
          en: 'Field reporting.timeZone: expected an IANA time zone',
        },
      },
    ]);
  });

  it('real zones pass', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'UTC'])
      expect(validate(PlanSchema, withZone(zone)).success).toBe(true);
  });

  it('a measure code used twice in a catalog is refused at the second one', () => {
    const o = nationalCatalog.objectives[0]!;
    const i = o.indicators[0]!;
    const catalog = {
      ...nationalCatalog,
      objectives: [
        {
          ...o,
          indicators: [{ ...i, measures: [...i.measures, { ...i.measures[0]!, id: 'vn.m2' }] }],
        },
      ],
    };
    expect(onlyError(IndicatorCatalogSchema, catalog)).toEqual([
      {
        path: 'objectives.0.indicators.0.measures.1.code',
        code: 'duplicate_code',
        message: {
          vi: 'Trường objectives.0.indicators.0.measures.1.code: cần mỗi mục chỉ xuất hiện một lần',
          en: 'Field objectives.0.indicators.0.measures.1.code: expected each entry only once',
        },
      },
    ]);
  });

  it('an indicator number that is not a whole number is refused, by both', () => {
    const o = nationalCatalog.objectives[0]!;
    const catalog = {
      ...nationalCatalog,
      objectives: [{ ...o, indicators: [{ ...o.indicators[0]!, number: 1.5 }] }],
    };
    expect(onlyError(IndicatorCatalogSchema, catalog)).toEqual([
      {
        path: 'objectives.0.indicators.0.number',
        code: 'invalid_type',
        message: {
          vi: 'Trường objectives.0.indicators.0.number: cần số nguyên',
          en: 'Field objectives.0.indicators.0.number: expected a whole number',
        },
      },
    ]);
    expect(ajvCatalog(catalog)).toBe(false);
  });
});

describe('the Đắk Nông plan', () => {
  it('still validates unchanged, with every part present', () => {
    const r = validate(PlanSchema, dakNong2021);
    expect(r).toMatchObject({ success: true });
    if (r.success) expect(r.data).toEqual(dakNong2021);
  });
});
