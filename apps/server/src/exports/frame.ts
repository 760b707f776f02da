import { type Agency, type OrganizationRegistry, type Plan, resolveAgency } from '@kehoach/sdk';

/**
 * What frames the consolidated report as an administrative document (thể thức văn bản, Decree
 * 30/2020/NĐ-CP), taken from the plan and the registry — never from the shape of the first plan
 * kehoach carried: who issues it and its parent body, the code, the place, to whom it goes and
 * who signs for the issuing body.
 */
export interface DocumentFrame {
  /** The direct parent body (cơ quan chủ quản trực tiếp) in capitals, e.g. "UBND TỈNH LÂM ĐỒNG"; absent for a body that has none (a People's Committee, a ministry). */
  parentLine?: string;
  /** The issuing body in capitals, e.g. "SỞ Y TẾ", "BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG". */
  issuerLine: string;
  /** The issuing body's abbreviation in the document code ("SYT" in "Số: …/BC-SYT"); "……" when the registry has none. */
  code: string;
  /** Place name of the date line (địa danh). */
  place: string;
  /** Year of the date line: the year the document is issued, not the year it reports on. */
  year: number;
  /** Who the report goes to, as listed under "Nơi nhận" ("UBND tỉnh Lâm Đồng"); absent when the plan names no recipient agency. */
  recipient?: string;
  /** Signature block title lines ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG"). */
  signerTitles: string[];
}

/** "UBND tỉnh Lâm Đồng" for "Ủy ban nhân dân tỉnh Lâm Đồng", as recipient lists write it. */
export const agencyShortName = (a: Agency): string =>
  a.shortName?.vi ?? a.name.vi.replace(/^Ủy ban nhân dân/, 'UBND');

/**
 * The title lines of a body's head when the registry does not give them (chức vụ người đứng đầu):
 * a collegial People's Committee signs "TM." the committee; a department or the police its director;
 * a ministry its minister.
 */
const SIGNER_BY_KIND: Partial<Record<Agency['kind'], string[]>> = {
  peoples_committee: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  department: ['GIÁM ĐỐC'],
  police: ['GIÁM ĐỐC'],
  ministry: ['BỘ TRƯỞNG'],
};

/**
 * The frame of the document `issuer` writes on `today` (YYYY-MM-DD, plan time zone) for `plan`.
 * The parent body is the agency's `parentId` when the registry gives one, else — for a body
 * below a People's Committee (a department, the police) — the committee of its unit.
 */
export function documentFrame(input: {
  plan: Plan;
  registry: OrganizationRegistry;
  issuer: Agency | undefined;
  today: string;
  /** Name of the plan's administrative unit today ("Tỉnh Lâm Đồng"), for the place when the agency gives none. */
  unitName: string;
}): DocumentFrame {
  const { plan, registry, issuer, today } = input;
  const agencies = new Map(registry.agencies.map((a) => [a.id, a]));
  const parent =
    issuer === undefined
      ? undefined
      : issuer.parentId !== undefined
        ? agencies.get(issuer.parentId)
        : issuer.kind === 'peoples_committee' || issuer.kind === 'ministry' || issuer.level === 'national'
          ? undefined
          : registry.agencies.find(
              (a) =>
                a.kind === 'peoples_committee' &&
                a.unitId !== undefined &&
                a.unitId === issuer.unitId &&
                a.id !== issuer.id,
            );
  // Under its parent a body drops the locality the parent already names ("Sở Y tế tỉnh Lâm Đồng" under
  // "UBND tỉnh Lâm Đồng" is "SỞ Y TẾ"); a body without a parent keeps its full name.
  const own = issuer?.name.vi ?? '';
  const issuerName = parent ? own.replace(/ (tỉnh|thành phố|xã|phường|đặc khu) .*$/iu, '') : own;
  const recipientId = plan.reporting.recipientAgencyId;
  const recipient =
    recipientId !== undefined && agencies.has(recipientId)
      ? agencyShortName(resolveAgency(registry, recipientId, today).entity)
      : undefined;
  return {
    ...(parent ? { parentLine: agencyShortName(parent).toLocaleUpperCase('vi') } : {}),
    issuerLine: issuerName.toLocaleUpperCase('vi'),
    code: issuer?.abbreviation ?? '……',
    place: issuer?.place ?? input.unitName.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu) /u, ''),
    year: Number(today.slice(0, 4)),
    ...(recipient !== undefined ? { recipient } : {}),
    signerTitles: issuer?.signerTitleLines ??
      (issuer && SIGNER_BY_KIND[issuer.kind]) ?? ['THỦ TRƯỞNG CƠ QUAN'],
  };
}
