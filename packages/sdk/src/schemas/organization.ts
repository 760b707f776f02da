import * as z from 'zod/mini';
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  NonBlankSchema,
  SourceSchema,
  unique,
} from './common.js';

/** Period in which an agency or unit existed. `validTo` is the first day it no longer exists. */
const validity = {
  validFrom: z.optional(IsoDateSchema),
  validTo: z.optional(IsoDateSchema),
};

const validityOrdered = z.refine<{
  validFrom?: string | undefined;
  validTo?: string | undefined;
}>((v) => !v.validFrom || !v.validTo || v.validFrom < v.validTo, {
  error: 'validity_order',
  path: ['validTo'],
});

/** Level of government an agency or administrative unit belongs to (cấp). */
export const GovernmentLevelSchema = z.enum(['national', 'province', 'district', 'commune']);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;

/**
 * Administrative unit (đơn vị hành chính): the country (the territory of a national programme),
 * a province, a district-level unit (abolished in July 2025) or a commune, with the period it
 * existed and its parent at that time.
 */
// `@__PURE__` (see TimeZoneSchema): a page that reads an outline of the registry drops it.
export const AdministrativeUnitSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    level: GovernmentLevelSchema,
    /** Kind as named in Vietnamese law: quốc gia, tỉnh, thành phố, huyện, thị xã, xã, phường, đặc khu. */
    kind: z.optional(
      z.enum(['country', 'province', 'city', 'district', 'town', 'commune', 'ward', 'special_zone']),
    ),
    /** Official statistical code (mã đơn vị hành chính) where known. */
    code: z.optional(z.string().check(z.regex(/^\d{2,5}$/))),
    parentId: z.optional(IdSchema),
    ...validity,
  })
  .check(validityOrdered);
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;

/**
 * The Government (Chính phủ), the Prime Minister (Thủ tướng Chính phủ), a ministry (bộ), a
 * ministry-level agency (cơ quan ngang bộ); a People's Committee, a department (sở) …
 */
export const AgencyKindSchema = z.enum([
  'government',
  'prime_minister',
  'ministry',
  'ministry_level_agency',
  'peoples_committee',
  'department',
  'police',
  'mass_organisation',
  'collective',
  'other',
]);

/**
 * Agency (cơ quan, đơn vị): a department, the provincial police, a People's Committee, a mass
 * organisation — or a collective named in a plan ("Các Sở, Ban, ngành"), whose members may be
 * listed or left unenumerated.
 */
// `@__PURE__` (see TimeZoneSchema): a page that reads an outline of the registry drops it.
export const AgencySchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    shortName: z.optional(LocalizedTextSchema),
    /**
     * Abbreviation in document codes (chữ viết tắt tên cơ quan trong ký hiệu văn bản): "SYT" in
     * "Số: 12/BC-SYT", "UBND" in "/KH-UBND". Upper-case Vietnamese letters and digits.
     */
    abbreviation: z.optional(z.string().check(z.regex(/^[A-ZĐ0-9]{1,12}$/u))),
    kind: AgencyKindSchema,
    level: GovernmentLevelSchema,
    /** The administrative unit whose government this agency belongs to. */
    unitId: z.optional(IdSchema),
    /**
     * The body directly above (cơ quan chủ quản trực tiếp), named above this one in its
     * documents' heading. Without it, a body below a People's Committee has its unit's committee.
     */
    parentId: z.optional(IdSchema),
    /** Title lines of the head's signature block, as printed ("GIÁM ĐỐC"; "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
    signerTitleLines: z.optional(z.array(NonBlankSchema).check(z.minLength(1), z.maxLength(4))),
    /** Place name of its documents' date line (địa danh), when not its unit's name ("Hà Nội" for a ministry). */
    place: z.optional(NonBlankSchema),
    /** For a collective: the agencies it stands for, when the plan or the bundle lists them. */
    memberIds: z.optional(z.array(IdSchema).check(z.maxLength(10_000))),
    ...validity,
  })
  .check(validityOrdered);
export type Agency = z.infer<typeof AgencySchema>;

/** How a succession passed functions or territory on. */
export const SuccessionKindSchema = z.enum(['merger', 'split', 'transfer', 'rename', 'abolition']);

/**
 * Succession (kế thừa): on `effective`, `fromId` ceased or handed over functions or territory to
 * `toId`. One predecessor may have several successors (a split, with `functions` or `share`
 * saying what passed to which) and several predecessors one successor (a merger).
 */
// `@__PURE__` (see TimeZoneSchema) on it and its fields' `.check()`s (the bundler keeps a dropped
// call's arguments that may have effects): a page that reads an outline of the registry drops it.
export const SuccessionSchema = /* @__PURE__ */ z.strictObject({
  fromId: IdSchema,
  toId: IdSchema,
  /** Day from which the successor is in charge. */
  effective: IsoDateSchema,
  /** Day the change was decided, when it differs from `effective`. */
  decided: z.optional(IsoDateSchema),
  kind: SuccessionKindSchema,
  /** Tags of the functions handed over (e.g. `children`, `labour`); used to route a duty. */
  functions: z.optional(
    /* @__PURE__ */ z.array(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/))).check(z.maxLength(64)),
  ),
  /** Share of functions or territory passed on, 0 to 1, where known. */
  share: z.optional(/* @__PURE__ */ z.number().check(z.gt(0), z.lte(1))),
  note: z.optional(LocalizedTextSchema),
  source: SourceSchema,
});
export type Succession = z.infer<typeof SuccessionSchema>;

/** Everything needed to resolve who an agency or unit is today. */
// `@__PURE__` (see TimeZoneSchema): a page that reads an outline of the registry drops it.
export const OrganizationRegistrySchema = /* @__PURE__ */ z
  .strictObject({
    agencies: z.array(AgencySchema),
    units: z.array(AdministrativeUnitSchema),
    agencySuccessions: z.array(SuccessionSchema),
    unitSuccessions: z.array(SuccessionSchema),
  })
  .check(
    unique(['agencies']),
    unique(['units']),
    // A parent body the registry does not list would drop the heading's parent line silently.
    z.check((payload) => {
      const ids = new Set(payload.value.agencies.map((a) => a.id));
      payload.value.agencies.forEach((a, i) => {
        if (a.parentId !== undefined && (a.parentId === a.id || !ids.has(a.parentId)))
          payload.issues.push({
            code: 'custom',
            message: 'unknown_parent_agency',
            path: ['agencies', i, 'parentId'],
            input: a.parentId,
            continue: true,
          });
      });
    }),
  );
export type OrganizationRegistry = z.infer<typeof OrganizationRegistrySchema>;

export const PersonSchema = z.strictObject({
  name: NonBlankSchema,
  /** Signature block lines as printed, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  titleLines: z.array(NonBlankSchema),
});
