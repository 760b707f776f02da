import { localDate, type PlanSummary, planUnitId, reportCompleteness } from '@kehoach/sdk';
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { chooseEncoding } from '../http/compress.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { register } from '../http/route.js';
import { loadBundle, planPeriodOf } from './reports.js';

const PUBLIC_CACHE = 'public, max-age=60';

/**
 * Progress changes when a report is accepted or data are loaded. A shared cache (a CDN, the
 * province's proxy) may answer from its copy for 10 s — at most one request per 10 s and encoding
 * reaches us however many people read — and must then revalidate (`must-revalidate`: never a
 * stale copy without asking), which costs us a 304 without a body while nothing changed. An
 * accepted report is therefore public within about 10 s.
 */
const PROGRESS_CACHE = 'public, max-age=10, must-revalidate';

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
        issuerName: issuer?.name ?? { vi: plan.place ?? plan.issuer.agencyId },
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
    const answer = await s.progress.answer(bundle, year, unitId, now);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    c.header('ETag', answer.etag(encoding));
    c.header('Cache-Control', PROGRESS_CACHE);
    c.header('Vary', 'Accept-Encoding');
    if (answer.matches(c.req.header('if-none-match'))) return c.body(null, 304);
    const body = await answer.body(encoding);
    c.header('Content-Type', 'application/json');
    if (encoding) c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(body.byteLength));
    return c.body(body, 200);
  });

  register(app, s, 'getSubmissions', async (c, { params, query }) => {
    const bundle = await loadBundle(s, params.planId);
    const period = planPeriodOf(bundle, query.year, 'query.year');
    const rows = await s.db
      .selectFrom('reports')
      .select(['id', 'agency_id', 'status', 'submitted_at'])
      .where('plan_id', '=', params.planId)
      .where('period', '=', period.key)
      .execute();
    const status = reportCompleteness({
      plan: bundle.plan,
      registry: bundle.registry,
      year: period.key,
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
