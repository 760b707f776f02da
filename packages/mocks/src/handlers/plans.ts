import { validateBundle } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { planOf } from './domain.js';
import { jsonNoStore, validationFailed } from './respond.js';
import { type HandlerContext, route } from './route.js';
import { firstVersion, mockHash } from './state.js';

/**
 * The operator's plan routes as the server answers them: `importPlan` (admin; the body checked
 * by the route's schema, then the parts' references with the sdk's `validateBundle`, a catalog
 * neither sent nor held by a plan of the state `unknown_catalog`), 201 with a new plan (version
 * 1, added to `state.plans`) or the next version, 200 "unchanged"; `listPlanVersions` of a plan.
 */
export function planHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  return [
    route(ctx, 'importPlan', ({ body }) => {
      const stored = [...state.plans.values()].find((p) => p.catalog.id === body.plan.catalogId)?.catalog;
      const catalog = body.catalog ?? stored;
      const prefix = (part: string) => [part];
      if (!catalog)
        throw validationFailed([
          {
            path: 'plan.catalogId',
            code: 'unknown_catalog',
            message: {
              vi: 'Trường plan.catalogId: cần mã của một bộ chỉ tiêu đã lưu hoặc đi kèm (catalog.json)',
              en: 'Field plan.catalogId: expected the id of a stored catalog or of one that comes with it (catalog.json)',
            },
          },
        ]);
      const r = validateBundle({ plan: body.plan, registry: body.registry, catalog }, prefix);
      if (!r.success) throw validationFailed(r.errors.map((e) => e.error));
      const bundle = { plan: body.plan, registry: body.registry, catalog };
      const entry = state.plans.get(body.plan.id);
      if (!entry) {
        state.plans.set(body.plan.id, {
          ...bundle,
          planVersions: [firstVersion(bundle, ctx.now().toISOString())],
        });
        return jsonNoStore({ planId: body.plan.id, version: 1, outcome: 'created' }, 201);
      }
      const content = JSON.stringify([body.plan, body.registry, catalog]);
      const latest = entry.planVersions[entry.planVersions.length - 1]!;
      if (latest.content === content)
        return jsonNoStore({ planId: body.plan.id, version: latest.version, outcome: 'unchanged' }, 200);
      for (const v of entry.planVersions) v.current = false;
      const version = latest.version + 1;
      entry.planVersions.push({
        version,
        catalogId: catalog.id,
        contentHash: mockHash(content),
        importedAt: ctx.now().toISOString(),
        current: true,
        content,
      });
      Object.assign(entry, bundle);
      return jsonNoStore({ planId: body.plan.id, version, outcome: 'updated' }, 201);
    }),
    route(ctx, 'listPlanVersions', ({ params }) => {
      const { planVersions } = planOf(state, params.planId);
      return HttpResponse.json(planVersions.map(({ content: _content, ...v }) => v) as never);
    }),
  ];
}
