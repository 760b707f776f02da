/**
 * Agency names as documents write them, matched to a registry: Unicode forms, letter case, old
 * tone placement, abbreviations, missing diacritics; and the header's issuing body and parent.
 */
import { dakNongRegistry } from '@kehoach/plans';
import { describe, expect, it } from 'vitest';
import { AgencyMatcher } from '../src/draft/agencies.js';
import { draftPlan } from '../src/draft/draft.js';
import { toLines } from '../src/draft/text.js';

const matcher = new AgencyMatcher(dakNongRegistry);
matcher.setContext({ year: 2021, month: 2 }, 'Đắk Nông');

describe('agency matching', () => {
  it('matches the registry name with or without its place, in NFC or NFD, in any case', () => {
    expect(matcher.match('Sở Y tế tỉnh Đắk Nông')).toMatchObject({
      agencyId: 'dak-nong.so-y-te',
      confidence: 1,
      by: 'name',
    });
    expect(matcher.match('Sở Y tế'.normalize('NFD'))).toMatchObject({
      agencyId: 'dak-nong.so-y-te',
      confidence: 1,
    });
    expect(matcher.match('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toMatchObject({
      agencyId: 'dak-nong.so-gddt',
      confidence: 1,
    });
  });

  it('reads old tone placement ("Uỷ ban") as the new one ("Ủy ban")', () => {
    expect(matcher.match('Uỷ ban nhân dân các huyện, thành phố')).toMatchObject({
      agencyId: 'dak-nong.ubnd-cac-huyen',
      confidence: 1,
    });
  });

  it('matches short names, abbreviations and initials, each less surely', () => {
    expect(matcher.match('Sở LĐ-TB&XH')).toMatchObject({
      agencyId: 'dak-nong.so-ldtbxh',
      confidence: 0.95,
      by: 'short_name',
    });
    expect(matcher.match('SYT')).toMatchObject({
      agencyId: 'dak-nong.so-y-te',
      confidence: 0.9,
      by: 'abbreviation',
    });
    // Not in the registry as written: the initials of "Sở Lao động - Thương binh và Xã hội".
    expect(matcher.match('Sở LĐTB&XH')).toMatchObject({
      agencyId: 'dak-nong.so-ldtbxh',
      confidence: 0.85,
      by: 'initials',
    });
  });

  it('matches a name typed without diacritics, and only suggests a near one', () => {
    expect(matcher.match('So Tu phap')).toMatchObject({
      agencyId: 'dak-nong.so-tu-phap',
      confidence: 0.8,
      by: 'without_diacritics',
    });
    const near = matcher.match('Sở Văn hóa và Thể thao, Du lịch');
    expect(near).toMatchObject({ agencyId: 'dak-nong.so-vhttdl', by: 'similar' });
    expect(near.confidence).toBeLessThan(0.8);
    expect(matcher.match('Sở Ngoại vụ')).toEqual({ name: 'Sở Ngoại vụ', confidence: 0 });
  });

  it('prefers the agency that existed at the document’s date, and lists the other', () => {
    const later = new AgencyMatcher(dakNongRegistry);
    later.setContext({ year: 2026 }, 'Lâm Đồng');
    expect(later.match('Sở Tư pháp')).toMatchObject({
      agencyId: 'lam-dong.so-tu-phap',
      alternatives: ['dak-nong.so-tu-phap'],
    });
  });
});

describe('the header', () => {
  const draftOf = (text: string) =>
    draftPlan(toLines(text, false), {
      registry: dakNongRegistry,
      source: { file: 'x.txt', format: 'txt', encoding: 'utf-8' },
    });

  it('joins "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK NÔNG" into one issuing body and fills the issuer', () => {
    const d = draftOf(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 7/KH-UBND\nĐắk Nông, ngày 3 tháng 2 năm 2021\nKẾ HOẠCH\nThử\n',
    );
    expect(d.report.header).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG' });
    expect(d.report.header.parentBody).toBeUndefined();
    expect(d.plan.issuer).toEqual({ agencyId: 'dak-nong.ubnd', unitId: 'dak-nong' });
  });

  it('tells a department from the committee above it', () => {
    const d = draftOf(
      'UBND TỈNH ĐẮK NÔNG\nSỞ Y TẾ\nSố: 15/KH-SYT\nĐắk Nông, ngày 3 tháng 2 năm 2021\nKẾ HOẠCH\nThử\n',
    );
    expect(d.report.header).toMatchObject({ parentBody: 'UBND TỈNH ĐẮK NÔNG', issuingBody: 'SỞ Y TẾ' });
    expect(d.plan.issuer).toEqual({ agencyId: 'dak-nong.so-y-te', unitId: 'dak-nong' });
  });
});
