/**
 * Observations over HTTP: the public download of the plan's statistics in the tidy CSV layout
 * (`getObservations`, in the sdk's contract), and the operator's import of a CSV file
 * (`POST /api/v1/plans/:planId/observations`, `text/csv`, admin only) with the same checks as
 * `kehoach data import` — every bad row and column named, all or nothing, an audit entry.
 */
import { IdSchema } from '@kehoach/sdk';
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { HttpError, validationFailed } from '../http/errors.js';
import { currentUser, register } from '../http/route.js';
import { exportCsv } from '../observations/export.js';
import { importObservations } from '../observations/import.js';
import type { DecimalMark } from '../observations/numbers.js';
import { csvTextRows } from '../observations/read.js';
import { OperatorError } from '../operator/problems.js';
import { loadBundle } from './reports.js';

const CSV_TYPE = /^text\/csv\s*(?:;|$)/i;

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

  app.post('/api/v1/plans/:planId/observations', async (c) => {
    const user = await currentUser(c, s);
    if (!user) throw new HttpError('unauthenticated');
    if (user.role !== 'admin') throw new HttpError('forbidden');
    const planId = c.req.param('planId');
    const decimal = c.req.query('decimal');
    const errors = [];
    if (!IdSchema.safeParse(planId).success)
      errors.push({
        path: 'params.planId',
        code: 'invalid_id',
        message: { vi: 'Trường params.planId: cần một mã', en: 'Field params.planId: expected an id' },
      });
    if (decimal !== undefined && decimal !== ',' && decimal !== '.')
      errors.push({
        path: 'query.decimal',
        code: 'invalid_value',
        message: {
          vi: 'Trường query.decimal: cần "," hoặc "."',
          en: 'Field query.decimal: expected "," or "."',
        },
      });
    if (errors.length) throw validationFailed(errors);
    if (!CSV_TYPE.test(c.req.header('content-type') ?? '')) throw new HttpError('unsupported_media_type');
    await loadBundle(s, planId);
    const file = 'observations.csv';
    try {
      const result = await importObservations(s.db, planId, csvTextRows(await c.req.text(), file), {
        file,
        now: s.clock.now(),
        decimal: decimal as DecimalMark | undefined,
        by: { userId: user.id, userName: user.name },
      });
      // Observations belong to no plan: every plan's progress is computed again, in the background.
      if (result.added + result.changed > 0)
        for (const plan of await s.bundles.listPlans()) s.progress.schedule(plan.id, s.clock.now());
      return c.json(result, 200);
    } catch (err) {
      if (!(err instanceof OperatorError)) throw err;
      // Each problem names the row and the column in its text; `path` says them for a program
      // (`row.12.Value`, `row.1.Sex`; `body` for the file as a whole).
      throw validationFailed(
        err.problems.map((p) => {
          const m = /, row (\d+)(?:, column ([^:]+))?:/.exec(p.en);
          return {
            path: m ? `row.${m[1]}${m[2] ? `.${m[2]}` : ''}` : 'body',
            code: 'observation_row',
            message: p,
          };
        }),
      );
    }
  });
}
