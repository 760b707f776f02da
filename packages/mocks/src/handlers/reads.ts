import { buildProgressResponse, localDate, planUnitId } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { planSummary } from '../builders/snapshot.js';
import { computeSubmissions } from '../builders/submissions.js';
import { planOf, planPeriodOf } from './domain.js';
import { jsonNoStore, MockHttpError } from './respond.js';
import { type HandlerContext, route } from './route.js';

export const PUBLIC_CACHE = { 'Cache-Control': 'public, max-age=60' };

/**
 * Public reads (plans, plan, organizations, catalog, progress) and the submission status, each
 * of the plan its `:planId` names; `listPlans` lists every plan of the state.
 */
export function readHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  return [
    route(ctx, 'listPlans', () =>
      HttpResponse.json([...state.plans.values()].map(planSummary), { headers: PUBLIC_CACHE }),
    ),
    route(ctx, 'getPlan', ({ params }) =>
      HttpResponse.json(planOf(state, params.planId).plan as never, { headers: PUBLIC_CACHE }),
    ),
    route(ctx, 'getOrganizations', ({ params }) =>
      HttpResponse.json(planOf(state, params.planId).registry as never, { headers: PUBLIC_CACHE }),
    ),
    route(ctx, 'getCatalog', ({ params }) => {
      const catalog = [...state.plans.values()].find((p) => p.catalog.id === params.catalogId)?.catalog;
      if (!catalog) throw new MockHttpError('not_found');
      return HttpResponse.json(catalog as never, { headers: PUBLIC_CACHE });
    }),
    route(ctx, 'getProgress', ({ params, query }) => {
      const p = planOf(state, params.planId);
      const now = ctx.now();
      const thisYear = Number(localDate(now, p.plan.reporting.timeZone).slice(0, 4));
      const { from, to } = p.plan.period;
      const year = query.year ?? Math.min(Math.max(thisYear, from), to);
      const unitId = query.unitId ?? planUnitId(p.plan, p.registry, now);
      if (!p.registry.units.some((u) => u.id === unitId)) throw new MockHttpError('not_found');
      const body = buildProgressResponse({ ...p, observations: state.observations, year, unitId, now });
      return HttpResponse.json(body as never, { headers: { 'Cache-Control': 'public, max-age=30' } });
    }),
    route(ctx, 'getSubmissions', ({ params, query }) => {
      const p = planOf(state, params.planId);
      const period = planPeriodOf(p, query.year, 'query.year');
      return jsonNoStore(computeSubmissions(p, state.reports, period.key, ctx.now()));
    }),
  ];
}
