import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { consolidate } from '../exports/data.js';
import { buildDocx } from '../exports/docx.js';
import { buildXlsx } from '../exports/xlsx.js';
import { register } from '../http/route.js';
import { assertReviewerOf, loadBundle, planPeriodOf } from './reports.js';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function exportRoutes(app: Hono<AppEnv>, s: Services): void {
  register(app, s, 'exportReport', async (c, { params, user }) => {
    const bundle = await loadBundle(s, params.planId);
    // The period named as the report routes read it: `2026` (yearly), `2026-H1` (six-monthly)…
    const period = planPeriodOf(bundle, params.year);
    assertReviewerOf(user, bundle, period.key, false);
    const data = await consolidate(s.db, bundle, period, s.clock.now());
    const file = params.format === 'xlsx' ? await buildXlsx(data) : await buildDocx(data);
    const name = `bao-cao-${bundle.plan.id}-${period.key}.${params.format}`;
    c.header('Content-Type', TYPES[params.format]);
    c.header(
      'Content-Disposition',
      `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(file), 200);
  });
}
