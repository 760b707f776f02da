import { describe, expect, it } from 'vitest';
import { dakNong2021 } from '../../plans/src/index.js';
import { getPlanOutlineRoute, getPlanRoute, PlanOutlineSchema, PlanSchema } from '../src/index.js';
import { nationalProgramme } from './fixtures/national-programme.js';

describe('the plan outline a progress page reads', () => {
  it('is what getPlan answers, checked for what the page reads only', () => {
    expect(getPlanOutlineRoute).toMatchObject({ ...getPlanRoute, response: PlanOutlineSchema });
    for (const plan of [dakNong2021, nationalProgramme]) {
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      const outline = PlanOutlineSchema.parse(plan);
      expect(outline).toMatchObject({ id: plan.id, title: plan.title, period: plan.period });
      // the parts it does not read are left out, not kept unchecked
      expect(outline).not.toHaveProperty('taskGroups');
    }
  });

  it('still refuses what the page reads when it is wrong', () => {
    expect(PlanOutlineSchema.safeParse({ ...dakNong2021, period: { from: '2021' } }).success).toBe(false);
    expect(PlanOutlineSchema.safeParse({ ...dakNong2021, reporting: {} }).success).toBe(false);
  });
});
