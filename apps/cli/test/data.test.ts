/**
 * `kehoach data …` as an operator runs it: the built command on a SQLite file the server's own
 * `cli seed` prepared (the Đắk Nông plan, its catalog and registry; the demo's observations are
 * illustrative, so the export of statistics starts empty).
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
const PLAN = 'dak-nong-2021';
const HEADER = 'Year,Measure,Unit,Value,Numerator,Denominator,Source,Note';

/** A fresh seeded database per test: each starts from the demo and nothing else. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-data-'));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kehoach.sqlite')}` };
  execFileSync(process.execPath, [serverCli, 'seed'], { env, cwd: dir, stdio: 'ignore' });
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [kehoach, ...args], { env, cwd: dir, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const file = (name: string, text: string | Buffer) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const exported = () => {
    const r = run('data', 'export', '--plan', PLAN);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  return { dir, run, file, exported };
}

let seeded: ReturnType<typeof setup>;
beforeAll(() => {
  seeded = setup();
});

describe('kehoach data import: bad input', () => {
  it('names every bad row and column in both languages and imports nothing', () => {
    const { run, file, exported } = seeded;
    // Excel in Vietnamese: a byte-order mark, ";" between fields, decimal commas, CRLF.
    const rows = [
      'Year;Measure;Unit;Value;Numerator;Denominator;Source;Note',
      '2024;3a;dak-nong.cu-jut;12,5;;;Cục Thống kê;', // 2: good
      '2024;99z;dak-nong.cu-jut;1;;;;', // 3: no such measure
      '2024;2;dak-nong.xyz;1;;;;', // 4: no such unit
      '2024;1;dak-nong;50;;;;', // 5: measure 1 is not reported for the province
      '2024;3a;dak-nong.cu-jut;13;;;;', // 6: the same as row 2
      '2024;2;dak-nong.cu-jut;101;;;;', // 7: a percentage above 100
      '2024;2;dak-nong.dak-mil;50;5;;;', // 8: numerator without denominator
      '2024;2;dak-nong.dak-song;50;4;10;;', // 9: value disagreeing with the parts
      '2024;2;dak-nong.tuy-duc;98.5;;;;', // 10: a decimal point in a ";" file
      '2024;13;dak-nong.tuy-duc;2,5;;;;', // 11: a count that is not whole
      '2024;2;dak-nong.krong-no;50;;;=HYPERLINK(1);', // 12: a formula
      ';2;dak-nong.gia-nghia;50;;;;', // 13: no year
      '2024;2;dak-nong.gia-nghia;;;;;ghi chú', // 14: a note without a value
    ];
    const r = run('data', 'import', file('bad.csv', `\ufeff${rows.join('\r\n')}\r\n`), '--plan', PLAN);
    expect(r.status).toBe(1);
    const expected = [
      [
        'bad.csv, dòng 3, cột Measure: không có chỉ số mã "99z" trong danh mục của kế hoạch',
        'bad.csv, row 3, column Measure: no measure with code "99z" in the plan\'s catalog',
      ],
      [
        'bad.csv, dòng 4, cột Unit: không có đơn vị "dak-nong.xyz" trong danh mục đơn vị của kế hoạch',
        'bad.csv, row 4, column Unit: no unit "dak-nong.xyz" in the plan\'s registry',
      ],
      [
        'bad.csv, dòng 5, cột Unit: chỉ số 1 không áp dụng cho đơn vị dak-nong năm 2024',
        'bad.csv, row 5, column Unit: measure 1 does not apply to unit dak-nong in 2024',
      ],
      [
        'bad.csv, dòng 6: trùng chỉ số, đơn vị và năm với dòng 2',
        'bad.csv, row 6: the same measure, unit and year as row 2',
      ],
      [
        'bad.csv, dòng 7, cột Value: cần một số từ 0 đến 100',
        'bad.csv, row 7, column Value: expected a number from 0 to 100',
      ],
      [
        'bad.csv, dòng 8, cột Denominator: cần tử số và mẫu số đi cùng nhau',
        'bad.csv, row 8, column Denominator: expected numerator and denominator given together',
      ],
      [
        'bad.csv, dòng 9, cột Value: cần giá trị khớp với tử số và mẫu số: 4 / 10 × 100 = 40 (đã nhập 50)',
        'bad.csv, row 9, column Value: expected a value that agrees with numerator and denominator: 4 / 10 × 100 = 40 (typed 50)',
      ],
      [
        'bad.csv, dòng 10, cột Value: "98.5": dấu thập phân của tệp là "," (vì tệp phân tách bằng ";")',
        'bad.csv, row 10, column Value: "98.5": the file\'s decimal mark is "," (as the file separates fields with ";")',
      ],
      [
        'bad.csv, dòng 11, cột Value: cần một số nguyên',
        'bad.csv, row 11, column Value: expected a whole number',
      ],
      [
        'bad.csv, dòng 12, cột Source: không bắt đầu bằng =, +, @',
        'bad.csv, row 12, column Source: must not start with =, +, @',
      ],
      ['bad.csv, dòng 13, cột Year: thiếu năm', 'bad.csv, row 13, column Year: the year is missing'],
      ['bad.csv, dòng 14, cột Value: thiếu giá trị', 'bad.csv, row 14, column Value: the value is missing'],
    ];
    for (const [vi, en] of expected) {
      expect(r.stderr).toContain(vi);
      expect(r.stderr).toContain(en);
    }
    expect(r.stderr).not.toContain('dòng 2,');
    expect(r.stderr).not.toContain('row 2,');
    // Nothing half-imported: not even the good row 2.
    expect(exported()).toBe(`\ufeff${HEADER}\r\n`);
  });

  it('refuses a column that is not a dimension of the catalog, and a duplicate or missing column', () => {
    const { run, file } = seeded;
    const r = run(
      'data',
      'import',
      file('sex.csv', 'Year,Measure,Unit,Sex,Value\n2024,2,dak-nong.cu-jut,F,50\n'),
      '--plan',
      PLAN,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'sex.csv, dòng 1, cột Sex: không phải một cột hay một phân tổ (dimension) trong danh mục của kế hoạch',
    );
    expect(r.stderr).toContain(
      "sex.csv, row 1, column Sex: not a column nor a dimension (disaggregation) of the plan's catalog",
    );
    const twice = run('data', 'import', file('twice.csv', 'Year,Measure,Unit,value,Value\n'), '--plan', PLAN);
    expect(twice.stderr).toContain('twice.csv, row 1, column Value: the column appears twice');
    const missing = run('data', 'import', file('missing.csv', 'Year,Measure,Value\n'), '--plan', PLAN);
    expect(missing.stderr).toContain('missing.csv, row 1, column Unit: required column missing');
  });

  it('reads a Period that is a year and refuses a quarter in a yearly plan', () => {
    const { run, file } = seeded;
    const r = run(
      'data',
      'import',
      file(
        'period.csv',
        'Period,Measure,Unit,Value\n2024,2,dak-nong.cu-jut,50\n2024-Q1,2,dak-nong.dak-mil,40\n',
      ),
      '--plan',
      PLAN,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'period.csv, dòng 3, cột Period: "2024-Q1": kế hoạch báo cáo hằng năm, chỉ có số liệu năm (ví dụ 2024)',
    );
    expect(r.stderr).toContain(
      'period.csv, row 3, column Period: "2024-Q1": the plan reports yearly, so its figures are yearly (e.g. 2024)',
    );
  });

  it('reads thousands dots by the file\'s decimal mark: a thousand with ";", one with ",", as --decimal says', () => {
    const { run, file, exported } = setup();
    const semi = run(
      'data',
      'import',
      file(
        'semi.csv',
        'Year;Measure;Unit;Value\r\n2019;13;dak-nong.cu-jut;1.000\r\n2019;2;dak-nong.cu-jut;98,5\r\n',
      ),
      '--plan',
      PLAN,
    );
    expect(semi.status, semi.stderr).toBe(0);
    expect(semi.stdout).toContain('semi.csv: 2 added, 0 changed, 0 unchanged');
    const comma = run(
      'data',
      'import',
      file(
        'comma.csv',
        'Year,Measure,Unit,Value\n2019,13,dak-nong.dak-mil,"1.000"\n2019,13,dak-nong.dak-song,"1,250"\n',
      ),
      '--plan',
      PLAN,
    );
    expect(comma.status, comma.stderr).toBe(0);
    const told = run(
      'data',
      'import',
      file('told.csv', 'Year,Measure,Unit,Value\n2019,2,dak-nong.tuy-duc,"98,5"\n'),
      '--plan',
      PLAN,
      '--decimal',
      ',',
    );
    expect(told.status, told.stderr).toBe(0);
    const lines = exported().split('\r\n');
    expect(lines).toContain('2019,13,dak-nong.cu-jut,1000,,,,');
    expect(lines).toContain('2019,13,dak-nong.dak-mil,1,,,,');
    expect(lines).toContain('2019,13,dak-nong.dak-song,1250,,,,');
    expect(lines).toContain('2019,2,dak-nong.cu-jut,98.5,,,,');
    expect(lines).toContain('2019,2,dak-nong.tuy-duc,98.5,,,,');
    // A decimal comma in a "," file without --decimal is refused, naming the way out.
    const refused = run(
      'data',
      'import',
      file('amb.csv', 'Year,Measure,Unit,Value\n2019,2,dak-nong.krong-no,"98,5"\n'),
      '--plan',
      PLAN,
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('amb.csv, row 2, column Value: "98,5": the file\'s decimal mark is "."');
    expect(refused.stderr).toContain('import with --decimal ,');
  });
});

/** Years before the demo's (2020–2026): no illustrative figure is replaced, every row is added. */
const GOOD = [
  HEADER,
  '2018,1,dak-nong.cu-jut,57.1429,4,7,Cục Thống kê tỉnh,"Số liệu sơ bộ, chưa chính thức"',
  '2019,1,dak-nong.cu-jut,71.4286,5,7,Cục Thống kê tỉnh,',
  '2019,3a,dak-nong.gia-nghia,0.1,,,Niên giám 2019,',
  '2019,11a,dak-nong.dak-mil,33.333333333333336,,,,',
  '2019,13,dak-nong.krong-no,1250000,,,,',
  '2019,2,dak-nong,98.5,,,"Điều tra ""MICS""",',
].join('\r\n');

describe('kehoach data import, export: the same file twice, and back again', () => {
  it('changes nothing the second time, and counts what changed', () => {
    const { run, file, exported } = setup();
    const first = run('data', 'import', file('good.csv', `${GOOD}\r\n`), '--plan', PLAN);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('good.csv: thêm 6, đổi 0, giữ nguyên 0');
    expect(first.stdout).toContain('good.csv: 6 added, 0 changed, 0 unchanged');
    const again = run('data', 'import', 'good.csv', '--plan', PLAN);
    expect(again.stdout).toContain('good.csv: 0 added, 0 changed, 6 unchanged');
    const edit = run(
      'data',
      'import',
      file(
        'edit.csv',
        `${HEADER}\n2019,3a,dak-nong.gia-nghia,0.2,,,Niên giám 2019,\n2017,2,dak-nong.cu-jut,90,,,,\n`,
      ),
      '--plan',
      PLAN,
    );
    expect(edit.stdout).toContain('edit.csv: 1 added, 1 changed, 0 unchanged');
    expect(exported()).toContain('2019,3a,dak-nong.gia-nghia,0.2,,,Niên giám 2019,');
  });

  it('round-trips through CSV: the export is the file as imported, figures exactly as typed', () => {
    const { run, file, exported } = setup();
    expect(run('data', 'import', file('good.csv', `${GOOD}\r\n`), '--plan', PLAN).status).toBe(0);
    const out = exported();
    expect(out.startsWith(`\ufeff${HEADER}\r\n`)).toBe(true);
    // Catalog order (1, 3a, 11a, 13, 2 as the catalog lists them), then unit and year.
    const body = out.slice(1).trim().split('\r\n').slice(1).sort();
    expect(body).toEqual(GOOD.split('\r\n').slice(1).sort());
    const back = run('data', 'import', file('back.csv', out), '--plan', PLAN);
    expect(back.stdout).toContain('back.csv: 0 added, 0 changed, 6 unchanged');
    expect(exported()).toBe(out);
  });

  it('round-trips through a workbook', async () => {
    const { dir, run, file, exported } = setup();
    expect(run('data', 'import', file('good.csv', `${GOOD}\r\n`), '--plan', PLAN).status).toBe(0);
    const csv = exported();
    const r = run('data', 'export', '--plan', PLAN, '--format', 'xlsx', '-o', 'out.xlsx');
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out.xlsx'));
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADER.split(',')]);
    expect(ws.rowCount).toBe(7);
    const back = run('data', 'import', 'out.xlsx', '--plan', PLAN);
    expect(back.stdout).toContain('out.xlsx: 0 added, 0 changed, 6 unchanged');
    expect(exported()).toBe(csv);
  });
});

describe('kehoach data template', () => {
  it('writes a workbook of the measures × units the plan expects, with drop-downs and bounds, that imports once filled', async () => {
    const { dir, run, exported } = setup();
    const r = run('data', 'template', '--plan', PLAN, '--period', '2019', '-o', 'mau.xlsx');
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'mau.xlsx'));
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADER.split(',')]);
    expect(String(ws.getCell('D1').note)).toContain('Measures');
    const rows = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (n > 1) rows.set(`${row.getCell(1).value}|${row.getCell(2).value}|${row.getCell(3).value}`, n);
    });
    // Measure 1 is reported for districts and communes, never for the provinces.
    expect(rows.has('2019|1|dak-nong.cu-jut')).toBe(true);
    expect(rows.has('2019|1|dak-nong')).toBe(false);
    expect(rows.has('2019|2|dak-nong')).toBe(true);
    const measures = wb.getWorksheet('Measures')!;
    const percent = measures.getRow(2).values as unknown[];
    expect(percent.slice(1, 2)).toEqual(['1']);
    expect(percent.slice(-2)).toEqual([0, 100]);
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }
    ).dataValidations.model;
    const list = Object.entries(validations).filter(([, v]) => v.type === 'list');
    expect(list.map(([, v]) => v.formulae[0])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Measures!\$A\$2:\$A\$\d+$/),
        expect.stringMatching(/^Units!\$A\$2:\$A\$\d+$/),
      ]),
    );
    // Each Value cell limited to its measure's bounds: measure 1 is a percentage, 13 a count.
    const bounds = (key: string) =>
      Object.entries(validations).find(([range, v]) => {
        const [from, to = from] = range.replace(/[A-Z]/g, '').split(':').map(Number);
        const n = rows.get(key)!;
        return range.startsWith('D') && v.type !== 'list' && from! <= n && n <= to!;
      })?.[1];
    expect(bounds('2019|1|dak-nong.cu-jut')).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(bounds('2019|13|dak-nong.cu-jut')).toMatchObject({ type: 'whole', formulae: [0] });
    const row = (key: string) => ws.getRow(rows.get(key)!);
    row('2019|1|dak-nong.cu-jut').getCell(4).value = 62.5;
    row('2019|1|dak-nong.cu-jut').getCell(5).value = 5;
    row('2019|1|dak-nong.cu-jut').getCell(6).value = 8;
    row('2019|2|dak-nong').getCell(4).value = '98,5'; // typed as text: read by the workbook's rule
    row('2019|2|dak-nong').getCell(7).value = 'Cục Thống kê';
    await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));
    const bad = run('data', 'import', 'filled.xlsx', '--plan', PLAN);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      `filled.xlsx, row ${rows.get('2019|2|dak-nong')}, column Value: "98,5": the file's decimal mark is "."`,
    );
    row('2019|2|dak-nong').getCell(4).value = 98.5;
    await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));
    const ok = run('data', 'import', 'filled.xlsx', '--plan', PLAN);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(
      `filled.xlsx: 2 added, 0 changed, 0 unchanged; ${rows.size - 2} blank rows skipped`,
    );
    expect(exported().split('\r\n')).toEqual(
      expect.arrayContaining(['2019,1,dak-nong.cu-jut,62.5,5,8,,', '2019,2,dak-nong,98.5,,,Cục Thống kê,']),
    );
  });

  it('refuses a period the plan does not report on, naming --period', () => {
    const r = seeded.run('data', 'template', '--plan', PLAN, '--period', '2025-Q1', '-o', 'x.xlsx');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '--period: "2025-Q1": the plan reports yearly, so its figures are yearly (e.g. 2025)',
    );
    const none = seeded.run('data', 'template', '--plan', PLAN, '-o', 'x.xlsx');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--period <year|period> is required');
  });
});
