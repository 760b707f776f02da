import {
  contentDutyErrors,
  countedUnitErrors,
  currentReportPeriods,
  disaggregationErrors,
  etagOf,
  idempotencyKeyError,
  measureValueErrors,
  type Period,
  parseIfMatch,
  planCatalog,
  type ReportContent,
  type ReturnRequest,
  readPlanPeriod,
  reportDue,
  reportReadiness,
} from '@kehoach/sdk';
import type { Context, Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { sortByText } from '../db/order.js';
import type { ReportsTable, UsersTable } from '../db/schema.js';
import { HttpError, MESSAGES, validationFailed } from '../http/errors.js';
import { register } from '../http/route.js';
import type { PlanBundle } from '../services/bundles.js';
import { idempotent, requestHash } from '../services/idempotency.js';
import { dutiesOf, jurisdictionOf, reviewerAgencyId, unitIdsOf } from '../services/plan-logic.js';
import { progressChanged } from '../services/progress-store.js';
import {
  type Actor,
  findReport,
  findReportById,
  returnedVersion,
  review,
  saveDraft,
  submitReport,
  toReport,
} from '../services/reports.js';
import { inTransaction } from '../services/tx.js';

const forbidden = (m: { vi: string; en: string } = MESSAGES.forbidden) => new HttpError('forbidden', m);

export async function loadBundle(s: Services, planId: string): Promise<PlanBundle> {
  const bundle = await s.bundles.bundle(planId);
  if (!bundle) throw new HttpError('not_found', MESSAGES.plan_not_found);
  return bundle;
}

/**
 * The period a report route names (`:year` or `?year=`): a key of the plan's cadence within its
 * years (`2026` for a yearly plan, `2026-H1` for a six-monthly one); else 400 naming the field.
 */
export function planPeriodOf(bundle: PlanBundle, key: string | number, path = 'params.year'): Period {
  const { period, error } = readPlanPeriod(bundle.plan, key, path);
  if (error) throw validationFailed([error]);
  return period;
}

/**
 * The reviewer may act on the plan's reports of `period` (a key, or a year) only for the agency
 * that receives them.
 */
export function assertReviewerOf(
  user: UsersTable,
  bundle: PlanBundle,
  period: string | number,
  acting: boolean,
): void {
  if (user.role === 'admin' && !acting) return;
  if (user.role !== 'reviewer') throw forbidden();
  if (user.agency_id !== reviewerAgencyId(bundle, period)) throw forbidden(MESSAGES.not_reviewer);
}

function reporterActor(user: UsersTable): Actor {
  if (user.role !== 'reporter' || !user.agency_id) throw forbidden();
  return { user, agencyId: user.agency_id };
}

function sendReport(c: Context<AppEnv>, report: unknown, version: number, status = 200): Response {
  c.header('ETag', etagOf(version));
  c.header('Cache-Control', 'no-store');
  return c.json(report as object, status as 200);
}

export function reportRoutes(app: Hono<AppEnv>, s: Services): void {
  /** Plan, period and duties of the signed-in reporter; the agency always comes from the account. */
  async function reporterContext(planId: string, key: string | number, user: UsersTable) {
    const actor = reporterActor(user);
    const bundle = await loadBundle(s, planId);
    const period = planPeriodOf(bundle, key);
    const duties = dutiesOf(bundle, actor.agencyId, period.key);
    if (!duties) throw forbidden(MESSAGES.owes_nothing);
    return { actor, bundle, duties, period };
  }

  /**
   * The sdk's content rules that need the plan (the report form runs the same): entries the
   * agency answers for, units within its jurisdiction, figures its measures' units allow.
   */
  function assertContentFits(ctx: Awaited<ReturnType<typeof reporterContext>>, content: ReportContent) {
    const { actor, bundle, duties, period } = ctx;
    const year = period.year;
    const jurisdiction = jurisdictionOf(bundle, actor.agencyId, period.key);
    const errors = [
      ...contentDutyErrors(content, duties, unitIdsOf(bundle), jurisdiction),
      ...measureValueErrors({
        content,
        catalog: planCatalog(bundle.plan, bundle.catalog),
        pathPrefix: 'content.',
      }),
      // Categories the measure declares, additive parts within their whole (disaggregation).
      ...disaggregationErrors({
        content,
        catalog: planCatalog(bundle.plan, bundle.catalog),
        pathPrefix: 'content.',
      }),
      ...countedUnitErrors({
        content,
        catalog: planCatalog(bundle.plan, bundle.catalog),
        registry: bundle.registry,
        year,
        agencyUnitId: bundle.registry.agencies.find((a) => a.id === actor.agencyId)?.unitId,
        pathPrefix: 'content.',
      }),
    ];
    if (errors.length > 0) throw validationFailed(errors);
  }

  register(app, s, 'listMyReports', async (c, { user }) => {
    const actor = reporterActor(user);
    const now = s.clock.now();
    const out = [];
    for (const plan of await s.bundles.listPlans()) {
      // Every period owed now: this year's (H1 and H2 of a six-monthly plan) and earlier ones
      // still to come due, each with its own deadline in the plan's time zone.
      const periods = currentReportPeriods(plan, now);
      if (periods.length === 0) continue;
      const bundle = await loadBundle(s, plan.id);
      for (const period of periods) {
        if (!dutiesOf(bundle, actor.agencyId, period)) continue;
        const row = await findReport(s.db, plan.id, period, actor.agencyId);
        out.push(
          reportDue(
            plan,
            period,
            now,
            row ? { id: row.id, status: row.status, submittedAt: row.submitted_at } : null,
          ),
        );
      }
    }
    c.header('Cache-Control', 'no-store');
    return c.json(out, 200);
  });

  register(app, s, 'getMyReport', async (c, { params, user }) => {
    const { actor, period } = await reporterContext(params.planId, params.year, user);
    const row = await findReport(s.db, params.planId, period.key, actor.agencyId);
    if (!row) throw new HttpError('not_found', MESSAGES.report_not_found);
    return sendReport(c, await toReport(s.db, row), row.version);
  });

  register(app, s, 'saveDraft', async (c, { params, body, user }) => {
    const ctx = await reporterContext(params.planId, params.year, user);
    const { actor, period } = ctx;
    assertContentFits(ctx, body.content);
    const ifMatch = parseIfMatch(c.req.header('if-match'));
    const now = s.clock.now().toISOString();
    const { row, report } = await inTransaction(s.db, (trx) =>
      saveDraft(
        trx,
        { planId: params.planId, year: period.year, period: period.key, content: body.content, ifMatch },
        actor,
        now,
      ),
    );
    return sendReport(c, report, row.version, row.version === 1 ? 201 : 200);
  });

  register(app, s, 'submitReport', async (c, { params, body, user }) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || key === '')
      throw new HttpError('precondition_required', MESSAGES.idempotency_required);
    const keyError = idempotencyKeyError(key);
    if (keyError) throw validationFailed([keyError]);
    const ctx = await reporterContext(params.planId, params.year, user);
    const { actor, duties, period } = ctx;
    assertContentFits(ctx, body.content);
    // A submission must be complete (a draft need not be): every task has a status, every
    // measure a value or a note saying why. The same rule the report form runs before submitting.
    const readiness = reportReadiness({
      content: body.content,
      duties: { taskIds: duties.taskIds, measureIds: duties.measureIds },
      pathPrefix: 'content.',
    });
    if (!readiness.ready) throw validationFailed(readiness.errors, MESSAGES.not_ready);
    const ifMatchHeader = c.req.header('if-match');
    const ifMatch = parseIfMatch(ifMatchHeader);
    const now = s.clock.now().toISOString();
    const hash = requestHash({ params, content: body.content, ifMatch: ifMatchHeader ?? null });
    const stored = await inTransaction(s.db, (trx) =>
      idempotent(trx, { userId: user.id, route: 'submitReport', key, hash }, now, async () => {
        const { row, report } = await submitReport(
          trx,
          { planId: params.planId, year: period.year, period: period.key, content: body.content, ifMatch },
          actor,
          now,
        );
        return { status: 200, body: report, etag: etagOf(row.version) };
      }),
    );
    if (stored.etag) c.header('ETag', stored.etag);
    if (stored.replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json');
    return c.body(stored.body, stored.status as 200);
  });

  register(app, s, 'listReports', async (c, { params, query, user }) => {
    const bundle = await loadBundle(s, params.planId);
    const period = planPeriodOf(bundle, query.year, 'query.year');
    assertReviewerOf(user, bundle, period.key, false);
    const rows = sortByText(
      await s.db
        .selectFrom('reports')
        .selectAll()
        .where('plan_id', '=', params.planId)
        .where('period', '=', period.key)
        .execute(),
      (r) => r.agency_id,
    );
    const reports = [];
    for (const r of rows) reports.push(await toReport(s.db, r));
    c.header('Cache-Control', 'no-store');
    return c.json(reports, 200);
  });

  async function visibleReport(reportId: string, user: UsersTable, acting: boolean): Promise<ReportsTable> {
    const row = await findReportById(s.db, reportId);
    if (!row) throw new HttpError('not_found');
    if (user.role === 'reporter') {
      if (acting) throw forbidden();
      if (user.agency_id !== row.agency_id) throw forbidden(MESSAGES.other_agency);
      return row;
    }
    const bundle = await loadBundle(s, row.plan_id);
    assertReviewerOf(user, bundle, row.period, acting);
    return row;
  }

  register(app, s, 'getReport', async (c, { params, user }) => {
    const row = await visibleReport(params.reportId, user, false);
    return sendReport(c, await toReport(s.db, row), row.version);
  });

  register(app, s, 'getReturnedVersion', async (c, { params, user }) => {
    await visibleReport(params.reportId, user, false);
    const returned = await returnedVersion(s.db, params.reportId);
    if (!returned) throw new HttpError('not_found', MESSAGES.never_returned);
    c.header('Cache-Control', 'no-store');
    return c.json(returned, 200);
  });

  for (const step of ['returned', 'accepted'] as const) {
    const name = step === 'returned' ? 'returnReport' : 'acceptReport';
    register(app, s, name, async (c, input) => {
      const { params, user } = input;
      const body = step === 'returned' ? (input.body as ReturnRequest) : undefined;
      await visibleReport(params.reportId, user, true);
      const actor: Actor = { user, agencyId: user.agency_id as string };
      const now = s.clock.now().toISOString();
      const { row, report } = await inTransaction(s.db, async (trx) => {
        const current = await findReportById(trx, params.reportId);
        if (!current) throw new HttpError('not_found');
        const written = await review(trx, current, step, actor, now, body?.comment, body?.fields);
        // An accepted report's values count in progress: its generation moves with the report.
        if (step === 'accepted') await progressChanged(trx, now, [written.row.plan_id]);
        return written;
      });
      if (step === 'accepted') s.progress.schedule(row.plan_id, s.clock.now());
      return sendReport(c, report, row.version);
    });
  }
}
