import { dakNong2021, dakNongRegistry, qd23 } from '@kehoach/plans';
import {
  type Agency,
  bundleMessages,
  catalogMeasures,
  type Measure,
  type OrganizationRegistry,
  OrganizationRegistrySchema,
  type Plan,
  validate,
} from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { planReference, reportSubject, targetText } from '../src/exports/data.js';
import { documentFrame } from '../src/exports/frame.js';

const agency = (id: string) => dakNongRegistry.agencies.find((a) => a.id === id) as Agency;

/** A ministry's programme, reported to the Prime Minister: no province, no People's Committee. */
const national: OrganizationRegistry = {
  agencies: [
    {
      id: 'vn.ttg',
      name: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
      kind: 'other',
      level: 'national',
      unitId: 'vn',
    },
    {
      id: 'vn.byt',
      name: { vi: 'Bộ Y tế', en: 'Ministry of Health' },
      abbreviation: 'BYT',
      kind: 'ministry',
      level: 'national',
      unitId: 'vn',
      place: 'Hà Nội',
    },
    {
      id: 'vn.byt.cuc-bmte',
      name: { vi: 'Cục Bà mẹ và Trẻ em', en: 'Department of Maternal and Child Health' },
      abbreviation: 'BMTE',
      kind: 'other',
      level: 'national',
      unitId: 'vn',
      parentId: 'vn.byt',
      signerTitleLines: ['CỤC TRƯỞNG'],
      place: 'Hà Nội',
    },
  ],
  units: [{ id: 'vn', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'province' }],
  agencySuccessions: [],
  unitSuccessions: [],
};
const programme = {
  ...dakNong2021,
  reporting: { ...dakNong2021.reporting, recipientAgencyId: 'vn.ttg' },
} as Plan;

describe('the frame of the consolidated report comes from the plan and the registry', () => {
  it('a provincial department: its committee above it, its own abbreviation, the plan’s recipient today', () => {
    const f = documentFrame({
      plan: dakNong2021,
      registry: dakNongRegistry,
      issuer: agency('lam-dong.so-y-te'),
      today: '2027-01-10',
      unitName: 'Tỉnh Lâm Đồng',
    });
    expect(f).toEqual({
      parentLine: 'UBND TỈNH LÂM ĐỒNG',
      issuerLine: 'SỞ Y TẾ',
      code: 'SYT',
      place: 'Lâm Đồng',
      // the year the report is written, not the year it reports on
      year: 2027,
      // the plan names Đắk Nông's committee; since the merger that is Lâm Đồng's
      recipient: 'UBND tỉnh Lâm Đồng',
      signerTitles: ['GIÁM ĐỐC'],
    });
  });

  it('a People’s Committee heads its own documents, full name, signed on behalf of the committee', () => {
    const f = documentFrame({
      plan: dakNong2021,
      registry: dakNongRegistry,
      issuer: agency('lam-dong.ubnd'),
      today: '2026-12-10',
      unitName: 'Tỉnh Lâm Đồng',
    });
    expect(f.parentLine).toBeUndefined();
    expect(f.issuerLine).toBe('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG');
    expect(f.code).toBe('UBND');
    expect(f.signerTitles).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('a ministry: no parent line, its minister signs, its own place, the Prime Minister receives', () => {
    const f = documentFrame({
      plan: programme,
      registry: national,
      issuer: national.agencies[1],
      today: '2026-07-05',
      unitName: 'Việt Nam',
    });
    expect(f).toEqual({
      issuerLine: 'BỘ Y TẾ',
      code: 'BYT',
      place: 'Hà Nội',
      year: 2026,
      recipient: 'Thủ tướng Chính phủ',
      signerTitles: ['BỘ TRƯỞNG'],
    });
  });

  it('a body under a ministry names the ministry above it and signs with the title the registry gives', () => {
    const f = documentFrame({
      plan: programme,
      registry: national,
      issuer: national.agencies[2],
      today: '2026-07-05',
      unitName: 'Việt Nam',
    });
    expect(f.parentLine).toBe('BỘ Y TẾ');
    expect(f.issuerLine).toBe('CỤC BÀ MẸ VÀ TRẺ EM');
    expect(f.signerTitles).toEqual(['CỤC TRƯỞNG']);
  });

  it('says nothing it does not know: no abbreviation is a blank, no recipient agency is no line', () => {
    const registry = { ...national, agencies: national.agencies.map(({ abbreviation: _, ...a }) => a) };
    const f = documentFrame({
      plan: { ...programme, reporting: { ...programme.reporting, recipientAgencyId: 'nowhere' } },
      registry,
      issuer: registry.agencies[1],
      today: '2026-07-05',
      unitName: 'Việt Nam',
    });
    expect(f.code).toBe('……');
    expect(f.recipient).toBeUndefined();
  });

  it('refuses a parent body the registry does not list, naming the field in both languages', () => {
    const bad = structuredClone(national);
    bad.agencies[2]!.parentId = 'vn.bo-khong-co';
    bad.agencies[1]!.parentId = 'vn.byt';
    const r = validate(OrganizationRegistrySchema, bad, bundleMessages);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => e.path)).toEqual(['agencies.1.parentId', 'agencies.2.parentId']);
    expect(r.errors[0]?.message.vi).toContain('cơ quan chủ quản');
    expect(r.errors[0]?.message.en).toContain('parent body');
    expect(validate(OrganizationRegistrySchema, national).success).toBe(true);
  });
});

describe('the words follow the plan', () => {
  it('cites the document by its kind and number as issued', () => {
    const p = {
      ...dakNong2021,
      kind: 'programme',
      number: { asIssued: 'Số: 12/CTr-BYT', value: '12/CTr-BYT' },
    };
    expect(planReference(p as unknown as Plan)).toBe('Chương trình số 12/CTr-BYT ngày … tháng 02 năm 2021');
    expect(reportSubject({ ...dakNong2021, kind: 'scheme' } as unknown as Plan, 2026)).toMatch(
      /^Kết quả thực hiện Đề án triển khai thực hiện/,
    );
  });

  it('a yearly-change target says cut for a measure that should fall and raise for one that should rise', () => {
    const fall = catalogMeasures(qd23).find((m) =>
      m.targets.some((t) => t.kind === 'yearly_change'),
    ) as Measure;
    expect(fall.direction).toBe('decrease');
    const year = fall.targets.find((t) => t.kind === 'yearly_change')?.fromYear as number;
    expect(targetText(fall, year)).toMatch(/^giảm ≥ /);
    expect(targetText({ ...fall, direction: 'increase' }, year)).toMatch(/^tăng ≥ /);
  });
});
