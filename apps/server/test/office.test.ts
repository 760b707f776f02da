/**
 * The consolidated report opened in LibreOffice (headless) as an office would print it: the docx
 * of a realistic year (several agencies, every measure, long accounts) converted to PDF, then
 * read with poppler (pdfinfo, pdffonts, pdftotext) for what Decree 30/2020/NĐ-CP asks of the
 * page: A4, the margins, Times New Roman (or Liberation Serif, its metric-compatible substitute),
 * page numbers at the top centre from page 2 only, the signature block on one page and no table
 * row split across pages. The xlsx is checked for its autofilters and print titles.
 *
 * Runs where `soffice` is installed (scripts/office.mjs installs it: `ensureLibreOffice`). The
 * config leaves this file out on a machine without it, except in CI (CI=true), where a missing
 * LibreOffice fails the run instead of skipping it.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../src/exports/xlsx.js';
import {
  buildRealisticYear,
  convert,
  findSoffice,
  pageTexts,
  pdfWords,
  poppler,
  type RealisticYear,
} from './office.js';

const PT_PER_TWIP = 1 / 20;
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Rows of the docx's tables: the text of each cell (paragraphs joined), and whether it is a header row. */
function tableRows(xml: string): { cells: string[]; header: boolean }[] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => ({
    header: m[0].includes('<w:tblHeader/>'),
    cells: [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
      norm(
        [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
          .map((p) =>
            [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
          )
          .join(' '),
      ),
    ),
  }));
}

let year: RealisticYear;
let docx: Buffer;
let xlsx: Buffer;
let pdf = '';
let documentXml = '';
let pageCount = 0;
let texts: string[] = [];

beforeAll(async () => {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) not found: run `node scripts/office.mjs` (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)',
    );
  year = await buildRealisticYear();
  docx = await year.download('docx');
  xlsx = await year.download('xlsx');
  documentXml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  pdf = convert(soffice, docx, 'pdf', 'bao-cao.docx');
  pageCount = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
  texts = pageTexts(pdf, pageCount).map(norm);
}, 240_000);

afterAll(async () => {
  await year?.close();
  if (pdf) rmSync(dirname(pdf), { recursive: true, force: true });
});

describe('the consolidated docx in LibreOffice', () => {
  it('is a report of several pages, every one A4', () => {
    expect(year.accepted.length).toBeGreaterThanOrEqual(4);
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const info = poppler('pdfinfo', ['-f', '1', '-l', String(pageCount), pdf]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes.length).toBe(pageCount);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.3, 0); // 210 mm
      expect(h).toBeCloseTo(841.9, 0); // 297 mm
    }
  });

  it('keeps the margins of the decree, in the docx and on the printed page', () => {
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    const m = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)?.[1]);
    const mm = (x: number) => (x * 25.4) / 1440;
    expect(mm(m('top'))).toBeGreaterThanOrEqual(20 - 0.05);
    expect(mm(m('top'))).toBeLessThanOrEqual(25 + 0.05);
    expect(mm(m('bottom'))).toBeGreaterThanOrEqual(20 - 0.05);
    expect(mm(m('bottom'))).toBeLessThanOrEqual(25 + 0.05);
    expect(mm(m('left'))).toBeGreaterThanOrEqual(30 - 0.05);
    expect(mm(m('left'))).toBeLessThanOrEqual(35 + 0.05);
    expect(mm(m('right'))).toBeGreaterThanOrEqual(15 - 0.05);
    expect(mm(m('right'))).toBeLessThanOrEqual(20 + 0.05);

    // Every word of the body lies inside those margins (the page number sits in the header).
    const { pages, words } = pdfWords(pdf);
    const top = m('top') * PT_PER_TWIP;
    const body = words.filter((w) => w.yMin >= top - 1);
    expect(body.length).toBeGreaterThan(1000);
    for (const w of body) {
      const page = pages[w.page - 1] as { width: number; height: number };
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(m('left') * PT_PER_TWIP - 0.5);
      expect(w.xMax, w.text).toBeLessThanOrEqual(page.width - m('right') * PT_PER_TWIP + 0.5);
      expect(w.yMax, w.text).toBeLessThanOrEqual(page.height - m('bottom') * PT_PER_TWIP + 0.5);
    }
  });

  it('is set in Times New Roman or its metric-compatible substitute, every font embedded', () => {
    const rows = poppler('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name = '', , , emb] = row.split(/\s+/);
      expect(name.replace(/^[A-Z]{6}\+/, ''), row).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
      expect(emb, row).toBe('yes');
    }
  });

  it('numbers its pages at the top centre from page 2, and not on page 1', async () => {
    const zip = await JSZip.loadAsync(docx);
    const headerXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d*\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(headerXml.some((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h))).toBe(true);
    expect(documentXml).toContain('<w:titlePg/>');

    const { pages, words } = pdfWords(pdf);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    const twips = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)?.[1]);
    const top = twips('top') * PT_PER_TWIP;
    const centre = (twips('left') * PT_PER_TWIP + (595.3 - twips('right') * PT_PER_TWIP)) / 2;
    for (let p = 1; p <= pages.length; p++) {
      const inHeader = words.filter((w) => w.page === p && w.yMax <= top + 0.5);
      if (p === 1) {
        expect(inHeader).toEqual([]);
        expect(texts[0]?.startsWith('1 ')).toBe(false);
        continue;
      }
      expect(inHeader.map((w) => w.text)).toEqual([String(p)]);
      const w = inHeader[0] as { xMin: number; xMax: number };
      expect(Math.abs((w.xMin + w.xMax) / 2 - centre)).toBeLessThan(3);
      expect(texts[p - 1]?.startsWith(`${p} `)).toBe(true);
    }
  });

  it('splits no table row across pages, and repeats the header rows', () => {
    const rows = tableRows(documentXml);
    const body = rows.filter((r) => !r.header);
    expect(body.length).toBeGreaterThanOrEqual(45);
    for (const r of body) {
      const text = r.cells.filter(Boolean).join(' ');
      const on = texts.flatMap((t, i) => (t.includes(text) ? [i + 1] : []));
      expect(on.length, `row "${text.slice(0, 80)}…" should be whole on one page, found on ${on}`).toBe(1);
    }
    // the indicator table runs over several pages and its header row heads each of them
    const header = rows.find((r) => r.header && r.cells[0] === 'Mã');
    const headerText = header?.cells.join(' ') ?? '';
    const onPages = texts.filter((t) => t.includes(headerText)).length;
    expect(onPages).toBeGreaterThanOrEqual(2);
  });

  it('keeps the signature block (recipients, title, name) together on one page', () => {
    const signature = tableRows(documentXml).find((r) => r.cells.some((c) => c.startsWith('GIÁM ĐỐC')));
    expect(signature?.cells[1]).toBe('GIÁM ĐỐC ……………………');
    const last = texts[pageCount - 1] ?? '';
    expect(last).toContain(signature?.cells.join(' '));
    expect(texts.join(' ')).not.toContain('Ký, ghi rõ họ tên');
  });

  it('carries the accepted reports’ long accounts and the document code from the registry', () => {
    const all = texts.join(' ');
    expect(all).toContain('Số: …/BC-SYT');
    expect(all).toContain('- Lưu: VT, SYT.');
    expect(all).toContain('Kế hoạch số /KH-UBND ngày … tháng 02 năm 2021');
    expect(all).toContain('Kết quả thực hiện nhiệm vụ II.2.a: đã ban hành văn bản hướng dẫn');
    expect(all).toMatch(/trên cơ sở báo cáo đã được chấp nhận của \d+\/10 cơ quan, đơn vị phải báo cáo/);
  });
});

describe('the consolidated xlsx', () => {
  it('has an autofilter on every data table and its header row as print titles', async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const titles = [
      ...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g),
    ];
    expect(titles.map((t) => [Number(t[1]), decode(t[2] ?? '')])).toEqual(
      Object.values(SHEETS).map((name, i) => [i, `'${name}'!$1:$1`]),
    );
    for (let i = 1; i <= Object.values(SHEETS).length; i++) {
      const sheet = (await zip.file(`xl/worksheets/sheet${i}.xml`)?.async('string')) ?? '';
      const ref = /<autoFilter ref="A1:([A-Z]+)(\d+)"\/>/.exec(sheet);
      expect(ref, `sheet${i}`).not.toBeNull();
      expect(Number(ref?.[2])).toBeGreaterThan(1);
      expect(sheet).toMatch(
        /<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/,
      );
    }
  });
});
