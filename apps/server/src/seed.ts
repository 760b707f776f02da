/**
 * Demo data: the plans of @kehoach/plans, one demo reporter per agency that owes the 2026 report,
 * a reviewer for the lead agency, an admin, and a small deterministic set of ILLUSTRATIVE
 * observations (flagged `illustrative`, source "Dữ liệu minh họa") so the progress page has
 * something to show. Demo passwords are `demo-<username>-2026`; never use them in production.
 */
import { dakNong2021, dakNongRegistry, qd23 } from '@kehoach/plans';
import { type Measure, reportDueDate, reportObligations, resolveAgency, resolveUnit } from '@kehoach/sdk';
import type { Insertable, Kysely } from 'kysely';
import type { Database, ObservationsTable } from './db/schema.js';
import { storeBundles } from './services/bundles.js';
import { createUser } from './services/users.js';

export const DEMO_YEAR = 2026;
export const ILLUSTRATIVE_SOURCE = 'Dữ liệu minh họa (không phải số liệu thống kê) — illustrative demo data';

export interface DemoAccount {
  username: string;
  password: string;
  role: 'reporter' | 'reviewer' | 'admin';
  agencyId: string | null;
  name: string;
}

/** Username for an agency id: the part after the province prefix (`lam-dong.so-y-te` → `so-y-te`). */
export function usernameFor(agencyId: string): string {
  const short = agencyId.includes('.') ? agencyId.slice(agencyId.indexOf('.') + 1) : agencyId;
  return short.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
}

/** The demo accounts, derived from the plan (no hard-coded agencies). */
export function demoAccounts(): DemoAccount[] {
  const plan = dakNong2021;
  const registry = dakNongRegistry;
  const due = reportDueDate(plan, DEMO_YEAR);
  const { owing } = reportObligations(plan, registry, due);
  const name = (id: string) => registry.agencies.find((a) => a.id === id)?.name.vi ?? id;
  const accounts: DemoAccount[] = owing.map((o) => {
    const username = usernameFor(o.agencyId);
    return {
      username,
      password: `demo-${username}-${DEMO_YEAR}`,
      role: 'reporter',
      agencyId: o.agencyId,
      name: name(o.agencyId),
    };
  });
  const r = plan.reporting;
  const reviewer = resolveAgency(
    registry,
    r.viaAgencyId ?? r.recipientAgencyId,
    due,
    r.viaFunction ? { function: r.viaFunction } : undefined,
  ).id;
  accounts.push({
    username: 'reviewer',
    password: `demo-reviewer-${DEMO_YEAR}`,
    role: 'reviewer',
    agencyId: reviewer,
    name: `Cán bộ thẩm định — ${name(reviewer)}`,
  });
  accounts.push({
    username: 'admin',
    password: `demo-admin-${DEMO_YEAR}`,
    role: 'admin',
    agencyId: null,
    name: 'Quản trị hệ thống',
  });
  return accounts;
}

/** Small, fast, seeded PRNG (mulberry32) so the demo data are the same on every machine. */
export function prng(seedText: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTOR = { percent: 100, per_1000: 1000, per_100000: 100000, count: 1 } as const;

/**
 * Illustrative yearly values for units and years: rates with numerator and denominator (so the
 * province sums them), counts as counts, drifting toward the measure's first level target.
 */
export function illustrativeObservations(measures: Measure[], units: string[], years: number[]) {
  const rows: Insertable<ObservationsTable>[] = [];
  for (const m of measures) {
    const target = m.targets.find((t) => t.kind === 'level' || t.kind === 'maintain');
    const factor = FACTOR[m.unit.kind];
    for (const unit of units) {
      const rnd = prng(`${m.id}|${unit}`);
      let level: number;
      if (m.unit.kind === 'count') level = 10 + Math.floor(rnd() * 30);
      else if (target && 'value' in target)
        level =
          m.direction === 'increase'
            ? target.value * (0.82 + rnd() * 0.12)
            : target.value * (1.1 + rnd() * 0.3);
      else level = m.direction === 'increase' ? 50 + rnd() * 30 : 5 + rnd() * 10;
      if (m.unit.kind === 'percent') level = Math.min(level, 99.5);
      years.forEach((year, i) => {
        const drift = m.direction === 'increase' ? 1 + 0.01 * i : 1 - 0.03 * i;
        const v = level * drift * (0.98 + rnd() * 0.04);
        if (m.unit.kind === 'count') {
          const count = Math.max(0, Math.round(v));
          rows.push({
            measure_id: m.id,
            unit_id: unit,
            year,
            value: count,
            numerator: null,
            denominator: null,
            illustrative: 1,
            source: ILLUSTRATIVE_SOURCE,
          });
          return;
        }
        const denominator =
          m.unit.kind === 'percent' ? 400 + Math.floor(rnd() * 3000) : 2000 + Math.floor(rnd() * 6000);
        const numerator = Math.min(denominator, Math.max(0, Math.round((v / factor) * denominator)));
        rows.push({
          measure_id: m.id,
          unit_id: unit,
          year,
          value: (numerator / denominator) * factor,
          numerator,
          denominator,
          illustrative: 1,
          source: ILLUSTRATIVE_SOURCE,
        });
      });
    }
  }
  return rows;
}

export interface SeedResult {
  plans: number;
  usersCreated: string[];
  observations: number;
}

export async function seedDemo(
  db: Kysely<Database>,
  now: Date,
  options: { users?: boolean; observations?: boolean } = {},
): Promise<SeedResult> {
  await storeBundles(
    db,
    { catalogs: [qd23], plans: [{ plan: dakNong2021, registry: dakNongRegistry }] },
    now.toISOString(),
  );
  const usersCreated: string[] = [];
  if (options.users !== false) {
    for (const a of demoAccounts()) {
      const exists = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', a.username)
        .executeTakeFirst();
      if (exists) continue;
      await createUser(
        db,
        { username: a.username, name: a.name, role: a.role, agencyId: a.agencyId, password: a.password },
        now,
      );
      usersCreated.push(a.username);
    }
  }
  let observations = 0;
  if (options.observations !== false) {
    const measures = qd23.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
    // Districts of Đắk Nông while they existed (2021–2024), then the merged province (2025).
    const districts = dakNongRegistry.units
      .filter((u) => u.level === 'district' && u.parentId === dakNong2021.issuer.unitId)
      .map((u) => u.id);
    const rows = [
      ...illustrativeObservations(measures, districts, [2021, 2022, 2023, 2024]),
      ...illustrativeObservations(measures, [resolveUnitToday()], [2025]),
    ];
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 200) {
        await trx
          .insertInto('observations')
          .values(rows.slice(i, i + 200))
          .onConflict((oc) => oc.columns(['measure_id', 'unit_id', 'year']).doNothing())
          .execute();
      }
    });
    observations = rows.length;
  }
  return { plans: 1, usersCreated, observations };
}

function resolveUnitToday(): string {
  return resolveUnit(dakNongRegistry, dakNong2021.issuer.unitId, reportDueDate(dakNong2021, 2025)).id;
}
