import { describe, expect, it } from 'vitest';
import {
  contentDutyErrors,
  derivedValue,
  type IndicatorCatalog,
  jurisdictionUnitIds,
  LocalizedTextSchema,
  MAX_REPORTED_MAGNITUDE,
  type MeasureReport,
  measureValueErrors,
  type OrganizationRegistry,
  ReportContentSchema,
  ReturnRequestSchema,
  validate,
  XML_TEXT_PATTERN,
} from '../src/index.js';
import { catalog as baseCatalog, measure } from './fixtures/reform-2025.js';

const catalog: IndicatorCatalog = {
  ...baseCatalog,
  objectives: [
    {
      id: 'o',
      number: 1,
      title: { vi: 'Mục tiêu' },
      indicators: [
        {
          id: 'i',
          number: 1,
          title: { vi: 'Chỉ tiêu' },
          measures: [
            measure('pct', '1a'),
            measure('permille', '1b', { unit: { kind: 'per_1000' } }),
            measure('per100k', '1c', { unit: { kind: 'per_100000' } }),
            measure('count', '1d', { unit: { kind: 'count' } }),
          ],
        },
      ],
    },
  ],
};

const line = (over: Partial<MeasureReport> & { measureId: string }): MeasureReport => ({
  value: null,
  dataSource: '',
  note: '',
  ...over,
});
const errorsOf = (...measures: MeasureReport[]) =>
  measureValueErrors({ content: { measures }, catalog, pathPrefix: 'content.' }).map((e) => [e.path, e.code]);

describe('derivedValue', () => {
  it('is numerator / denominator × the unit factor, rounded as published (two decimals)', () => {
    expect(derivedValue('percent', 881, 1000)).toBe(88.1);
    expect(derivedValue('percent', 8748, 10_000)).toBe(87.48);
    expect(derivedValue('percent', 1, 3)).toBe(33.33);
    expect(derivedValue('per_1000', 95, 10_000)).toBe(9.5);
    expect(derivedValue('per_100000', 16, 100_000)).toBe(16);
  });

  it('is undefined for counts and for parts that give no rate', () => {
    expect(derivedValue('count', 1, 2)).toBeUndefined();
    expect(derivedValue('percent', 1, 0)).toBeUndefined();
    expect(derivedValue('percent', Number.NaN, 10)).toBeUndefined();
  });
});

describe('measureValueErrors', () => {
  it('refuses 88.1 % typed with numerator and denominator that give 87.48 %, naming the value', () => {
    const errors = measureValueErrors({
      content: {
        measures: [line({ measureId: 'pct', value: 88.1, numerator: 8748, denominator: 10_000 })],
      },
      catalog,
      pathPrefix: 'content.',
    });
    expect(errors).toEqual([
      {
        path: 'content.measures.0.value',
        code: 'value_mismatch',
        message: {
          vi: 'Trường content.measures.0.value: cần giá trị khớp với tử số và mẫu số: 8.748 / 10.000 × 100 = 87,48 (đã nhập 88,1)',
          en: 'Field content.measures.0.value: expected a value that agrees with numerator and denominator: 8,748 / 10,000 × 100 = 87.48 (typed 88.1)',
        },
      },
    ]);
  });

  it('keeps a value that agrees with its parts to the published rounding, and a value alone', () => {
    expect(
      errorsOf(
        line({ measureId: 'pct', value: 88.1, numerator: 881, denominator: 1000 }),
        line({ measureId: 'pct', value: 33.33, numerator: 1, denominator: 3 }),
        line({ measureId: 'pct', value: 33.333333, numerator: 1, denominator: 3 }),
        line({ measureId: 'pct', value: 88.1, numerator: 88_104, denominator: 100_000 }),
        line({ measureId: 'pct', value: 88.1 }),
        line({ measureId: 'permille', value: 9.5, numerator: 95, denominator: 10_000 }),
      ),
    ).toEqual([]);
    // Just beyond half of the last published digit.
    expect(
      errorsOf(line({ measureId: 'pct', value: 88.1, numerator: 88_106, denominator: 100_000 })),
    ).toEqual([['content.measures.0.value', 'value_mismatch']]);
  });

  it('asks for the derived value when only numerator and denominator are given', () => {
    const [e] = measureValueErrors({
      content: { measures: [line({ measureId: 'pct', numerator: 1, denominator: 4, note: 'x' })] },
      catalog,
    });
    expect(e?.path).toBe('measures.0.value');
    expect(e?.code).toBe('value_mismatch');
    expect(e?.message.en).toContain('= 25');
  });

  it("refuses values outside the unit's bounds, in both languages", () => {
    const errors = measureValueErrors({
      content: {
        measures: [
          line({ measureId: 'pct', value: 150 }),
          line({ measureId: 'permille', value: 1000.5 }),
          line({ measureId: 'per100k', value: 100_001 }),
          line({ measureId: 'pct', value: 100 }),
          line({ measureId: 'per100k', value: 0 }),
        ],
      },
      catalog,
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['measures.0.value', 'out_of_bounds'],
      ['measures.1.value', 'out_of_bounds'],
      ['measures.2.value', 'out_of_bounds'],
    ]);
    expect(errors[0]!.message).toEqual({
      vi: 'Trường measures.0.value: cần một số từ 0 đến 100',
      en: 'Field measures.0.value: expected a number from 0 to 100',
    });
  });

  it('wants counts whole and without numerator or denominator', () => {
    expect(
      errorsOf(
        line({ measureId: 'count', value: 12.5 }),
        line({ measureId: 'count', value: 12, numerator: 1, denominator: 2 }),
        line({ measureId: 'count', value: 0 }),
        line({ measureId: 'unknown', value: 12.5 }),
      ),
    ).toEqual([
      ['content.measures.0.value', 'whole_number'],
      ['content.measures.1.numerator', 'parts_not_for_count'],
    ]);
  });
});

describe('ReportContentSchema figures', () => {
  const content = (m: Partial<MeasureReport>) => ({
    tasks: [],
    measures: [line({ measureId: 'pct', ...m })],
    budget: [],
    difficulties: '',
    recommendations: '',
  });
  const codes = (m: Partial<MeasureReport>) => {
    const r = validate(ReportContentSchema, content(m));
    return r.success ? [] : r.errors.map((e) => [e.path, e.code]);
  };

  it('refuses negative figures and magnitudes no statistics office publishes', () => {
    expect(codes({ value: -5 })).toEqual([['measures.0.value', 'too_small']]);
    expect(codes({ value: 1.7e308 })).toEqual([['measures.0.value', 'too_big']]);
    expect(codes({ value: 1, numerator: 1e300, denominator: 1.79e308 })).toEqual([
      ['measures.0.numerator', 'too_big'],
      ['measures.0.denominator', 'too_big'],
    ]);
    expect(codes({ value: MAX_REPORTED_MAGNITUDE })).toEqual([]);
  });
});

describe('text fields', () => {
  const report = (results: string) => ({
    tasks: [{ taskId: 't', status: 'completed', results }],
    measures: [],
    budget: [],
    difficulties: '',
    recommendations: '',
  });

  it.each([
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', 'a\uFFFFb'],
    ['U+FDD0', '\uFDD0'],
    ['U+10FFFF', '\u{10FFFF}'],
    ['a lone high surrogate', 'x\uD83D'],
    ['a lone low surrogate', '\uDE00x'],
    ['NUL', '\u0000'],
    ['vertical tab', '\u000B'],
    ['DEL', '\u007F'],
    ['a C1 control', '\u0085'],
  ])('refuses %s, naming the field in both languages', (_, text) => {
    const r = validate(ReportContentSchema, report(text));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors).toEqual([
      {
        path: 'tasks.0.results',
        code: 'invalid_characters',
        message: {
          vi: expect.stringMatching(/^Trường tasks\.0\.results: cần văn bản không có ký tự điều khiển/),
          en: expect.stringMatching(/^Field tasks\.0\.results: expected text without control characters/),
        },
      },
    ]);
  });

  it('keeps tab, line ends, Vietnamese and astral characters', () => {
    const text = 'Dòng 1\tcột\r\nDòng 2 😀 𠀀';
    const r = ReportContentSchema.parse(report(text));
    expect(r.tasks[0]!.results).toBe(text);
  });

  it('stores text in NFC, in every text building block', () => {
    const nfd = 'Tie\u0302\u0301ng Vie\u0323\u0302t';
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(ReportContentSchema.parse(report(nfd)).tasks[0]!.results).toBe('Tiếng Việt');
    expect(LocalizedTextSchema.parse({ vi: nfd, en: nfd })).toEqual({ vi: 'Tiếng Việt', en: 'Tiếng Việt' });
    expect(ReturnRequestSchema.parse({ comment: ` ${nfd} ` }).comment).toBe('Tiếng Việt');
  });

  it('holds exactly the code points XML 1.0 can carry, but C1 controls, DEL and noncharacters', () => {
    // XML 1.0's Char production, less C1 controls, DEL and noncharacters, spelled out.
    const holds = (cp: number) =>
      (cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0x10ffff)) &&
      !(cp >= 0x7f && cp <= 0x9f) &&
      !(cp >= 0xfdd0 && cp <= 0xfdef) &&
      (cp & 0xfffe) !== 0xfffe;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      if (XML_TEXT_PATTERN.test(`a${c}😀b`) !== holds(cp)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
    for (const s of ['\uD800\uD800\uDC00', '\uDC00\uD800', '😀\uDC00', '\uD83D'])
      expect(XML_TEXT_PATTERN.test(s)).toBe(false);
  });

  it('is a Unicode-mode pattern, as JSON Schema validators compile it', () => {
    expect(XML_TEXT_PATTERN.flags).toBe('u');
    expect(XML_TEXT_PATTERN.test('ok 😀')).toBe(true);
    expect(XML_TEXT_PATTERN.test('\u{1FFFE}')).toBe(false);
  });
});

describe('jurisdictionUnitIds', () => {
  const registry: OrganizationRegistry = {
    agencies: [
      { id: 'ld.syt', name: { vi: 'Sở Y tế' }, kind: 'department', level: 'province', unitId: 'ld' },
      { id: 'ld.xa', name: { vi: 'UBND cấp xã' }, kind: 'collective', level: 'commune' },
      { id: 'x1.ubnd', name: { vi: 'UBND xã 1' }, kind: 'peoples_committee', level: 'commune', unitId: 'x1' },
      {
        id: 'xa.listed',
        name: { vi: 'UBND các xã (liệt kê)' },
        kind: 'collective',
        level: 'commune',
        memberIds: ['x1.ubnd'],
      },
    ],
    units: [
      { id: 'dn', name: { vi: 'Đắk Nông' }, level: 'province', validTo: '2025-07-01' },
      { id: 'dn.h', name: { vi: 'Huyện H' }, level: 'district', parentId: 'dn', validTo: '2025-07-01' },
      { id: 'ld', name: { vi: 'Lâm Đồng' }, level: 'province' },
      { id: 'x1', name: { vi: 'Xã 1' }, level: 'commune', parentId: 'ld', validFrom: '2025-07-01' },
      { id: 'x2', name: { vi: 'Xã 2' }, level: 'commune', parentId: 'ld', validFrom: '2025-07-01' },
    ],
    agencySuccessions: [],
    unitSuccessions: [
      { fromId: 'dn', toId: 'ld', effective: '2025-07-01', kind: 'merger', source: { title: 't' } },
      {
        fromId: 'dn.h',
        toId: 'x1',
        effective: '2025-07-01',
        kind: 'split',
        share: 1,
        source: { title: 't' },
      },
    ],
  };
  const of = (agencyId: string) =>
    [...jurisdictionUnitIds({ registry, agencyId, date: '2026-12-15' })].sort();

  it('gives an agency its unit, the units under it and those merged into them', () => {
    expect(of('ld.syt')).toEqual(['dn', 'dn.h', 'ld', 'x1', 'x2']);
  });

  it('gives the commune-level committees the communes only, never the province', () => {
    expect(of('ld.xa')).toEqual(['dn.h', 'x1', 'x2']);
    expect(of('xa.listed')).toEqual(['dn.h', 'x1']);
  });

  it("feeds contentDutyErrors, which then refuses a unit outside the agency's", () => {
    const duties = { taskIds: new Set<string>(), measureIds: new Set(['m']), fundingIds: new Set<string>() };
    const content = {
      tasks: [],
      measures: [
        { measureId: 'm', unitId: 'x1' },
        { measureId: 'm', unitId: 'ld' },
      ],
      budget: [],
    };
    const units = new Set(registry.units.map((u) => u.id));
    expect(contentDutyErrors(content, duties, units)).toEqual([]);
    const errors = contentDutyErrors(
      content,
      duties,
      units,
      jurisdictionUnitIds({ registry, agencyId: 'ld.xa', date: '2026-12-15' }),
    );
    expect(errors).toEqual([
      {
        path: 'content.measures.1.unitId',
        code: 'outside_jurisdiction',
        message: {
          vi: 'Trường content.measures.1.unitId: cần đơn vị hành chính thuộc địa bàn cơ quan phụ trách; cơ quan không báo cáo số liệu cho đơn vị ld',
          en: 'Field content.measures.1.unitId: expected an administrative unit the agency answers for; it does not report figures for ld',
        },
      },
    ]);
  });
});
