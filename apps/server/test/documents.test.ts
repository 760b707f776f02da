/**
 * A document with only what every document has (a national programme of the Prime Minister:
 * title, kind, issuer, issue date, period, catalog, reporting period and zone) goes through the
 * server: stored by `storeBundles` as written (absent parts absent), and consolidated into a
 * docx and an xlsx that are well-formed and print no placeholder for a part the plan lacks.
 */
import type { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
  nationalCatalog,
  nationalProgramme,
  nationalRegistry,
} from '../../../packages/sdk/test/fixtures/national-programme.js';
import { consolidate } from '../src/exports/data.js';
import { buildDocx } from '../src/exports/docx.js';
import { buildXlsx } from '../src/exports/xlsx.js';
import { BundleStore, storeBundles } from '../src/services/bundles.js';
import { docxParagraphs, xlsxStrings } from './export-readback.js';
import { useTestServer } from './helpers.js';

const s = useTestServer('file');
const YEAR = 2027;
const NOW = new Date('2028-02-01T03:00:00Z');
/** What a missing part must never turn into in a document. */
const PLACEHOLDERS = /undefined|null|NaN|\[object Object\]/;

async function stored() {
  await storeBundles(
    s.db.kysely,
    { catalogs: [nationalCatalog], plans: [{ plan: nationalProgramme, registry: nationalRegistry }] },
    '2028-01-01T00:00:00.000Z',
  );
  const bundle = await new BundleStore(s.db.kysely).bundle(nationalProgramme.id);
  if (!bundle) throw new Error('the programme was not stored');
  return bundle;
}

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('a minimal national programme on the server', () => {
  it('is stored as written: absent parts stay absent', async () => {
    const bundle = await stored();
    expect(bundle.plan).toEqual(nationalProgramme);
    expect(bundle.registry).toEqual(nationalRegistry);
    expect(bundle.catalog).toEqual(nationalCatalog);
    expect('taskGroups' in bundle.plan || 'signer' in bundle.plan || 'number' in bundle.plan).toBe(false);
  });

  it('exports a well-formed docx citing the programme by kind and date, without the parts it lacks', async () => {
    const c = await consolidate(s.db.kysely, await stored(), YEAR, NOW);
    const paragraphs = await docxParagraphs(arrayBuffer(await buildDocx(c)));
    const text = paragraphs.join('\n');
    expect(text).not.toMatch(PLACEHOLDERS);
    expect(text).toContain(
      'Kết quả thực hiện Chương trình hành động minh họa vì trẻ em giai đoạn 2026 - 2030 năm 2027',
    );
    const reference = paragraphs.find((p) => p.startsWith('Thực hiện '));
    // No number in the bundle: no "số …"; the date as issued; the issuer by its name.
    expect(reference).toMatch(
      /^Thực hiện Chương trình ngày 15 tháng 3 năm 2026 của Thủ tướng Chính phủ về hành động minh họa vì trẻ em/,
    );
    expect(reference).not.toContain('…');
    // Targets and organisation only: no tasks, no funding section; numbered as they come.
    expect(paragraphs).toContain('I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU');
    expect(paragraphs).toContain('II. TỔ CHỨC THỰC HIỆN');
    expect(text).not.toMatch(/NHIỆM VỤ VÀ GIẢI PHÁP|KINH PHÍ|III\./);
    // No due date: none is printed, and nothing is overdue.
    expect(text).not.toMatch(/hạn nộp|quá hạn/i);
    expect(text).toContain(`Năm ${YEAR} có 0 cơ quan, đơn vị phải báo cáo; 0 báo cáo đã được chấp nhận`);
  });

  it('exports a well-formed xlsx without placeholders or a due date', async () => {
    const c = await consolidate(s.db.kysely, await stored(), YEAR, NOW);
    const cells = await xlsxStrings(arrayBuffer(await buildXlsx(c)));
    const all = cells.map((x) => x.text).join('\n');
    expect(all).not.toMatch(PLACEHOLDERS);
    expect(all).not.toContain('Hạn nộp');
    expect(all).toContain('Tỷ lệ minh họa');
    expect(cells.some((x) => x.text.startsWith('Số liệu tính đến'))).toBe(true);
  });
});
