/** Word's automatic numbers computed from numbering.xml as Word counts them. */
import { describe, expect, it } from 'vitest';
import { Numbering } from '../src/draft/numbering.js';

const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = `<w:numbering>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter', '%1.', 3)}${lvl(1, 'lowerRoman', '(%2)')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
const STYLES = `<w:styles><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`;
const p = (numId: string, ilvl: number) =>
  `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;

describe('Word numbering', () => {
  it('counts levels, restarts deeper ones, continues a list of the same definition, restarts on an override', () => {
    const n = new Numbering(NUMBERING, STYLES);
    expect(
      [p('1', 0), p('1', 1), p('1', 2), p('1', 2), p('1', 1), p('1', 2), p('1', 0), p('1', 1)].map((x) =>
        n.label(x),
      ),
    ).toEqual(['I.', 'I.1.', 'a)', 'b)', 'I.2.', 'a)', 'II.', 'II.1.']);
    expect(n.label(p('2', 0))).toBe('-');
    // Another list of the same definition goes on from III.; one with a start override starts again.
    expect(n.label(p('3', 0))).toBe('III.');
    expect(n.label(p('4', 0))).toBe('I.');
    expect(n.label(p('5', 0))).toBe('C.');
    // Numbering through the paragraph style "Muc" (level 1 of list 5): lower roman in brackets.
    expect(n.label('<w:pPr><w:pStyle w:val="Muc"/></w:pPr>')).toBe('(i)');
    expect(n.label('<w:pPr><w:pStyle w:val="Muc"/></w:pPr>')).toBe('(ii)');
    expect(n.label('<w:pPr><w:jc w:val="both"/></w:pPr>')).toBeUndefined();
    expect(n.label(p('0', 0))).toBeUndefined();
  });
});
