/**
 * `kehoach data …` on figures by period: the six-monthly programme of the Ministry of Health
 * (`packages/plans/bundles/byt-dinh-duong-2026`, illustrative) imported into a seeded database,
 * a template for a half year, figures of the half years and of the year imported, exported with
 * a `Period` column, and read back unchanged.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

const kehoach = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const serverCli = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));
const bundleDir = fileURLToPath(
  new URL('../../../packages/plans/bundles/byt-dinh-duong-2026', import.meta.url),
);
const PLAN = 'byt-dinh-duong-2026';

let dir: string;
let run: (...args: string[]) => { status: number | null; stdout: string; stderr: string };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-periods-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kehoach.sqlite')}` };
  execFileSync(process.execPath, [serverCli, 'seed'], { env, cwd: dir, stdio: 'ignore' });
  run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [kehoach, ...args], { env, cwd: dir, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const imported = run('plan', 'import', bundleDir);
  expect(imported.status, imported.stderr).toBe(0);
});

describe('kehoach data on a six-monthly plan', () => {
  it('writes a template for a half year, imports half years and the year, exports them by period, reads the export back unchanged', async () => {
    const t = run('data', 'template', '--plan', PLAN, '--period', '2026-H1', '-o', 'h1.xlsx');
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).toContain('data template for 2026-H1: h1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'h1.xlsx'));
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Period',
      'Measure',
      'Unit',
      'sex',
      'Value',
      'Numerator',
      'Denominator',
      'Source',
      'Note',
    ]);
    const rows: { n: number; period: unknown; measure: unknown; unit: unknown; sex: unknown }[] = [];
    ws.eachRow((row, n) => {
      if (n > 1)
        rows.push({
          n,
          period: row.getCell(1).value,
          measure: row.getCell(2).value,
          unit: row.getCell(3).value,
          sex: row.getCell(4).value,
        });
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2026-H1']));
    const share = rows.find((r) => r.measure === '2')!;
    expect(share).toBeDefined();
    ws.getRow(share.n).getCell(5).value = 40;
    ws.getRow(share.n).getCell(8).value = 'Sở Y tế (minh họa)';
    await wb.xlsx.writeFile(join(dir, 'h1-filled.xlsx'));
    const h1 = run('data', 'import', 'h1-filled.xlsx', '--plan', PLAN);
    expect(h1.status, h1.stderr).toBe(0);
    expect(h1.stdout).toContain('h1-filled.xlsx: 1 added, 0 changed, 0 unchanged');

    const unit = String(share.unit);
    writeFileSync(
      join(dir, 'year.csv'),
      `Period,Measure,Unit,Value\r\n2026-H2,2,${unit},55\r\n2026,2,${unit},56\r\n`,
    );
    const year = run('data', 'import', 'year.csv', '--plan', PLAN);
    expect(year.status, year.stderr).toBe(0);
    expect(year.stdout).toContain('year.csv: 2 added, 0 changed, 0 unchanged');

    const out = run('data', 'export', '--plan', PLAN, '-o', 'export.csv');
    expect(out.status, out.stderr).toBe(0);
    const exported = run('data', 'export', '--plan', PLAN).stdout;
    expect(exported.split('\r\n')).toEqual([
      '\ufeffPeriod,Measure,Unit,sex,Value,Numerator,Denominator,Source,Note',
      `2026,2,${unit},,56,,,,`,
      `2026-H1,2,${unit},,40,,,Sở Y tế (minh họa),`,
      `2026-H2,2,${unit},,55,,,,`,
      '',
    ]);
    const again = run('data', 'import', 'export.csv', '--plan', PLAN);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('export.csv: 0 added, 0 changed, 3 unchanged');
  });

  it('refuses a quarter of a six-monthly plan, in a file and as --period', () => {
    writeFileSync(join(dir, 'q.csv'), 'Period,Measure,Unit,Value\n2026-Q1,2,lam-dong,10\n');
    const r = run('data', 'import', 'q.csv', '--plan', PLAN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'q.csv, row 2, column Period: "2026-Q1" is not a year nor a six-monthly period of the plan (such as 2026-H1, 2026-H2)',
    );
    expect(r.stderr).toContain(
      'q.csv, dòng 2, cột Period: "2026-Q1" không phải là một năm hay một kỳ báo cáo 6 tháng của kế hoạch (như 2026-H1, 2026-H2)',
    );
    const t = run('data', 'template', '--plan', PLAN, '--period', '2026-Q1', '-o', 'q.xlsx');
    expect(t.status).toBe(1);
    expect(t.stderr).toContain('--period: "2026-Q1" is not a year nor a six-monthly period of the plan');
  });
});
