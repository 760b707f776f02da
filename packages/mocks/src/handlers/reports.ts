import { currentReportYear, etagOf, idempotencyKeyError, parseIfMatch, reportDue } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { assertContentFitsDuties, assertPlan, assertYearInPlan, reporterDuties } from './domain.js';
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
  const context = (planId: string, year: number, user: Parameters<typeof reporterDuties>[1]) => {
    assertPlan(state, planId);
    assertYearInPlan(state, year);
    return reporterDuties(state, user, year);
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
      const year = currentReportYear(state.plan, now);
      if (year === null) return jsonNoStore([]);
      try {
        reporterDuties(state, user!, year);
      } catch {
        return jsonNoStore([]);
      }
      const r = findReport(state, state.plan.id, year, user!.agencyId);
      return jsonNoStore([
        reportDue(
          state.plan,
          year,
          now,
          r ? { id: r.id, status: r.status, submittedAt: r.submittedAt } : null,
        ),
      ]);
    }),
    route(ctx, 'getMyReport', ({ params, user }) => {
      const duties = context(params.planId, params.year, user!);
      const report = findReport(state, params.planId, params.year, duties.agencyId);
      if (!report) throw new MockHttpError('not_found', MESSAGES.report_not_found);
      return jsonNoStore(report, 200, etagOf(report.version));
    }),
    route(ctx, 'saveDraft', ({ params, body, user, request }) => {
      const duties = context(params.planId, params.year, user!);
      assertContentFitsDuties(state, body.content, duties, params.year);
      const ifMatch = parseIfMatch(request.headers.get('if-match'));
      const [report, created] = saveDraft(
        state,
        { ...params, content: body.content, ifMatch },
        actor(user!, duties.agencyId),
      );
      return jsonNoStore(report, created ? 201 : 200, etagOf(report.version));
    }),
    route(ctx, 'submitReport', ({ params, body, user, request }) => {
      const key = request.headers.get('idempotency-key');
      if (!key) throw new MockHttpError('precondition_required', MESSAGES.idempotency_required);
      const keyError = idempotencyKeyError(key);
      if (keyError) throw validationFailed([keyError]);
      const duties = context(params.planId, params.year, user!);
      assertContentFitsDuties(state, body.content, duties, params.year);
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
        { ...params, content: body.content, ifMatch: parseIfMatch(ifMatchHeader) },
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
