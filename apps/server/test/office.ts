import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usernameFor } from '@kehoach/mocks';
import {
  contentOf,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  type TestServer,
  testServer,
  YEAR,
} from './helpers.js';

/** `soffice` on PATH (or SOFFICE_PATH), or '' when LibreOffice is not installed. */
export function findSoffice(): string {
  if (process.env.SOFFICE_PATH) return process.env.SOFFICE_PATH;
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** A paragraph of an officer's account, long enough that the report runs over several pages. */
function longResults(task: string): string {
  return (
    `Kết quả thực hiện nhiệm vụ ${task}: đã ban hành văn bản hướng dẫn, tổ chức 12 lớp tập huấn cho ` +
    '480 lượt cán bộ làm công tác trẻ em cấp xã, phối hợp với Đoàn Thanh niên và Hội Liên hiệp ' +
    'phụ nữ tuyên truyền tại 71 xã, phường về quyền trẻ em, phòng, chống xâm hại, tai nạn thương ' +
    'tích và đuối nước; kiểm tra, giám sát tại 9 đơn vị, kịp thời chấn chỉnh những hạn chế trong ' +
    'quản lý hồ sơ trẻ em có hoàn cảnh đặc biệt; kinh phí bố trí từ nguồn sự nghiệp và vận động xã hội hóa.'
  );
}

export interface RealisticYear {
  server: TestServer;
  reviewer: string;
  /** Agencies whose reports were accepted, in the order the test made them so. */
  accepted: string[];
  download(format: 'docx' | 'xlsx'): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * The demo year as a reviewer meets it (drafts, submitted, returned, accepted and missing
 * reports), then brought close to a real consolidation: the submitted reports accepted, and the
 * returned one resubmitted with a long account of every task and accepted. The resulting report
 * spans several agencies, every measure and long texts: well over three pages.
 */
export async function buildRealisticYear(): Promise<RealisticYear> {
  const server = await testServer({}, { demoReports: true });
  const reviewer = await login(server.app, 'reviewer');
  const rows = await server.db.kysely
    .selectFrom('reports')
    .select(['id', 'agency_id', 'status'])
    .where('plan_id', '=', PLAN)
    .where('year', '=', YEAR)
    .orderBy('agency_id')
    .execute();
  const accept = async (id: string) => {
    const res = await server.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer));
    if (res.status !== 200) throw new Error(`accept ${id}: ${res.status} ${await res.text()}`);
  };
  const accepted = rows.filter((r) => r.status === 'accepted').map((r) => r.agency_id);
  for (const r of rows.filter((x) => x.status === 'submitted')) {
    await accept(r.id);
    accepted.push(r.agency_id);
  }
  for (const r of rows.filter((x) => x.status === 'returned')) {
    const token = await login(server.app, usernameFor(r.agency_id));
    const content = contentOf(r.agency_id);
    content.tasks = content.tasks.map((t) => ({ ...t, results: longResults(t.taskId) }));
    content.difficulties =
      'Đội ngũ cán bộ làm công tác trẻ em cấp xã còn kiêm nhiệm nhiều việc, thường xuyên thay đổi; kinh phí bố trí cho công tác trẻ em ở một số địa phương còn hạn chế.';
    content.recommendations =
      'Đề nghị bố trí kinh phí riêng cho công tác bảo vệ trẻ em cấp xã và tăng cường tập huấn cho cộng tác viên thôn, bon, tổ dân phố.';
    const current = await server.app.request(REPORT_PATH, jsonReq('GET', token));
    const res = await server.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq(
        'POST',
        token,
        { content },
        { 'idempotency-key': `office-${r.id}`, 'if-match': current.headers.get('etag') ?? '' },
      ),
    );
    if (res.status !== 200 && res.status !== 201)
      throw new Error(`resubmit ${r.id}: ${res.status} ${await res.text()}`);
    await accept(((await res.json()) as { id: string }).id);
    accepted.push(r.agency_id);
  }
  return {
    server,
    reviewer,
    accepted,
    download: async (format) => {
      const res = await server.app.request(
        `/api/v1/plans/${PLAN}/exports/${YEAR}/${format}`,
        jsonReq('GET', reviewer),
      );
      if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${await res.text()}`);
      return Buffer.from(await res.arrayBuffer());
    },
    close: () => server.close(),
  };
}

/**
 * Convert `data` (a file named `name`) with LibreOffice headless into `target` (e.g. "pdf") in a fresh directory, with
 * a fresh user profile so no setting of this machine changes the layout. Returns the output path.
 */
export function convert(soffice: string, data: Buffer, target: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-office-'));
  const profile = mkdtempSync(join(tmpdir(), 'kehoach-lo-profile-'));
  const input = join(dir, name);
  try {
    writeFileSync(input, data);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        target,
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const ext = target.split(':')[0] as string;
  const out = readdirSync(dir).find((f) => f.endsWith(`.${ext}`) && f !== name);
  if (!out) throw new Error(`LibreOffice produced no ${ext} from ${name}`);
  return join(dir, out);
}

/** Run a poppler tool (pdfinfo, pdftotext, pdffonts, pdftoppm) and return its stdout. */
export function poppler(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfWord {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word of the PDF with its page and box in points (pdftotext -bbox). */
export function pdfWords(pdf: string): { pages: { width: number; height: number }[]; words: PdfWord[] } {
  const html = poppler('pdftotext', ['-bbox', pdf, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else
      words.push({
        page: pages.length,
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
        text: decode(m[7] ?? ''),
      });
  }
  return { pages, words };
}

/** The text of each page (1-based index → text) in content order, whitespace collapsed. */
export function pageTexts(pdf: string, count: number): string[] {
  const out: string[] = [];
  for (let p = 1; p <= count; p++)
    out.push(
      poppler('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'])
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return out;
}
