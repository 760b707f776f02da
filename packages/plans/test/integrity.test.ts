import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../src/index.js';

const plan = dakNong2021;
const reg = dakNongRegistry;
const agencies = new Map(reg.agencies.map((a) => [a.id, a]));
const units = new Map(reg.units.map((u) => [u.id, u]));
const taskIds = plan.taskGroups.flatMap((g) => g.tasks.map((t) => t.id));
const measureIds = qd23.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures.map((m) => m.id)));
const dupes = (ids: string[]) => ids.filter((id, k) => ids.indexOf(id) !== k);

describe('ids are unique', () => {
  it('in the plan', () => {
    expect(
      dupes([
        ...plan.taskGroups.map((g) => g.id),
        ...taskIds,
        ...plan.funding.map((f) => f.id),
        ...plan.assignments.map((a) => a.id),
        ...plan.assignments.flatMap((a) => a.responsibilities.map((r) => r.id)),
      ]),
    ).toEqual([]);
  });
  it('in the catalog', () => {
    expect(
      dupes([
        ...qd23.objectives.map((o) => o.id),
        ...qd23.objectives.flatMap((o) => o.indicators.map((i) => i.id)),
        ...measureIds,
      ]),
    ).toEqual([]);
  });
  it('in the registry', () => {
    expect(dupes(reg.agencies.map((a) => a.id))).toEqual([]);
    expect(dupes(reg.units.map((u) => u.id))).toEqual([]);
  });
});

describe('every reference points to something that exists', () => {
  it('the plan adopts this catalog and its issuer is in the registry', () => {
    expect(plan.catalogId).toBe(qd23.id);
    expect(agencies.get(plan.issuer.agencyId)?.kind).toBe('peoples_committee');
    expect(units.get(plan.issuer.unitId)?.level).toBe('province');
  });

  it('assignments name registered agencies and link existing tasks and measures', () => {
    for (const a of plan.assignments) {
      for (const id of a.agencyIds) expect(agencies.has(id), `${a.id} → ${id}`).toBe(true);
      for (const l of a.taskLinks) expect(taskIds, a.id).toContain(l.taskId);
      for (const l of a.measureLinks) expect(measureIds, a.id).toContain(l.measureId);
      expect(dupes(a.taskLinks.map((l) => l.taskId)), a.id).toEqual([]);
      expect(dupes(a.measureLinks.map((l) => l.measureId)), a.id).toEqual([]);
    }
  });

  it('every link says why, in Vietnamese and English', () => {
    for (const a of plan.assignments) {
      for (const l of [...a.taskLinks, ...a.measureLinks]) {
        expect(l.note?.vi, a.id).toBeTruthy();
        expect(l.note?.en, a.id).toBeTruthy();
      }
    }
  });

  it('the reporting rule routes to registered agencies, and its function resolves through a succession', () => {
    const r = plan.reporting;
    expect(agencies.has(r.recipientAgencyId)).toBe(true);
    expect(agencies.has(r.viaAgencyId!)).toBe(true);
    const routes = reg.agencySuccessions.filter(
      (s) => s.fromId === r.viaAgencyId && s.functions?.includes(r.viaFunction!),
    );
    expect(routes.map((s) => s.toId)).toEqual(['dak-nong.so-y-te']);
  });

  it("an assignment's succession function is carried by its agency's successions", () => {
    for (const a of plan.assignments.filter((x) => x.successionFunction)) {
      const carried = reg.agencySuccessions.some(
        (s) => a.agencyIds.includes(s.fromId) && s.functions?.includes(a.successionFunction!),
      );
      expect(carried, a.id).toBe(true);
    }
  });

  it('collectives list registered members; agencies and units name registered units', () => {
    for (const a of reg.agencies) {
      for (const id of a.memberIds ?? []) expect(agencies.has(id), `${a.id} ∋ ${id}`).toBe(true);
      if (a.unitId) expect(units.has(a.unitId), `${a.id} @ ${a.unitId}`).toBe(true);
    }
    for (const u of reg.units) if (u.parentId) expect(units.has(u.parentId), u.id).toBe(true);
  });

  it('successions join existing entities on the day the predecessor ceased', () => {
    const check = (
      list: typeof reg.agencySuccessions,
      known: Map<string, { validFrom?: string; validTo?: string }>,
    ) => {
      for (const s of list) {
        const from = known.get(s.fromId);
        const to = known.get(s.toId);
        expect(from, s.fromId).toBeDefined();
        expect(to, s.toId).toBeDefined();
        expect(from?.validTo, `${s.fromId} ends when it is succeeded`).toBe(s.effective);
        if (to?.validFrom) expect(to.validFrom <= s.effective, s.toId).toBe(true);
        if (to?.validTo) expect(to.validTo > s.effective, s.toId).toBe(true);
        if (s.decided) expect(s.decided < s.effective).toBe(true);
        expect(s.source.title.trim()).not.toBe('');
      }
    };
    check(reg.agencySuccessions, agencies);
    check(reg.unitSuccessions, units);
  });

  it('everything that ceased to exist has a successor', () => {
    const succeeded = new Set(reg.agencySuccessions.map((s) => s.fromId));
    for (const a of reg.agencies) if (a.validTo) expect(succeeded.has(a.id), a.id).toBe(true);
    const unitSucceeded = new Set(reg.unitSuccessions.map((s) => s.fromId));
    for (const u of reg.units) if (u.validTo) expect(unitSucceeded.has(u.id), u.id).toBe(true);
  });
});

describe('the assignments as the plan makes them', () => {
  const byId = new Map(plan.assignments.map((a) => [a.id, a]));

  it('Sở LĐ-TB&XH leads, and leads every task by the plan’s own words', () => {
    expect(plan.assignments.filter((a) => a.role === 'lead').map((a) => a.id)).toEqual(['IV.1']);
    const lead = byId.get('IV.1')!;
    expect(lead.agencyIds).toEqual([plan.reporting.viaAgencyId]);
    expect(lead.successionFunction).toBe('children');
    expect(lead.taskLinks.map((l) => [l.taskId, l.basis])).toEqual(taskIds.map((id) => [id, 'as_issued']));
  });

  it('Sở Tư pháp answers for birth registration (14) by the plan’s words', () => {
    expect(byId.get('IV.2')!.measureLinks).toContainEqual(
      expect.objectContaining({ measureId: 'qd23.14', basis: 'as_issued' }),
    );
  });

  it('the mass organisations are requested, not instructed', () => {
    expect(plan.assignments.filter((a) => a.requested).map((a) => a.id)).toEqual(['IV.11']);
    expect(byId.get('IV.11')!.agencyIds).toHaveLength(3);
  });

  it('every measure of the catalog is answered for by at least one assignment', () => {
    const linked = new Set(plan.assignments.flatMap((a) => a.measureLinks.map((l) => l.measureId)));
    expect(measureIds.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('"UBND các huyện, thành phố" stands for the 8 district-level committees', () => {
    const c = agencies.get(byId.get('IV.10')!.agencyIds[0]!)!;
    expect(c.kind).toBe('collective');
    expect(c.memberIds).toHaveLength(8);
    for (const id of c.memberIds!) expect(agencies.get(id)?.level).toBe('district');
    expect(agencies.get(byId.get('IV.9')!.agencyIds[0]!)).toMatchObject({ kind: 'collective' });
    expect(agencies.get(byId.get('IV.9')!.agencyIds[0]!)?.memberIds).toBeUndefined();
  });
});

describe('document codes', () => {
  it('every People’s Committee, department, police and ministry has the abbreviation of its codes', () => {
    const missing = reg.agencies
      .filter((a) => ['peoples_committee', 'department', 'police', 'ministry'].includes(a.kind))
      .filter((a) => a.abbreviation === undefined)
      .map((a) => a.id);
    expect(missing).toEqual([]);
    expect(agencies.get('lam-dong.so-y-te')?.abbreviation).toBe('SYT');
    expect(agencies.get('dak-nong.so-gddt')?.abbreviation).toBe('SGDĐT');
    // the plan's own code names its issuer by that abbreviation
    expect(plan.number.asIssued).toContain(`/KH-${agencies.get(plan.issuer.agencyId)?.abbreviation}`);
  });
});
