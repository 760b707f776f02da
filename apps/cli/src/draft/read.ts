import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { docxToText } from './docx.js';
import { decodeText } from './encoding.js';
import { DocumentError } from './errors.js';
import { toLines } from './text.js';
import type { DraftReport, SourceLine } from './types.js';

export interface ReadDocument {
  lines: SourceLine[];
  /** The text the line numbers count in (for a .docx, the text extracted from it). */
  text: string;
  source: Omit<DraftReport['source'], 'lines'>;
}

/** A document file (.docx, .txt, .md) → its logical lines, or a DocumentError saying why not. */
export async function readDocument(path: string): Promise<ReadDocument> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new DocumentError(
      `${file}: không đọc được tệp (${(err as Error).message}).`,
      `${file}: cannot read the file (${(err as Error).message}).`,
    );
  }
  if (ext === '.docx') {
    const text = await docxToText(bytes, file);
    return { lines: toLines(text, false), text, source: { file, format: 'docx', encoding: 'docx' } };
  }
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') {
    const { text, encoding } = decodeText(bytes, file);
    const md = ext !== '.txt';
    return { lines: toLines(text, md), text, source: { file, format: md ? 'md' : 'txt', encoding } };
  }
  if (ext === '.doc')
    throw new DocumentError(
      `${file}: tệp Word 97-2003 (.doc) chưa đọc được; hãy lưu lại dưới dạng .docx.`,
      `${file}: Word 97-2003 (.doc) files are not read; save it as .docx.`,
    );
  throw new DocumentError(
    `${file}: chỉ đọc được .docx, .txt, .md (không phải ${ext || 'không có đuôi'}).`,
    `${file}: only .docx, .txt and .md are read (not ${ext || 'no extension'}).`,
  );
}
