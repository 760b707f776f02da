import { describe, expect, it } from 'vitest';
import { contentDutyErrors, type DutyIds, planYearError, reviewingAgencyId } from '../src/index.js';
import { plan, registry } from './fixtures/reform-2025.js';

describe('reviewingAgencyId', () => {
  it("is the plan's via agency at the year's due date, resolved through its function", () => {
    expect(reviewingAgencyId(plan, registry, 2024)).toBe('dn.sldtbxh');
    expect(reviewingAgencyId(plan, registry, 2025)).toBe('ld.syt');
  });

  it('falls back to the recipient when the plan names no via agency', () => {
    const { viaAgencyId: _, viaFunction: __, ...reporting } = plan.reporting;
    expect(reviewingAgencyId({ reporting, issuer: plan.issuer }, registry, 2024)).toBe('dn.ubnd');
    expect(reviewingAgencyId({ reporting, issuer: plan.issuer }, registry, 2025)).toBe('ld.ubnd');
  });

  it('falls back to the issuer when the plan names no recipient, at the last day of a year without due date', () => {
    const { frequency, timeZone } = plan.reporting;
    const issuer = { agencyId: 'dn.syt', unitId: plan.issuer.unitId };
    // No due date: the registry is read on 31 December (Sở Y tế Đắk Nông merged into Lâm Đồng's in 2025).
    expect(reviewingAgencyId({ reporting: { frequency, timeZone }, issuer }, registry, 2024)).toBe('dn.syt');
    expect(reviewingAgencyId({ reporting: { frequency, timeZone }, issuer }, registry, 2025)).toBe('ld.syt');
  });
});

describe('planYearError', () => {
  it("is null inside the plan's period", () => {
    expect(planYearError(plan, 2021)).toBeNull();
    expect(planYearError(plan, 2030)).toBeNull();
  });

  it('names the field and the period in both languages outside it', () => {
    expect(planYearError(plan, 2031)).toEqual({
      path: 'params.year',
      code: 'year_out_of_range',
      message: {
        vi: 'Trường params.year: cần một năm trong giai đoạn 2021–2030 của kế hoạch',
        en: "Field params.year: expected a year within the plan's period 2021–2030",
      },
    });
    expect(planYearError(plan, 2020, 'query.year')?.path).toBe('query.year');
  });
});

describe('contentDutyErrors', () => {
  const duties: DutyIds = {
    taskIds: new Set(['t1']),
    measureIds: new Set(['m1']),
    fundingIds: new Set(['f1']),
  };
  const units = new Set(['u1']);

  it('is empty when every entry is the agency’s and every unit is known', () => {
    const content = {
      tasks: [{ taskId: 't1' }],
      measures: [{ measureId: 'm1' }, { measureId: 'm1', unitId: 'u1' }],
      budget: [{ fundingId: 'f1' }],
    };
    expect(contentDutyErrors(content, duties, units)).toEqual([]);
  });

  it('names tasks, measures, funding and then units the agency does not answer for', () => {
    const content = {
      tasks: [{ taskId: 't1' }, { taskId: 't2' }],
      measures: [{ measureId: 'm2', unitId: 'u2' }],
      budget: [{ fundingId: 'f2' }],
    };
    const errors = contentDutyErrors(content, duties, units);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['content.tasks.1.taskId', 'unknown_task'],
      ['content.measures.0.measureId', 'unknown_measure'],
      ['content.budget.0.fundingId', 'unknown_funding'],
      ['content.measures.0.unitId', 'unknown_unit'],
    ]);
    expect(errors[0]!.message).toEqual({
      vi: 'Trường content.tasks.1.taskId: cần nhiệm vụ được giao cho cơ quan',
      en: 'Field content.tasks.1.taskId: expected a task assigned to the agency',
    });
    expect(errors[3]!.message.en).toBe(
      "Field content.measures.0.unitId: expected an administrative unit of the plan's registry",
    );
  });
});
