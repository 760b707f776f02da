/**
 * Observations over HTTP, both routes of the sdk's contract: the public download of the plan's
 * statistics in the tidy CSV layout (`getObservations`), and the operator's import of a CSV file
 * (`importObservations`, `text/csv`, admin only) with the same checks as `kehoach data import` —
 * every bad row and column named (the sdk's `importProblemErrors`), all or nothing, an audit entry.
 */
import { importProblemErrors } from '@kehoach/sdk';
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { validationFailed } from '../http/errors.js';
import { register } from '../http/route.js';
import { exportCsv } from '../observations/export.js';
import { importObservations } from '../observations/import.js';
import { csvTextRows } from '../observations/read.js';
import { OperatorError } from '../operator/problems.js';
import { loadBundle } from './reports.js';

export function observationRoutes(app: Hono<AppEnv>, s: Services): void {
  register(app, s, 'getObservations', async (c, { params }) => {
    const bundle = await loadBundle(s, params.planId);
    const chunks = exportCsv(s.db, bundle);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const name = `observations-${bundle.plan.id}.csv`;
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'public, max-age=60');
    return c.body(body, 200);
  });

  register(app, s, 'importObservations', async (c, { params, query, body, user }) => {
    await loadBundle(s, params.planId);
    const file = 'observations.csv';
    try {
      const result = await importObservations(s.db, params.planId, csvTextRows(body, file), {
        file,
        now: s.clock.now(),
        decimal: query.decimal,
        by: { userId: user.id, userName: user.name },
      });
      // Observations belong to no plan: every plan's progress is computed again, in the background.
      if (result.added + result.changed > 0)
        for (const plan of await s.bundles.listPlans()) s.progress.schedule(plan.id, s.clock.now());
      return c.json(result, 200);
    } catch (err) {
      if (!(err instanceof OperatorError)) throw err;
      throw validationFailed(importProblemErrors(err.problems));
    }
  });
}
