import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Every cell value of every sheet of an xlsx file, as numbers and texts. */
export async function xlsxValues(bytes: Buffer): Promise<{ numbers: number[]; texts: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const numbers: number[] = [];
  const texts: string[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (typeof v === 'number') numbers.push(v);
        else if (
          v &&
          typeof v === 'object' &&
          'result' in v &&
          typeof (v as { result: unknown }).result === 'number'
        )
          numbers.push((v as { result: number }).result);
        else if (v !== null && v !== undefined) texts.push(cell.text);
      });
    });
  });
  return { numbers, texts };
}

/** The text of a docx body (word/document.xml with tags removed, runs joined). */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml missing');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
