import { reportObligations, reportReferenceDate } from '@kehoach/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleStore, type PlanBundle } from '../src/services/bundles.js';
import { dutiesOf, sdkDuties } from '../src/services/plan-logic.js';
import { PLAN, useTestServer } from './helpers.js';

const s = useTestServer('file');
let bundle: PlanBundle;
beforeAll(async () => {
  const b = await new BundleStore(s.db.kysely).bundle(PLAN);
  if (!b) throw new Error('no plan');
  bundle = b;
});

describe('duties', () => {
  it.each([2021, 2024, 2025, 2026, 2030])(
    'agree with the sdk agencyDuties, in its order, for every agency owing the %i report',
    (year) => {
      const { owing } = reportObligations(
        bundle.plan,
        bundle.registry,
        reportReferenceDate(bundle.plan, year),
      );
      expect(owing.length).toBeGreaterThan(0);
      for (const o of owing) {
        const mine = dutiesOf(bundle, o.agencyId, year);
        const sdk = sdkDuties(bundle, o.agencyId, year);
        // Same ids in the same order: readiness errors index the report's rows by this order.
        expect([...(mine?.taskIds ?? [])], o.agencyId).toEqual(sdk.tasks.map((t) => t.task.id));
        expect([...(mine?.measureIds ?? [])], o.agencyId).toEqual(sdk.measures.map((m) => m.measure.id));
      }
    },
  );

  it('in 2026 the Department of Health of Lâm Đồng answers for what the plan gave the labour department', () => {
    const d = dutiesOf(bundle, 'lam-dong.so-y-te', 2026);
    expect(d?.taskIds.size).toBeGreaterThan(0);
    expect(dutiesOf(bundle, 'dak-nong.so-ldtbxh', 2026)).toBeNull();
  });
});
