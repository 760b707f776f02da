import {
  compareExportOrder,
  csvReadProblem,
  decimalRule,
  detectDelimiter,
  importProblemErrors,
  type ObservationRow,
  ObservationRules,
  observationTime,
  planMeasures,
  readObservationTime,
  seriesKey,
  TIDY_CSV_OPTIONS,
  TidyImportCheck,
  tidyCsvHead,
  tidyCsvLine,
  tidyRowCells,
} from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { planOf } from './domain.js';
import { PUBLIC_CACHE } from './reads.js';
import { jsonNoStore, validationFailed } from './respond.js';
import { type HandlerContext, route } from './route.js';
import type { MockObservation } from './state.js';

/** The name problems give the posted file, as the server's. */
const FILE = 'observations.csv';

/** The rows of a posted CSV text, read with the server's parser and options (csv-parse, `TIDY_CSV_OPTIONS`). */
async function csvRecords(text: string, delimiter: ';' | ',') {
  // Loaded on the first import only: stories and pages that never import do not download the parser.
  const { parse } = await import('csv-parse/browser/esm/sync');
  try {
    return parse(text, { ...TIDY_CSV_OPTIONS, delimiter }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (err) {
    throw validationFailed(importProblemErrors([csvReadProblem(FILE, err)]));
  }
}

const same = (o: MockObservation, r: ObservationRow) =>
  !o.illustrative &&
  o.value === r.value &&
  (o.numerator ?? null) === r.numerator &&
  (o.denominator ?? null) === r.denominator &&
  (o.source ?? null) === r.source &&
  (o.note ?? null) === r.note;

/**
 * The plan's statistics in the tidy CSV layout (`getObservations`: observations that are not
 * illustrative, so the demo's own figures are not in it), and the operator's import of such a
 * file (`importObservations`, admin): every row checked by the sdk's `TidyImportCheck` — the
 * checks the server runs — then, only when no row is refused, upserted by measure, unit, year and series
 * (importing the same file twice changes nothing). A refused file stores nothing and answers 400
 * naming each row and column, in both languages.
 */
export function observationHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  return [
    route(ctx, 'getObservations', ({ params }) => {
      const p = planOf(state, params.planId);
      const units = new Set(p.registry.units.map((u) => u.id));
      // In the server's order: by measure as the catalog lists them, then unit id, year, period, series.
      const statistics = state.observations
        // Observations belong to no plan: another cadence's periods are not this plan's (the server's rule).
        .filter(
          (o) =>
            !o.illustrative &&
            units.has(o.unitId) &&
            (o.period === undefined || !('vi' in readObservationTime(p.plan, o.period, 'Period'))),
        )
        .sort((a, b) =>
          compareExportOrder(
            { ...a, series: seriesKey(a.categories) },
            { ...b, series: seriesKey(b.categories) },
          ),
        );
      const measures = planMeasures(p.plan, p.catalog);
      const ids = new Set(measures.map((m) => m.measure.id));
      // `Period` in place of `Year` when any figure is for a period shorter than a year.
      const time = statistics.some((o) => o.period !== undefined && ids.has(o.measureId)) ? 'Period' : 'Year';
      const dims = (p.catalog.dimensions ?? []).map((d) => d.id);
      let text = tidyCsvHead(dims, time);
      for (const { measure: m } of measures)
        for (const o of statistics)
          if (o.measureId === m.id)
            text += tidyCsvLine(
              tidyRowCells(
                [
                  observationTime(o),
                  m.code,
                  o.unitId,
                  o.value,
                  o.numerator ?? null,
                  o.denominator ?? null,
                  o.source ?? null,
                  o.note ?? null,
                ],
                o.categories ?? {},
                dims,
              ),
            );
      const name = `observations-${params.planId}.csv`;
      return new HttpResponse(new TextEncoder().encode(text), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          ...PUBLIC_CACHE,
        },
      });
    }),
    route(ctx, 'importObservations', async ({ params, query, body }) => {
      const p = planOf(state, params.planId);
      const delimiter = detectDelimiter(body.slice(0, 64 * 1024));
      const check = new TidyImportCheck(new ObservationRules(p), FILE, decimalRule(delimiter, query.decimal));
      const rows: ObservationRow[] = [];
      for (const { record, info } of await csvRecords(body, delimiter)) {
        const row = check.row(info.lines, record);
        if (check.headerRefused) break;
        if (row) rows.push(row);
      }
      const problems = check.finish();
      if (problems.length > 0) throw validationFailed(importProblemErrors(problems));
      const counts = { added: 0, changed: 0, unchanged: 0, blank: check.blank };
      for (const r of rows) {
        const stored: MockObservation = {
          measureId: r.measureId,
          unitId: r.unitId,
          year: r.year,
          ...(r.period !== undefined ? { period: r.period } : {}),
          ...(Object.keys(r.categories).length ? { categories: r.categories } : {}),
          value: r.value,
          ...(r.numerator !== null && r.denominator !== null
            ? { numerator: r.numerator, denominator: r.denominator }
            : {}),
          ...(r.source ? { source: r.source } : {}),
          ...(r.note ? { note: r.note } : {}),
        };
        const i = state.observations.findIndex(
          (o) =>
            o.measureId === r.measureId &&
            o.unitId === r.unitId &&
            o.year === r.year &&
            o.period === r.period &&
            seriesKey(o.categories) === seriesKey(r.categories),
        );
        if (i === -1) {
          counts.added++;
          state.observations.push(stored);
        } else if (same(state.observations[i]!, r)) counts.unchanged++;
        else {
          counts.changed++;
          state.observations[i] = stored;
        }
      }
      return jsonNoStore(counts);
    }),
  ];
}
