import { DocumentError } from './errors.js';

/**
 * A text file's bytes → its text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * mark are read as they are; a file that is not UTF-8 is tried as Windows-1258 (Vietnamese
 * Windows code page, converted — its tone marks are combining characters, so the text is put in
 * NFC) and as the legacy font encodings TCVN3 (ABC) and VNI, which are refused with their name:
 * their letters are Latin-1 characters a font draws as Vietnamese, and converting them needs a
 * whole table per font (UniKey's "Chuyển mã" does it). The same font-encoded words inside a
 * UTF-8 file (text pasted from a TCVN3 document) are refused too.
 */

/** Common words as each legacy encoding spells them when read as Latin-1 / Unicode. */
const SIGNS: Record<'TCVN3' | 'VNI', string[]> = {
  TCVN3: [
    'cña',
    'vµ',
    'c¸c',
    '®­îc',
    'ViÖt',
    'nh©n d©n',
    'thùc hiÖn',
    'tØnh',
    'trÎ em',
    'n¨m',
    'ng­êi',
    'viÖc',
    'Së',
    'UBND tØnh',
  ],
  VNI: [
    'cuûa',
    'vaø',
    'caùc',
    'ñöôïc',
    'Vieät',
    'nhaân daân',
    'thöïc hieän',
    'tænh',
    'treû em',
    'naêm',
    'ngöôøi',
    'vieäc',
    'Sôû',
  ],
};
const VIETNAMESE = [
  'của',
  'và',
  'các',
  'được',
  'Việt',
  'nhân dân',
  'thực hiện',
  'tỉnh',
  'trẻ em',
  'năm',
  'người',
  'việc',
  'Sở',
];

const count = (text: string, words: string[]) => words.reduce((n, w) => n + (text.includes(w) ? 1 : 0), 0);

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
}

function refuse(name: 'TCVN3' | 'VNI', file: string): never {
  const font = name === 'TCVN3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI (phông VNI-Times)';
  throw new DocumentError(
    `${file}: văn bản dùng bảng mã cũ ${font}, không phải Unicode. Hãy chuyển sang Unicode (ví dụ UniKey → Chuyển mã: nguồn ${name}, đích Unicode) rồi chạy lại.`,
    `${file}: the text is in the legacy Vietnamese encoding ${name === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI'}, not Unicode. Convert it to Unicode (e.g. UniKey's converter: source ${name}, target Unicode) and run again.`,
  );
}

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  if (utf8 !== undefined) {
    const native = count(utf8, VIETNAMESE);
    for (const name of ['TCVN3', 'VNI'] as const)
      if (count(utf8, SIGNS[name]) >= 3 && native < 3) refuse(name, file);
    return { text: utf8, encoding: 'utf-8' };
  }
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const scores = {
    'windows-1258': count(cp1258, VIETNAMESE),
    TCVN3: count(latin1, SIGNS.TCVN3),
    VNI: count(latin1, SIGNS.VNI),
  };
  const best = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] >= 2) {
    if (best[0] === 'windows-1258') return { text: cp1258, encoding: 'windows-1258' };
    refuse(best[0], file);
  }
  throw new DocumentError(
    `${file}: tệp không phải văn bản UTF-8 và không nhận ra bảng mã (Windows-1258, TCVN3, VNI). Hãy lưu lại dưới dạng Unicode (UTF-8).`,
    `${file}: the file is not UTF-8 text and its encoding is not recognised (Windows-1258, TCVN3, VNI). Save it as Unicode (UTF-8).`,
  );
}
