import { describe, expect, it } from 'vitest';
import { dakNongRegistry } from '../../plans/src/index.js';
import {
  agencyDuties,
  buildProgressResponse,
  getOrganizationsOutlineRoute,
  getOrganizationsRoute,
  getProgressOutlineRoute,
  getProgressRoute,
  OrganizationRegistrySchema,
  OrganizationsOutlineSchema,
  ProgressOutlineResponseSchema,
  ProgressResponseSchema,
  resolveAgency,
  resolveUnit,
} from '../src/index.js';
import { catalog } from './fixtures/disaggregated.js';
import { plan, catalog as reformCatalog, registry } from './fixtures/reform-2025.js';

const now = new Date('2026-03-01T03:00:00Z');
const obese = (year: number, num: number, den: number, area?: string) => ({
  measureId: 'm.obese',
  unitId: 'c.ab',
  year,
  value: (num / den) * 100,
  numerator: num,
  denominator: den,
  ...(area ? { categories: { area } } : {}),
});
const body = buildProgressResponse({
  plan,
  catalog,
  registry,
  observations: [
    obese(2024, 12, 100),
    obese(2026, 9, 100),
    obese(2024, 5, 40, 'urban'),
    obese(2026, 3, 40, 'urban'),
  ],
  year: 2026,
  now,
});

describe('the progress outline a progress table reads', () => {
  it('is what getProgress answers, with what the table shows: series, status, milestones, targets and categories', () => {
    expect(getProgressOutlineRoute).toMatchObject({
      ...getProgressRoute,
      response: ProgressOutlineResponseSchema,
    });
    expect(ProgressResponseSchema.safeParse(body).success).toBe(true);
    const outline = ProgressOutlineResponseSchema.parse(body);
    const full = body.measures.find((m) => m.measureId === 'm.obese')!;
    const m = outline.measures.find((x) => x.measureId === 'm.obese')!;
    expect(m.series.map((p) => [p.year, p.value])).toEqual(full.series.map((p) => [p.year, p.value]));
    expect(m.assessment).toMatchObject({ status: full.assessment.status, latest: full.assessment.latest });
    expect(m.assessment.milestones.map((x) => x.achieved)).toEqual(
      full.assessment.milestones.map((x) => x.achieved),
    );
    expect(m.targets?.targets).toEqual(full.targets?.targets);
    expect(m.breakdown?.map((b) => [b.categories, b.assessment.status])).toEqual(
      full.breakdown!.map((b) => [b.categories, b.assessment.status]),
    );
    // The parts it does not read are left out, not kept unchecked.
    expect(m).not.toHaveProperty('contributors');
    expect(m.assessment).not.toHaveProperty('expected');
  });

  it('still refuses what the table reads when it is wrong', () => {
    const bad = structuredClone(body);
    (bad.measures[0]!.assessment as { status: string }).status = 'great';
    expect(ProgressOutlineResponseSchema.safeParse(bad).success).toBe(false);
    const badCategory = structuredClone(body);
    badCategory.measures.find((x) => x.measureId === 'm.obese')!.breakdown![0]!.series[0]!.value = Number.NaN;
    expect(ProgressOutlineResponseSchema.safeParse(badCategory).success).toBe(false);
  });
});

describe('the organizations outline a page that names agencies and units reads', () => {
  it('is what getOrganizations answers, and resolves successions as the whole registry does', () => {
    expect(getOrganizationsOutlineRoute).toMatchObject({
      ...getOrganizationsRoute,
      response: OrganizationsOutlineSchema,
    });
    for (const reg of [registry, dakNongRegistry]) {
      expect(OrganizationRegistrySchema.safeParse(reg).success).toBe(true);
      const outline = OrganizationsOutlineSchema.parse(reg);
      const day = '2026-03-01';
      for (const u of reg.units)
        expect(resolveUnit(outline, u.id, day).id).toBe(resolveUnit(reg, u.id, day).id);
      for (const a of reg.agencies)
        expect(resolveAgency(outline, a.id, day, { function: 'children' }).id).toBe(
          resolveAgency(reg, a.id, day, { function: 'children' }).id,
        );
    }
  });

  it("gives an agency's duties as the whole registry does, a collective's listed members too (the report form)", () => {
    const outline = OrganizationsOutlineSchema.parse(registry);
    expect(outline.agencies.find((a) => a.id === 'dn.cac-so')?.memberIds).toEqual(['dn.sgddt', 'dn.stp']);
    const duties = (reg: typeof registry, agencyId: string, date: string) =>
      agencyDuties({ plan, catalog: reformCatalog, registry: reg, agencyId, date }).assignments.map((a) => [
        a.assignment.id,
        a.asIssuedAgencyId,
      ]);
    for (const date of ['2024-06-01', '2026-01-01'])
      for (const a of registry.agencies)
        expect(duties(outline, a.id, date)).toEqual(duties(registry, a.id, date));
    // Through the collective: Education answers for what the plan gave the listed departments.
    expect(duties(outline, 'ld.sgddt', '2026-01-01')).toEqual([['IV.3', 'dn.sgddt']]);
  });

  it('still refuses what the page reads when it is wrong', () => {
    const bad = structuredClone(registry);
    const badMembers = structuredClone(registry) as { agencies: { memberIds?: unknown }[] };
    badMembers.agencies.find((a) => a.memberIds)!.memberIds = ['not an id'];
    expect(OrganizationsOutlineSchema.safeParse(badMembers).success).toBe(false);
    bad.unitSuccessions[0]!.effective = '1 July 2025';
    expect(OrganizationsOutlineSchema.safeParse(bad).success).toBe(false);
    expect(OrganizationsOutlineSchema.safeParse({ ...registry, units: [{ id: 'x' }] }).success).toBe(false);
  });
});
