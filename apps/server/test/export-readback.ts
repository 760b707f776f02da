/**
 * Reading the consolidated exports back as a consumer would: every XML part of the xlsx and the
 * docx through a strict XML 1.0 parser (saxes, the parser ExcelJS itself reads with: it refuses
 * characters XML 1.0 cannot carry, such as U+FFFE, where lenient parsers pass them), the
 * workbook through ExcelJS.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Parse `xml` strictly; throws on the first well-formedness error. Returns the text of each `<w:p>` (docx) or of the document. */
export function parseXml(xml: string, name: string): { paragraphs: string[]; text: string } {
  const parser = new SaxesParser({ xmlns: false });
  const paragraphs: string[] = [];
  const all: string[] = [];
  let inText = 0;
  let current: string[] = [];
  parser.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  parser.on('opentag', (t) => {
    if (t.name === 'w:t' || t.name === 't') inText++;
    if (t.name === 'w:p') current = [];
  });
  parser.on('closetag', (t) => {
    if (t.name === 'w:t' || t.name === 't') inText--;
    if (t.name === 'w:p') paragraphs.push(current.join(''));
  });
  parser.on('text', (s) => {
    if (inText > 0) {
      current.push(s);
      all.push(s);
    }
  });
  parser.write(xml).close();
  return { paragraphs, text: all.join('\n') };
}

/** Every `.xml` and `.rels` part of an OOXML package, parsed strictly; the parts by name. */
export async function parseParts(file: ArrayBuffer): Promise<Map<string, ReturnType<typeof parseXml>>> {
  const zip = await JSZip.loadAsync(file);
  const out = new Map<string, ReturnType<typeof parseXml>>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    out.set(name, parseXml((await zip.file(name)?.async('string')) ?? '', name));
  }
  return out;
}

/** The paragraphs of the docx body (`word/document.xml`), each parsed part checked. */
export async function docxParagraphs(file: ArrayBuffer): Promise<string[]> {
  const parts = await parseParts(file);
  const doc = parts.get('word/document.xml');
  if (!doc) throw new Error('docx without word/document.xml');
  return doc.paragraphs;
}

/** Every string cell of every sheet, read back by ExcelJS after a strict parse of each part. */
export async function xlsxStrings(file: ArrayBuffer): Promise<{ sheet: string; text: string }[]> {
  await parseParts(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file);
  const out: { sheet: string; text: string }[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') out.push({ sheet: ws.name, text: cell.value });
      }),
    );
  return out;
}

/** What an XML reader gives back for `text`: line ends are normalised to LF (XML 1.0 §2.11). */
export const asXmlReads = (text: string): string => text.replace(/\r\n?/g, '\n');
