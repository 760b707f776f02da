import { validateBundle } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { assertPlan } from './domain.js';
import { jsonNoStore, validationFailed } from './respond.js';
import { type HandlerContext, route } from './route.js';
import { mockHash } from './state.js';

/**
 * The operator's plan routes as the server answers them: `importPlan` (admin; the body checked
 * by the route's schema, then the parts' references with the sdk's `validateBundle`, a missing
 * catalog `unknown_catalog`), 201 with the next version or 200 "unchanged"; `listPlanVersions`.
 * MOCK ONLY: the mocks serve one plan; a bundle of another plan is answered (version 1) but not kept.
 */
export function planHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  return [
    route(ctx, 'importPlan', ({ body }) => {
      const catalog = body.catalog ?? (body.plan.catalogId === state.catalog.id ? state.catalog : undefined);
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
      if (body.plan.id !== state.plan.id)
        return jsonNoStore({ planId: body.plan.id, version: 1, outcome: 'created' }, 201);
      const content = JSON.stringify([body.plan, body.registry, catalog]);
      const latest = state.planVersions[state.planVersions.length - 1]!;
      if (latest.content === content)
        return jsonNoStore({ planId: body.plan.id, version: latest.version, outcome: 'unchanged' }, 200);
      for (const v of state.planVersions) v.current = false;
      const version = latest.version + 1;
      state.planVersions.push({
        version,
        catalogId: catalog.id,
        contentHash: mockHash(content),
        importedAt: ctx.now().toISOString(),
        current: true,
        content,
      });
      state.plan = body.plan;
      state.registry = body.registry;
      state.catalog = catalog;
      return jsonNoStore({ planId: body.plan.id, version, outcome: 'updated' }, 201);
    }),
    route(ctx, 'listPlanVersions', ({ params }) => {
      assertPlan(state, params.planId);
      return HttpResponse.json(state.planVersions.map(({ content: _content, ...v }) => v) as never);
    }),
  ];
}
