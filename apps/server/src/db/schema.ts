import type { ColumnType, Generated } from 'kysely';

/** Rows as stored. Times are ISO-8601 UTC strings; JSON documents are text; booleans are 0/1. */
export interface UsersTable {
  id: string;
  username: string;
  name: string;
  role: 'reporter' | 'reviewer' | 'admin';
  agency_id: string | null;
  /** `scrypt$N$r$p$salt$hash`, or null for accounts that cannot sign in with a password. */
  password_hash: string | null;
  disabled: number;
  created_at: string;
  /** The officer's e-mail, when the operator gave one (migration 0005). */
  email: string | null;
}

export interface TokensTable {
  /** SHA-256 of the bearer token, hex. The token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface PlansTable {
  id: string;
  catalog_id: string;
  /** The plan as issued (PlanSchema), JSON. */
  content: string;
  /** The organisation registry the plan is read with (OrganizationRegistrySchema), JSON. */
  registry: string;
  updated_at: string;
  /** The number of the current version (`plan_versions`), from 1. */
  version: number;
}

/** Every version of a plan as imported (kế hoạch qua các lần cập nhật); never changed. */
export interface PlanVersionsTable {
  plan_id: string;
  version: number;
  catalog_id: string;
  /** The catalog as it was when the version was imported (catalogs are shared and replaced). */
  catalog: string;
  content: string;
  registry: string;
  /** `planContentHash` of content, registry and catalog: an identical import is no new version. */
  content_hash: string;
  imported_at: string;
  /** The operator's user id; null for the seed and for versions from before versioning. */
  imported_by: string | null;
}

export interface CatalogsTable {
  id: string;
  content: string;
  updated_at: string;
}

export interface ReportsTable {
  id: string;
  plan_id: string;
  /** The period's year. */
  year: number;
  /** The period reported on: `2026` (yearly), `2026-H1`, `2026-Q3`, `2026-07` (migration 0008). */
  period: string;
  agency_id: string;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  version: number;
  content: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** 1 for demo reports (`SEED_DEMO`): never statistics, labelled as illustrative everywhere. */
  illustrative: number;
  /** The plan's version the report was written against (when it was created). */
  plan_version: number;
}

export interface MetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  route: string;
  key: string;
  /** SHA-256 of the request (params + body) the key was first used with. */
  request_hash: string;
  status_code: number;
  response_body: string;
  etag: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  user_name: string | null;
  agency_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON: comment, version … never passwords or tokens. */
  detail: string | null;
}

export interface ObservationsTable {
  id: Generated<number>;
  measure_id: string;
  unit_id: string;
  year: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  illustrative: ColumnType<number, number | undefined, number>;
  source: string | null;
  /** The statistics office's note on the figure, as imported (migration 0007). */
  note: ColumnType<string | null, string | null | undefined, string | null>;
  /** The series: `seriesKey` of the categories, '' for the total (migration 0009). */
  categories: ColumnType<string, string | undefined, string>;
  /** The period within the year (`2026-Q1`), '' for the year's own figure (migration 0010). */
  period: ColumnType<string, string | undefined, string>;
}

/** The unique key of observations (migration 0010): one figure per measure, unit, year, period and series. */
export const OBSERVATION_KEY = ['measure_id', 'unit_id', 'year', 'period', 'categories'] as const;

/** Per plan: increases with every change that moves its progress (see migration 0003). */
export interface ProgressStateTable {
  plan_id: string;
  generation: number;
  updated_at: string;
}

/** One measure's progress (`MeasureProgress` JSON) for a plan, year and unit, as last computed. */
export interface ProgressCellsTable {
  plan_id: string;
  year: number;
  unit_id: string;
  measure_id: string;
  /** Place of the measure in the catalog (the order of `measures` in the answer). */
  position: number;
  generation: number;
  /** Local day (plan time zone) successions were resolved at. */
  as_of: string;
  illustrative: number;
  body: string;
}

/** A report's content as it was when returned (see migration 0004). */
export interface ReportReturnsTable {
  report_id: string;
  /** The report's version the return produced. */
  version: number;
  returned_at: string;
  content: string;
}

export interface Database {
  users: UsersTable;
  tokens: TokensTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  catalogs: CatalogsTable;
  reports: ReportsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  observations: ObservationsTable;
  meta: MetaTable;
  progress_state: ProgressStateTable;
  progress_cells: ProgressCellsTable;
  report_returns: ReportReturnsTable;
}
