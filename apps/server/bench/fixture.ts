/**
 * A bench-only plan: the Đắk Nông plan's tasks and the Decision 23 catalog, assigned to 40
 * provincial departments and to 3,321 commune People's Committees (one collective listing them),
 * with a synthetic registry. Deterministic; nothing here is real data.
 */
import { randomBytes } from 'node:crypto';
import { dakNong2021, qd23 } from '@kehoach/plans';
import type { AdministrativeUnit, Agency, OrganizationRegistry, Plan, ReportContent } from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { hashToken } from '../src/auth/tokens.js';
import type { Database } from '../src/db/schema.js';
import { storeBundles } from '../src/services/bundles.js';

export const BENCH_PLAN = 'bench-deadline-day';
export const BENCH_YEAR = 2026;
export const COMMUNES = 3321;
export const DEPARTMENTS = 40;

const pad = (n: number) => String(n).padStart(4, '0');
export const communeAgency = (i: number) => `bench.ubnd-xa-${pad(i)}`;
export const departmentAgency = (i: number) => `bench.so-${pad(i)}`;

export function benchBundle(): { plan: Plan; registry: OrganizationRegistry } {
  const units: AdministrativeUnit[] = [
    { id: 'bench.tinh', name: { vi: 'Tỉnh Thử Nghiệm' }, level: 'province' },
  ];
  const agencies: Agency[] = [
    {
      id: 'bench.ubnd-tinh',
      name: { vi: 'Ủy ban nhân dân tỉnh Thử Nghiệm' },
      kind: 'peoples_committee',
      level: 'province',
      unitId: 'bench.tinh',
    },
  ];
  for (let i = 1; i <= DEPARTMENTS; i++) {
    agencies.push({
      id: departmentAgency(i),
      name: { vi: `Sở số ${i} tỉnh Thử Nghiệm` },
      kind: 'department',
      level: 'province',
      unitId: 'bench.tinh',
    });
  }
  const members: string[] = [];
  for (let i = 1; i <= COMMUNES; i++) {
    const unit = `bench.xa-${pad(i)}`;
    units.push({
      id: unit,
      name: { vi: `Xã số ${i}` },
      level: 'commune',
      kind: 'commune',
      parentId: 'bench.tinh',
    });
    agencies.push({
      id: communeAgency(i),
      name: { vi: `UBND xã số ${i}` },
      kind: 'peoples_committee',
      level: 'commune',
      unitId: unit,
    });
    members.push(communeAgency(i));
  }
  agencies.push({
    id: 'bench.ubnd-cac-xa',
    name: { vi: 'UBND các xã' },
    kind: 'collective',
    level: 'commune',
    memberIds: members,
  });
  const registry: OrganizationRegistry = { agencies, units, agencySuccessions: [], unitSuccessions: [] };
  // Responsibility ids are unique in a plan, as every id of a plan is.
  const resp = (id: string) => [{ id, text: { vi: 'Tổ chức thực hiện các nhiệm vụ được giao.' } }];
  const plan: Plan = {
    ...dakNong2021,
    id: BENCH_PLAN,
    title: { vi: 'Kế hoạch thử tải ngày hạn nộp báo cáo' },
    issuer: { agencyId: 'bench.ubnd-tinh', unitId: 'bench.tinh' },
    assignments: [
      {
        id: 'IV.1',
        number: 1,
        heading: 'Các Sở',
        agencyIds: Array.from({ length: DEPARTMENTS }, (_, i) => departmentAgency(i + 1)),
        role: 'lead',
        responsibilities: resp('IV.1.1'),
        taskLinks: ['II.1.a', 'II.1.b', 'II.1.c'].map((taskId) => ({ taskId, basis: 'as_issued' as const })),
        measureLinks: ['qd23.1', 'qd23.2'].map((measureId) => ({ measureId, basis: 'as_issued' as const })),
      },
      {
        id: 'IV.2',
        number: 2,
        heading: 'UBND các xã',
        agencyIds: ['bench.ubnd-cac-xa'],
        role: 'participant',
        responsibilities: resp('IV.2.1'),
        taskLinks: ['II.1.a', 'II.1.b'].map((taskId) => ({ taskId, basis: 'as_issued' as const })),
        measureLinks: ['qd23.4a'].map((measureId) => ({ measureId, basis: 'as_issued' as const })),
      },
    ],
    reporting: {
      ...dakNong2021.reporting,
      recipientAgencyId: 'bench.ubnd-tinh',
      viaAgencyId: departmentAgency(1),
    },
  };
  delete (plan.reporting as { viaFunction?: string }).viaFunction;
  return { plan, registry };
}

/** The report an agency files: deterministic, a few kilobytes. */
export function benchContent(agencyId: string, i: number): ReportContent {
  const commune = agencyId.includes('ubnd-xa');
  const denominator = 200 + (i % 700);
  const numerator = Math.floor(denominator * (0.02 + (i % 50) / 1000));
  return {
    tasks: (commune ? ['II.1.a', 'II.1.b'] : ['II.1.a', 'II.1.b', 'II.1.c']).map((taskId, k) => ({
      taskId,
      status: (['completed', 'in_progress', 'not_started'] as const)[(i + k) % 3] as 'completed',
      results:
        `Báo cáo ${agencyId} nhiệm vụ ${taskId}: đã tổ chức ${(i % 17) + k} hội nghị tuyên truyền về quyền trẻ em, ${(i % 9) + 1} lớp tập huấn. `.repeat(
          3,
        ),
    })),
    measures: commune
      ? [
          {
            measureId: 'qd23.4a',
            value: (numerator / denominator) * 100,
            numerator,
            denominator,
            dataSource: 'Trạm y tế xã',
            note: '',
          },
        ]
      : [
          { measureId: 'qd23.1', value: 60 + (i % 30), dataSource: 'Thống kê của Sở', note: '' },
          { measureId: 'qd23.2', value: 80 + (i % 15), dataSource: 'Thống kê của Sở', note: '' },
        ],
    budget: [{ fundingId: 'III.1', planned: 10_000_000 + i * 1000, spent: 5_000_000 + i * 500 }],
    difficulties: commune ? 'Thiếu cán bộ chuyên trách công tác trẻ em.' : '',
    recommendations: '',
  };
}

/** Every agency of the bench plan that owes a report: the communes, then the departments. */
export function benchAgencies(communes = COMMUNES, departments = DEPARTMENTS): string[] {
  return [
    ...Array.from({ length: communes }, (_, i) => communeAgency(i + 1)),
    ...Array.from({ length: departments }, (_, i) => departmentAgency(i + 1)),
  ];
}

/**
 * Store the bench plan and one token-only reporter account (no password) per agency, with a
 * bearer token valid for an hour; returns agency → token. Works on SQLite and PostgreSQL.
 */
export async function seedBenchReporters(
  db: Kysely<Database>,
  agencies: readonly string[],
  now: Date,
): Promise<Map<string, string>> {
  await storeBundles(db, { catalogs: [qd23], plans: [benchBundle()] }, now.toISOString());
  const at = now.toISOString();
  const expires = new Date(now.getTime() + 3_600_000).toISOString();
  const tokens = new Map<string, string>();
  const users = agencies.map((agencyId, i) => ({
    id: `u_bench_${i}`,
    username: `bench-${i}`,
    name: `Reporter ${i}`,
    role: 'reporter' as const,
    agency_id: agencyId,
    password_hash: null,
    disabled: 0,
    created_at: at,
  }));
  const rows = users.map((u) => {
    const token = randomBytes(32).toString('base64url');
    tokens.set(u.agency_id, token);
    return {
      token_hash: hashToken(token),
      user_id: u.id,
      created_at: at,
      expires_at: expires,
      revoked_at: null,
    };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < users.length; i += 500) {
      await trx
        .insertInto('users')
        .values(users.slice(i, i + 500))
        .execute();
      await trx
        .insertInto('tokens')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  });
  return tokens;
}
