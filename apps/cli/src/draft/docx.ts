import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DocumentError } from './errors.js';
import { Numbering } from './numbering.js';
import { CELL_BREAK } from './text.js';

/**
 * A .docx → text lines, through mammoth. Word's automatic numbers are written into each
 * paragraph's text first (see numbering.ts), since mammoth keeps only the list structure;
 * tables become "| cell | cell |" rows so an indicator table reads like a markdown one; the
 * paragraphs of one cell are kept apart by U+2028 (a header table holds the issuer and "Số:"
 * in one cell). A password-protected file is an OLE compound file, not a zip: refused by name.
 */

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new DocumentError(
      `${file}: tệp được bảo vệ bằng mật khẩu (hoặc là tệp Word 97-2003 .doc đổi tên): không đọc được. Hãy gỡ mật khẩu hoặc lưu lại dưới dạng .docx.`,
      `${file}: the file is password-protected (or a Word 97-2003 .doc renamed): it cannot be read. Remove the password or save it as .docx.`,
    );
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new DocumentError(
      `${file}: không phải tệp .docx (không phải tệp nén Office Open XML).`,
      `${file}: not a .docx file (not an Office Open XML package).`,
    );
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new DocumentError(
      `${file}: tệp .docx hỏng, không mở được (${(err as Error).message}).`,
      `${file}: the .docx is damaged and cannot be opened (${(err as Error).message}).`,
    );
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined)
    throw new DocumentError(
      `${file}: tệp nén không có word/document.xml: không phải văn bản Word.`,
      `${file}: the package has no word/document.xml: not a Word document.`,
    );
  const numbering = new Numbering(
    await zip.file('word/numbering.xml')?.async('string'),
    await zip.file('word/styles.xml')?.async('string'),
  );
  zip.file('word/document.xml', withNumbers(documentXml, numbering));
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  const { value: html } = await mammoth.convertToHtml({ buffer });
  return htmlToText(html);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes each numbered paragraph's label as its first run and drops its list reference. */
function withNumbers(xml: string, numbering: Numbering): string {
  return xml
    .replace(/<w:p\b[^>]*\/>/g, '')
    .replace(/<w:p\b([^>]*)>([\s\S]*?)<\/w:p>/g, (whole, attrs: string, inner: string) => {
      const pPr = /^\s*<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner)?.[0] ?? '';
      const label = numbering.label(pPr);
      if (label === undefined) return whole;
      const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
      const props = pPr.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, '').replace(/<w:pStyle\b[^>]*\/>/, '');
      return `<w:p${attrs}>${props}${run}${inner.slice(pPr.length)}</w:p>`;
    });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
  );

const blockText = (html: string) =>
  decode(
    html
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<\/(p|h\d|li)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );

/** mammoth's HTML (p, h1–h6, ol/ul/li, table/tr/td, strong, em, a, br) → one line per block. */
export function htmlToText(html: string): string {
  const withTables = html.replace(/<table>([\s\S]*?)<\/table>/g, (_, table: string) => {
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => {
      const cells = [...r[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
        blockText(c[1]!)
          .split('\n')
          .map((p) => p.trim().replace(/\|/g, '/'))
          .filter(Boolean)
          .join(CELL_BREAK),
      );
      return `| ${cells.join(' | ')} |`;
    });
    return `</p>${rows.join('\n')}\n<p>`;
  });
  return blockText(withTables)
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}
