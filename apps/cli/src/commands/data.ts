/**
 * `kehoach data …`: the statistics office's observations of a plan, in Open SDG's tidy layout
 * (docs/data-import.md), through the server's own operator services: `import` a CSV file or a
 * workbook (all or nothing), `export` it back, and `template` a workbook to fill in.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import {
  configFromEnv,
  csvFileRows,
  type DecimalMark,
  exportCsv,
  exportXlsx,
  importObservations,
  OBSERVATION_COLUMNS,
  observationTemplate,
  openDatabase,
  planBundle,
  xlsxRows,
} from '@kehoach/server/operator';
import { UsageError } from '../usage.js';
import { progressBar } from './data/progress-bar.js';

export const DATA_HELP = `kehoach data import <tệp.csv|.xlsx> --plan <id> [--decimal , | .]
                                                       nhập số liệu (cột: ${OBSERVATION_COLUMNS.join(', ')};
                                                       Period thay cho Year khi có số liệu theo kỳ, như 2026-H1)
kehoach data export --plan <id> [--format csv|xlsx] [-o <tệp>]   xuất số liệu (cùng bố cục)
kehoach data template --plan <id> --period <năm|kỳ> -o <tệp.xlsx>   bảng tính mẫu để nhập số liệu
                                                       (kỳ: 2026, 2026-H1, 2026-Q3, 2026-07 theo kỳ báo cáo của kế hoạch)`;

const need = (value: string | undefined, vi: string, en: string): string => {
  if (!value) throw new UsageError(vi, en);
  return value;
};

export async function data(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      plan: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      period: { type: 'string' },
      decimal: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (!command || !['import', 'export', 'template'].includes(command))
    throw new UsageError(
      `lệnh data không rõ: ${command ?? ''}\n${DATA_HELP}`,
      `unknown data command: ${command ?? ''}`,
    );
  const planId = need(values.plan, 'thiếu --plan <id>', '--plan <id> is required');
  if (values.decimal !== undefined && values.decimal !== ',' && values.decimal !== '.')
    throw new UsageError('--decimal là , hoặc .', '--decimal is , or .');
  const format = values.format ?? (values.output && extname(values.output) === '.xlsx' ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError('--format là csv hoặc xlsx', '--format is csv or xlsx');
  let period = '';
  if (command === 'template') {
    // A year or a period of the plan's cadence: the plan, read below, says which.
    period = need(values.period, 'thiếu --period <năm|kỳ>', '--period <year|period> is required').trim();
    need(values.output, 'thiếu -o <tệp.xlsx>', '-o <file.xlsx> is required');
  }
  const input =
    command === 'import' ? need(positionals[0], 'thiếu tệp số liệu', 'a data file is required') : '';
  if (command === 'export' && format === 'xlsx' && !values.output)
    throw new UsageError('bảng tính cần -o <tệp.xlsx>', 'a workbook needs -o <file.xlsx>');

  const db = await openDatabase({ url: configFromEnv().databaseUrl });
  try {
    switch (command) {
      case 'import': {
        const file = basename(input);
        const bar = await progressBar(input);
        const source = /\.xlsx$/i.test(input) ? xlsxRows(input, file) : csvFileRows(input, file);
        const r = await importObservations(db.kysely, planId, source, {
          file,
          now: new Date(),
          decimal: values.decimal as DecimalMark | undefined,
          onProgress: bar?.update,
        });
        bar?.done();
        const blank = r.blank ? `; ${r.blank} dòng trống bỏ qua` : '';
        const blankEn = r.blank ? `; ${r.blank} blank rows skipped` : '';
        console.log(`${file}: thêm ${r.added}, đổi ${r.changed}, giữ nguyên ${r.unchanged}${blank}`);
        console.log(`${file}: ${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged${blankEn}`);
        break;
      }
      case 'export': {
        const bundle = await planBundle(db.kysely, planId);
        if (format === 'xlsx') writeFileSync(values.output!, await exportXlsx(db.kysely, bundle));
        else {
          const out: NodeJS.WritableStream = values.output
            ? createWriteStream(values.output)
            : process.stdout;
          for await (const chunk of exportCsv(db.kysely, bundle))
            if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
          if (out !== process.stdout) {
            out.end();
            await finished(out);
          }
        }
        break;
      }
      case 'template': {
        const bundle = await planBundle(db.kysely, planId);
        writeFileSync(values.output!, await observationTemplate(bundle, period));
        console.log(`mẫu nhập số liệu ${period} / data template for ${period}: ${values.output}`);
        break;
      }
    }
  } finally {
    await db.close();
  }
}
