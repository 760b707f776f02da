#!/usr/bin/env node
/**
 * Prints the progress table of the demo plan from the illustrative dataset of @kehoach/mocks.
 * Usage: kehoach-progress [--year 2026] [--unit lam-dong] [--lang vi|en]
 */
import { parseArgs } from 'node:util';
import { buildProgress, demo, ILLUSTRATIVE_LABEL } from '@kehoach/mocks';
import { LangSchema } from '@kehoach/sdk';
import { progressRows, renderTable } from './progress-table.js';

const { values } = parseArgs({
  options: { year: { type: 'string' }, unit: { type: 'string' }, lang: { type: 'string', default: 'vi' } },
});
const lang = LangSchema.safeParse(values.lang);
const year = values.year === undefined ? demo.year : Number(values.year);
if (!lang.success || !Number.isInteger(year) || year < demo.plan.period.from || year > demo.plan.period.to) {
  console.error(
    `--lang phải là vi hoặc en, --year từ ${demo.plan.period.from} đến ${demo.plan.period.to} / ` +
      `--lang must be vi or en, --year between ${demo.plan.period.from} and ${demo.plan.period.to}`,
  );
  process.exit(2);
}
const progress = buildProgress({ year, ...(values.unit ? { unitId: values.unit } : {}) });
const unit = demo.registry.units.find((u) => u.id === progress.unitId);
console.log(`${demo.plan.title[lang.data] ?? demo.plan.title.vi}`);
console.log(`${unit?.name[lang.data] ?? progress.unitId} — ${year} — ${ILLUSTRATIVE_LABEL[lang.data]}`);
console.log('');
console.log(
  renderTable(
    progressRows(demo.catalog, progress, demo.plan.milestones, lang.data),
    demo.plan.milestones,
    lang.data,
  ),
);
