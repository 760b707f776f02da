import { localDate, type PlanSummary, planUnitId, reportCompleteness } from '@kehoach/sdk';
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { register } from '../http/route.js';
import { computeProgress } from '../services/progress.js';
import { loadBundle } from './reports.js';

const PUBLIC_CACHE = 'public, max-age=60';

export function readRoutes(app: Hono<AppEnv>, s: Services): void {
  register(app, s, 'listPlans', async (c) => {
    const plans = await s.bundles.listPlans();
    const out: PlanSummary[] = [];
    for (const plan of plans) {
      const p = await s.bundles.plan(plan.id);
      const issuer = p?.registry.agencies.find((a) => a.id === plan.issuer.agencyId);
      out.push({
        id: plan.id,
        title: plan.title,
        issuerName: issuer?.name ?? { vi: plan.place },
        period: plan.period,
        catalogId: plan.catalogId,
      });
    }
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(out, 200);
  });

  register(app, s, 'getPlan', async (c, { params }) => {
    const bundle = await loadBundle(s, params.planId);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(bundle.plan, 200);
  });

  register(app, s, 'getOrganizations', async (c, { params }) => {
    const p = await s.bundles.plan(params.planId);
    if (!p) throw new HttpError('not_found', MESSAGES.plan_not_found);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(p.registry, 200);
  });

  register(app, s, 'getCatalog', async (c, { params }) => {
    const catalog = await s.bundles.catalog(params.catalogId);
    if (!catalog) throw new HttpError('not_found');
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(catalog, 200);
  });

  register(app, s, 'getProgress', async (c, { params, query }) => {
    const bundle = await loadBundle(s, params.planId);
    const now = s.clock.now();
    const today = localDate(now, bundle.plan.reporting.timeZone);
    const thisYear = Number(today.slice(0, 4));
    const year = query.year ?? Math.min(Math.max(thisYear, bundle.plan.period.from), bundle.plan.period.to);
    const unitId = query.unitId ?? planUnitId(bundle.plan, bundle.registry, now);
    if (!bundle.registry.units.some((u) => u.id === unitId)) throw new HttpError('not_found');
    const body = await computeProgress(s.db, bundle, { year, unitId, now });
    c.header('Cache-Control', 'public, max-age=30');
    return c.json(body, 200);
  });

  register(app, s, 'getSubmissions', async (c, { params, query }) => {
    const bundle = await loadBundle(s, params.planId);
    const rows = await s.db
      .selectFrom('reports')
      .select(['id', 'agency_id', 'status', 'submitted_at'])
      .where('plan_id', '=', params.planId)
      .where('year', '=', query.year)
      .execute();
    const status = reportCompleteness({
      plan: bundle.plan,
      registry: bundle.registry,
      year: query.year,
      now: s.clock.now(),
      reports: rows.map((r) => ({
        id: r.id,
        agencyId: r.agency_id,
        status: r.status,
        submittedAt: r.submitted_at,
      })),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(status, 200);
  });
}
