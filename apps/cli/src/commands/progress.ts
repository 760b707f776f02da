/**
 * `kehoach progress [--year 2026] [--unit lam-dong] [--lang vi|en]`: the progress table of the
 * demo plan from the illustrative dataset of @kehoach/mocks.
 */
import { parseArgs } from 'node:util';
import { buildProgress, demo, ILLUSTRATIVE_LABEL } from '@kehoach/mocks';
import { LangSchema, planCatalog } from '@kehoach/sdk';
import { UsageError } from '../usage.js';
import { progressRows, renderTable } from './progress-table.js';

export function progress(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, unit: { type: 'string' }, lang: { type: 'string', default: 'vi' } },
    strict: true,
  });
  const lang = LangSchema.safeParse(values.lang);
  const year = values.year === undefined ? demo.year : Number(values.year);
  const { from, to } = demo.plan.period;
  if (!lang.success || !Number.isInteger(year) || year < from || year > to)
    throw new UsageError(
      `--lang phải là vi hoặc en, --year từ ${from} đến ${to}`,
      `--lang must be vi or en, --year between ${from} and ${to}`,
    );
  const table = buildProgress({ year, ...(values.unit ? { unitId: values.unit } : {}) });
  const unit = demo.registry.units.find((u) => u.id === table.unitId);
  console.log(`${demo.plan.title[lang.data] ?? demo.plan.title.vi}`);
  console.log(`${unit?.name[lang.data] ?? table.unitId} — ${year} — ${ILLUSTRATIVE_LABEL[lang.data]}`);
  console.log('');
  console.log(
    renderTable(
      progressRows(planCatalog(demo.plan, demo.catalog), table, demo.plan.milestones ?? [], lang.data),
      demo.plan.milestones ?? [],
      lang.data,
    ),
  );
}
