import {
  buildProgressResponse,
  localDate,
  planMeasures,
  planUnitId,
  TIDY_CSV_HEAD,
  tidyCsvLine,
} from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { planSummary } from '../builders/snapshot.js';
import { computeSubmissions } from '../builders/submissions.js';
import { assertPlan } from './domain.js';
import { jsonNoStore, MockHttpError } from './respond.js';
import { type HandlerContext, route } from './route.js';

const PUBLIC_CACHE = { 'Cache-Control': 'public, max-age=60' };

/** Public reads (plans, plan, organizations, catalog, progress) and the submission status. */
export function readHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  return [
    route(ctx, 'listPlans', () => HttpResponse.json([planSummary(state)], { headers: PUBLIC_CACHE })),
    route(ctx, 'getPlan', ({ params }) => {
      assertPlan(state, params.planId);
      return HttpResponse.json(state.plan as never, { headers: PUBLIC_CACHE });
    }),
    route(ctx, 'getOrganizations', ({ params }) => {
      assertPlan(state, params.planId);
      return HttpResponse.json(state.registry as never, { headers: PUBLIC_CACHE });
    }),
    route(ctx, 'getCatalog', ({ params }) => {
      if (params.catalogId !== state.catalog.id) throw new MockHttpError('not_found');
      return HttpResponse.json(state.catalog as never, { headers: PUBLIC_CACHE });
    }),
    route(ctx, 'getProgress', ({ params, query }) => {
      assertPlan(state, params.planId);
      const now = ctx.now();
      const thisYear = Number(localDate(now, state.plan.reporting.timeZone).slice(0, 4));
      const { from, to } = state.plan.period;
      const year = query.year ?? Math.min(Math.max(thisYear, from), to);
      const unitId = query.unitId ?? planUnitId(state.plan, state.registry, now);
      if (!state.registry.units.some((u) => u.id === unitId)) throw new MockHttpError('not_found');
      const body = buildProgressResponse({ ...state, year, unitId, now });
      return HttpResponse.json(body as never, { headers: { 'Cache-Control': 'public, max-age=30' } });
    }),
    route(ctx, 'getObservations', ({ params }) => {
      assertPlan(state, params.planId);
      // Statistics only, as the server serves them: the demo's illustrative figures are not.
      const units = new Set(state.registry.units.map((u) => u.id));
      let text = TIDY_CSV_HEAD;
      for (const { measure: m } of planMeasures(state.plan, state.catalog))
        for (const o of state.observations)
          if (o.measureId === m.id && !o.illustrative && units.has(o.unitId))
            text += tidyCsvLine([
              o.year,
              m.code,
              o.unitId,
              o.value,
              o.numerator ?? null,
              o.denominator ?? null,
              o.source ?? null,
              null,
            ]);
      const name = `observations-${params.planId}.csv`;
      return new HttpResponse(new TextEncoder().encode(text), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          ...PUBLIC_CACHE,
        },
      });
    }),
    route(ctx, 'getSubmissions', ({ params, query }) => {
      assertPlan(state, params.planId);
      return jsonNoStore(computeSubmissions(state, state.reports, query.year, ctx.now()));
    }),
  ];
}
