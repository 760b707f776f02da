/**
 * The operator's plan routes: `importPlan` (admin) stores a bundle through `importBundle` and
 * `storeBundles`, the one way plans reach the database (the seed and `kehoach plan import` use
 * it too), and
 * `listPlanVersions` lists what is kept. The role is checked by `register` (reporters and
 * reviewers get 403); the body is checked with the contract's schema (400, fields under
 * `plan…`, `registry…`, `catalog…`), then the references between the parts.
 */
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { HttpError, MESSAGES, validationFailed } from '../http/errors.js';
import { register } from '../http/route.js';
import { importBundle } from '../services/bundles.js';
import { BundleValidationError, listPlanVersions } from '../services/plan-versions.js';

export function planRoutes(app: Hono<AppEnv>, s: Services): void {
  register(app, s, 'importPlan', async (c, { body, user }) => {
    try {
      const r = await importBundle(
        s.db,
        body,
        s.clock.now().toISOString(),
        { userId: user.id, userName: user.name, by: 'api' },
        (part) => [part],
      );
      return c.json(r, r.outcome === 'unchanged' ? 200 : 201);
    } catch (err) {
      if (err instanceof BundleValidationError) throw validationFailed(err.bundleErrors.map((e) => e.error));
      throw err;
    }
  });

  register(app, s, 'listPlanVersions', async (c, { params }) => {
    const versions = await listPlanVersions(s.db, params.planId);
    if (!versions) throw new HttpError('not_found', MESSAGES.plan_not_found);
    return c.json(
      versions.map((v) => ({
        version: v.version,
        catalogId: v.catalogId,
        contentHash: v.contentHash,
        importedAt: v.importedAt,
        current: v.current,
      })),
      200,
    );
  });
}
