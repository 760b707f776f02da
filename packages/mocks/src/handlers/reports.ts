import { currentReportPeriods, etagOf, idempotencyKeyError, parseIfMatch, reportDue } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { assertContentFitsDuties, owes, planOf, planPeriodOf, reporterDuties } from './domain.js';
import { jsonNoStore, MESSAGES, MockHttpError, validationFailed } from './respond.js';
import { type HandlerContext, route } from './route.js';
import { type Actor, findReport, saveDraft, submitReport } from './store.js';

/**
 * The reporter's own report: get (404 until one exists), save the draft (no If-Match creates it
 * with 201; afterwards If-Match is required — 428 without, 412 with a stale version, the current
 * one in `ETag`), submit (Idempotency-Key required: a retry with the same key and body gets the
 * first answer back with `Idempotent-Replayed: true` and never makes a second report; the same
 * key with another body is 409). Scenario `offline-once`: the first submit is applied, then its
 * answer is lost (`HttpResponse.error()`, a network error), as when a connection drops.
 */
export function reportHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  const context = (planId: string, key: string | number, user: Parameters<typeof reporterDuties>[1]) => {
    const p = planOf(state, planId);
    const period = planPeriodOf(p, key);
    return { p, duties: reporterDuties(p, user, period.key), period };
  };
  const actor = (user: Actor['user'], agencyId: string): Actor => ({
    user,
    agencyId,
    at: ctx.now().toISOString(),
  });
  return [
    route(ctx, 'listMyReports', ({ user }) => {
      if (user!.role !== 'reporter' || !user!.agencyId) throw new MockHttpError('forbidden');
      const now = ctx.now();
      // Every plan and period the agency owes a report for now, in `listPlans` order, each with its deadline, as the server lists them.
      const out = [];
      for (const p of state.plans.values()) {
        for (const period of currentReportPeriods(p.plan, now)) {
          if (!owes(p, user!.agencyId, period)) continue;
          const r = findReport(state, p.plan.id, period, user!.agencyId);
          out.push(
            reportDue(
              p.plan,
              period,
              now,
              r ? { id: r.id, status: r.status, submittedAt: r.submittedAt } : null,
            ),
          );
        }
      }
      return jsonNoStore(out);
    }),
    route(ctx, 'getMyReport', ({ params, user }) => {
      const { duties, period } = context(params.planId, params.year, user!);
      const report = findReport(state, params.planId, period.key, duties.agencyId);
      if (!report) throw new MockHttpError('not_found', MESSAGES.report_not_found);
      return jsonNoStore(report, 200, etagOf(report.version));
    }),
    route(ctx, 'saveDraft', ({ params, body, user, request }) => {
      const { p, duties, period } = context(params.planId, params.year, user!);
      assertContentFitsDuties(p, body.content, duties, period.year);
      const ifMatch = parseIfMatch(request.headers.get('if-match'));
      const [report, created] = saveDraft(
        state,
        { planId: params.planId, year: period.year, period: period.key, content: body.content, ifMatch },
        actor(user!, duties.agencyId),
      );
      return jsonNoStore(report, created ? 201 : 200, etagOf(report.version));
    }),
    route(ctx, 'submitReport', ({ params, body, user, request }) => {
      const key = request.headers.get('idempotency-key');
      if (!key) throw new MockHttpError('precondition_required', MESSAGES.idempotency_required);
      const keyError = idempotencyKeyError(key);
      if (keyError) throw validationFailed([keyError]);
      const { p, duties, period } = context(params.planId, params.year, user!);
      assertContentFitsDuties(p, body.content, duties, period.year);
      const ifMatchHeader = request.headers.get('if-match');
      const hash = JSON.stringify({ params, content: body.content, ifMatch: ifMatchHeader });
      const slot = `${user!.id}\n${key}`;
      const prior = state.idempotency.get(slot);
      if (prior) {
        if (prior.hash !== hash) throw new MockHttpError('conflict', MESSAGES.idempotency_reused);
        return HttpResponse.json(prior.body as never, {
          status: prior.status,
          headers: {
            ETag: etagOf(prior.body.version),
            'Idempotent-Replayed': 'true',
            'Cache-Control': 'no-store',
          },
        });
      }
      const report = submitReport(
        state,
        {
          planId: params.planId,
          year: period.year,
          period: period.key,
          content: body.content,
          ifMatch: parseIfMatch(ifMatchHeader),
        },
        actor(user!, duties.agencyId),
      );
      state.idempotency.set(slot, { hash, status: 200, body: structuredClone(report) });
      if (ctx.scenario === 'offline-once' && !state.offlineUsed) {
        state.offlineUsed = true;
        return HttpResponse.error();
      }
      return jsonNoStore(report, 200, etagOf(report.version));
    }),
  ];
}
