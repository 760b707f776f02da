/**
 * Open the exports in LibreOffice (headless) to prove they are files an office suite reads:
 * builds a demo database in memory, files and accepts a report, downloads the xlsx and docx
 * through the API, converts docx → txt and xlsx → csv with soffice and checks the text.
 * Run: pnpm --filter @kehoach/server check:office   (needs `soffice`; exits 2 when missing)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { healthContent, jsonReq, login, PLAN, REPORT_PATH, testServer, YEAR } from '../test/helpers.js';

const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
const soffice = which.stdout.trim();
if (!soffice) {
  console.error('soffice not found: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui');
  process.exit(2);
}

const s = await testServer();
const reporter = await login(s.app, 'so-y-te');
const reviewer = await login(s.app, 'reviewer');
const content = {
  ...healthContent('Tổ chức 12 lớp tập huấn bảo vệ trẻ em'),
  measures: [
    {
      measureId: 'qd23.4a',
      value: 7.5,
      numerator: 75,
      denominator: 1000,
      dataSource: 'Thống kê ngành y tế',
      note: '',
    },
  ],
};
const sub = await s.app.request(
  `${REPORT_PATH}/submit`,
  jsonReq('POST', reporter, { content }, { 'idempotency-key': 'office' }),
);
const id = ((await sub.json()) as { id: string }).id;
await s.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer));

const dir = mkdtempSync(join(tmpdir(), 'kehoach-office-'));
const profile = mkdtempSync(join(tmpdir(), 'kehoach-lo-profile-'));
let failed = false;
try {
  for (const [format, target, expected] of [
    [
      'docx',
      'txt:Text',
      [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'IV. TỔ CHỨC THỰC HIỆN',
        'Tổ chức 12 lớp tập huấn bảo vệ trẻ em',
      ],
    ],
    ['xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76', ['Chỉ tiêu', '7.5', 'Tỷ lệ']],
  ] as const) {
    const res = await s.app.request(
      `/api/v1/plans/${PLAN}/exports/${YEAR}/${format}`,
      jsonReq('GET', reviewer),
    );
    const file = join(dir, `report.${format}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const started = Date.now();
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        target,
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out = readdirSync(dir).find(
      (f) =>
        f.startsWith('report.') &&
        f !== `report.${format}` &&
        !f.endsWith('.docx') &&
        !f.endsWith('.xlsx') &&
        f.endsWith(`.${target.split(':')[0] as string}`),
    );
    if (!out) throw new Error(`LibreOffice produced no ${target} for ${format}`);
    const text = readFileSync(join(dir, out), 'utf8');
    const missing = expected.filter((e) => !text.includes(e));
    console.log(
      `${format} → ${out}: ${text.length} chars in ${Date.now() - started} ms${missing.length ? `; MISSING ${missing.join(' | ')}` : '; ok'}`,
    );
    if (missing.length) failed = true;
  }
} finally {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
