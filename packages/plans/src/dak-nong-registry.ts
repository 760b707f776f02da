import type { AdministrativeUnit, Agency, OrganizationRegistry, Source, Succession } from '@kehoach/sdk';

/**
 * Agencies and administrative units named in the Đắk Nông 2021 plan, their successors after
 * the 2025 reorganisation, and the successions between them. Every succession names its
 * source; `verify: true` marks facts that are publicly reported but were flagged to be checked
 * against the legal text. No legal document number is given where the sources consulted did
 * not state it, and no statistical code is given (none could be confirmed).
 */

const MARCH = '2025-03-01';
const JULY = '2025-07-01';
const RESOLUTION_DAY = '2025-06-12';

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const LABOUR_MINISTRY: Source = {
  title:
    'Sắp xếp bộ máy Chính phủ năm 2025: Bộ Lao động - Thương binh và Xã hội hợp nhất vào Bộ Nội vụ; quản lý nhà nước về trẻ em chuyển sang Bộ Y tế (từ 01/3/2025), theo thông tin công bố',
  note: 'Số hiệu văn bản pháp lý chưa được dẫn trong tài liệu nguồn. — The legal instrument is not cited by number in the source consulted.',
};

const LABOUR_DEPARTMENT: Source = {
  title:
    'Sắp xếp cơ quan chuyên môn thuộc UBND tỉnh năm 2025: giải thể Sở Lao động - Thương binh và Xã hội; chức năng trẻ em, bảo trợ xã hội, phòng, chống tệ nạn xã hội chuyển về Sở Y tế, chức năng lao động chuyển về Sở Nội vụ (từ 01/3/2025), theo thông tin công bố',
  note: 'Phân chia chức năng cụ thể của từng tỉnh cần đối chiếu với quyết định của UBND tỉnh Đắk Nông; số hiệu văn bản chưa được dẫn. — The exact split in each province must be checked against the provincial decision; not cited by number.',
  verify: true,
};

const INFORMATION_DEPARTMENT: Source = {
  title:
    'Sắp xếp cơ quan chuyên môn thuộc UBND tỉnh năm 2025: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; báo chí, xuất bản chuyển về Sở Văn hóa, Thể thao và Du lịch (từ 01/3/2025), theo thông tin công bố',
  note: 'Cần đối chiếu với quyết định của UBND tỉnh Đắk Nông; số hiệu văn bản chưa được dẫn. — To be checked against the provincial decision; not cited by number.',
  verify: true,
};

const PROVINCE_MERGER: Source = {
  title:
    'Nghị quyết của Quốc hội ngày 12/6/2025 về sắp xếp đơn vị hành chính cấp tỉnh: tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận hợp thành tỉnh Lâm Đồng (từ 01/7/2025)',
  note: 'Số hiệu nghị quyết chưa được dẫn trong tài liệu nguồn. — The resolution is not cited by number in the source consulted.',
};

const PROVINCE_MERGER_AGENCIES: Source = {
  title: PROVINCE_MERGER.title,
  note: 'Cơ quan kế thừa suy ra từ việc hợp nhất tỉnh; cần đối chiếu với quyết định thành lập, tổ chức lại cơ quan của tỉnh Lâm Đồng. — Successor inferred from the merger of the provinces; check against the decisions that set up the agencies of Lâm Đồng.',
  verify: true,
};

const TWO_TIER: Source = {
  title:
    'Chính quyền địa phương hai cấp từ 01/7/2025: không tổ chức cấp huyện; xã, phường sau sắp xếp trực thuộc tỉnh, theo thông tin công bố',
  note: 'Số hiệu văn bản chưa được dẫn trong tài liệu nguồn. — Not cited by number in the source consulted.',
};

// ---------------------------------------------------------------------------------------------
// Administrative units
// ---------------------------------------------------------------------------------------------

/** The 8 district-level units of Đắk Nông, abolished on 1 July 2025. */
const DISTRICTS = [
  { slug: 'gia-nghia', kind: 'city', vi: 'Thành phố Gia Nghĩa', en: 'Gia Nghĩa city' },
  { slug: 'cu-jut', kind: 'district', vi: 'Huyện Cư Jút', en: 'Cư Jút district' },
  { slug: 'dak-glong', kind: 'district', vi: 'Huyện Đắk Glong', en: 'Đắk Glong district' },
  { slug: 'dak-mil', kind: 'district', vi: 'Huyện Đắk Mil', en: 'Đắk Mil district' },
  { slug: 'dak-rlap', kind: 'district', vi: "Huyện Đắk R'lấp", en: "Đắk R'lấp district" },
  { slug: 'dak-song', kind: 'district', vi: 'Huyện Đắk Song', en: 'Đắk Song district' },
  { slug: 'krong-no', kind: 'district', vi: 'Huyện Krông Nô', en: 'Krông Nô district' },
  { slug: 'tuy-duc', kind: 'district', vi: 'Huyện Tuy Đức', en: 'Tuy Đức district' },
] as const;

const units: AdministrativeUnit[] = [
  {
    id: 'dak-nong',
    name: { vi: 'Tỉnh Đắk Nông', en: 'Đắk Nông province' },
    level: 'province',
    kind: 'province',
    validTo: JULY,
  },
  ...DISTRICTS.map(
    (d): AdministrativeUnit => ({
      id: `dak-nong.${d.slug}`,
      name: { vi: d.vi, en: d.en },
      level: 'district',
      kind: d.kind,
      parentId: 'dak-nong',
      validTo: JULY,
    }),
  ),
  {
    id: 'lam-dong',
    name: { vi: 'Tỉnh Lâm Đồng', en: 'Lâm Đồng province' },
    level: 'province',
    kind: 'province',
    validFrom: JULY,
  },
];

const unitSuccessions: Succession[] = [
  {
    fromId: 'dak-nong',
    toId: 'lam-dong',
    effective: JULY,
    decided: RESOLUTION_DAY,
    kind: 'merger',
    note: {
      vi: 'Tỉnh Đắk Nông cùng tỉnh Lâm Đồng và tỉnh Bình Thuận hợp thành tỉnh Lâm Đồng.',
      en: 'Đắk Nông, Lâm Đồng and Bình Thuận became one province named Lâm Đồng.',
    },
    source: PROVINCE_MERGER,
  },
  ...DISTRICTS.map(
    (d): Succession => ({
      fromId: `dak-nong.${d.slug}`,
      toId: 'lam-dong',
      effective: JULY,
      kind: 'abolition',
      note: {
        vi: 'Cấp huyện không còn tổ chức; địa bàn cũ thuộc các xã, phường của tỉnh Lâm Đồng.',
        en: 'The district level was abolished; the former territory lies in communes and wards of Lâm Đồng province.',
      },
      source: TWO_TIER,
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Agencies
// ---------------------------------------------------------------------------------------------

/**
 * Abbreviations the provincial bodies use in their document codes (Số: …/BC-SYT; Lưu: VT, SYT.),
 * the same before and after the merger. Mass organisations and collectives have none here: their
 * codes follow their own rules and were not confirmed.
 */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'UBND',
  'so-ldtbxh': 'SLĐTBXH',
  'so-tu-phap': 'STP',
  'cong-an': 'CAT',
  'so-gddt': 'SGDĐT',
  'so-y-te': 'SYT',
  'so-vhttdl': 'SVHTTDL',
  'so-tttt': 'STTTT',
  'so-tai-chinh': 'STC',
  'so-noi-vu': 'SNV',
  'so-khcn': 'SKHCN',
};

const abbreviated = (slug: string) =>
  ABBREVIATIONS[slug] === undefined ? {} : { abbreviation: ABBREVIATIONS[slug] };

const dn = (
  slug: string,
  vi: string,
  en: string,
  kind: Agency['kind'],
  validTo: string,
  shortName?: { vi: string; en?: string },
): Agency => ({
  id: `dak-nong.${slug}`,
  name: { vi, en },
  ...(shortName ? { shortName } : {}),
  ...abbreviated(slug),
  kind,
  level: 'province',
  unitId: 'dak-nong',
  validTo,
});

const ld = (slug: string, vi: string, en: string, kind: Agency['kind']): Agency => ({
  id: `lam-dong.${slug}`,
  name: { vi, en },
  ...abbreviated(slug),
  kind,
  level: 'province',
  unitId: 'lam-dong',
  validFrom: JULY,
});

const districtCommittees: Agency[] = DISTRICTS.map((d) => ({
  id: `dak-nong.${d.slug}.ubnd`,
  name: {
    vi: `Ủy ban nhân dân ${d.vi.charAt(0).toLowerCase()}${d.vi.slice(1)}`,
    en: `People's Committee of ${d.en}`,
  },
  abbreviation: 'UBND',
  kind: 'peoples_committee',
  level: 'district',
  unitId: `dak-nong.${d.slug}`,
  validTo: JULY,
}));

const agencies: Agency[] = [
  // As named in the plan (2021).
  dn(
    'ubnd',
    'Ủy ban nhân dân tỉnh Đắk Nông',
    "Đắk Nông Provincial People's Committee",
    'peoples_committee',
    JULY,
    {
      vi: 'UBND tỉnh Đắk Nông',
    },
  ),
  dn(
    'so-ldtbxh',
    'Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông',
    'Đắk Nông Department of Labour, Invalids and Social Affairs',
    'department',
    MARCH,
    { vi: 'Sở LĐ-TB&XH', en: 'DOLISA' },
  ),
  dn('so-tu-phap', 'Sở Tư pháp tỉnh Đắk Nông', 'Đắk Nông Department of Justice', 'department', JULY),
  dn('cong-an', 'Công an tỉnh Đắk Nông', 'Đắk Nông Provincial Police', 'police', JULY),
  dn(
    'so-gddt',
    'Sở Giáo dục và Đào tạo tỉnh Đắk Nông',
    'Đắk Nông Department of Education and Training',
    'department',
    JULY,
    { vi: 'Sở GD&ĐT' },
  ),
  dn('so-y-te', 'Sở Y tế tỉnh Đắk Nông', 'Đắk Nông Department of Health', 'department', JULY),
  dn(
    'so-vhttdl',
    'Sở Văn hóa - Thể thao và Du lịch tỉnh Đắk Nông',
    'Đắk Nông Department of Culture, Sports and Tourism',
    'department',
    JULY,
    { vi: 'Sở VHTTDL' },
  ),
  dn(
    'so-tttt',
    'Sở Thông tin và Truyền thông tỉnh Đắk Nông',
    'Đắk Nông Department of Information and Communications',
    'department',
    MARCH,
    { vi: 'Sở TT&TT' },
  ),
  dn('so-tai-chinh', 'Sở Tài chính tỉnh Đắk Nông', 'Đắk Nông Department of Finance', 'department', JULY),
  {
    id: 'dak-nong.cac-so-ban-nganh',
    name: { vi: 'Các Sở, Ban, ngành tỉnh Đắk Nông', en: 'Provincial departments and agencies of Đắk Nông' },
    shortName: { vi: 'Các Sở, Ban, ngành' },
    kind: 'collective',
    level: 'province',
    unitId: 'dak-nong',
    validTo: JULY,
  },
  {
    id: 'dak-nong.ubnd-cac-huyen',
    name: {
      vi: 'Ủy ban nhân dân các huyện, thành phố tỉnh Đắk Nông',
      en: "People's Committees of the districts and city of Đắk Nông",
    },
    shortName: { vi: 'UBND các huyện, thành phố' },
    kind: 'collective',
    level: 'district',
    memberIds: districtCommittees.map((a) => a.id),
    validTo: JULY,
  },
  ...districtCommittees,
  dn(
    'mttq',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Nông',
    'Viet Nam Fatherland Front Committee of Đắk Nông',
    'mass_organisation',
    JULY,
    { vi: 'Ủy ban MTTQ Việt Nam tỉnh' },
  ),
  dn(
    'tinh-doan',
    'Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh Đắk Nông',
    'Ho Chi Minh Communist Youth Union of Đắk Nông',
    'mass_organisation',
    JULY,
  ),
  dn(
    'hoi-lhpn',
    'Hội Liên hiệp phụ nữ tỉnh Đắk Nông',
    "Women's Union of Đắk Nông",
    'mass_organisation',
    JULY,
  ),
  {
    id: 'vn.bo-ldtbxh',
    name: {
      vi: 'Bộ Lao động - Thương binh và Xã hội',
      en: 'Ministry of Labour, Invalids and Social Affairs',
    },
    shortName: { vi: 'Bộ LĐ-TB&XH', en: 'MOLISA' },
    abbreviation: 'BLĐTBXH',
    kind: 'ministry',
    level: 'national',
    validTo: MARCH,
  },

  // Successors from 1 March 2025 (still in Đắk Nông).
  dn('so-noi-vu', 'Sở Nội vụ tỉnh Đắk Nông', 'Đắk Nông Department of Home Affairs', 'department', JULY),
  dn(
    'so-khcn',
    'Sở Khoa học và Công nghệ tỉnh Đắk Nông',
    'Đắk Nông Department of Science and Technology',
    'department',
    JULY,
    { vi: 'Sở KH&CN' },
  ),
  {
    id: 'vn.bo-y-te',
    name: { vi: 'Bộ Y tế', en: 'Ministry of Health' },
    abbreviation: 'BYT',
    kind: 'ministry',
    level: 'national',
  },
  {
    id: 'vn.bo-noi-vu',
    name: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
    abbreviation: 'BNV',
    kind: 'ministry',
    level: 'national',
  },

  // Successors from 1 July 2025 (province of Lâm Đồng).
  ld('ubnd', 'Ủy ban nhân dân tỉnh Lâm Đồng', "Lâm Đồng Provincial People's Committee", 'peoples_committee'),
  ld('so-y-te', 'Sở Y tế tỉnh Lâm Đồng', 'Lâm Đồng Department of Health', 'department'),
  ld('so-noi-vu', 'Sở Nội vụ tỉnh Lâm Đồng', 'Lâm Đồng Department of Home Affairs', 'department'),
  ld(
    'so-khcn',
    'Sở Khoa học và Công nghệ tỉnh Lâm Đồng',
    'Lâm Đồng Department of Science and Technology',
    'department',
  ),
  ld(
    'so-vhttdl',
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng',
    'Lâm Đồng Department of Culture, Sports and Tourism',
    'department',
  ),
  ld('so-tai-chinh', 'Sở Tài chính tỉnh Lâm Đồng', 'Lâm Đồng Department of Finance', 'department'),
  ld('so-tu-phap', 'Sở Tư pháp tỉnh Lâm Đồng', 'Lâm Đồng Department of Justice', 'department'),
  ld(
    'so-gddt',
    'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng',
    'Lâm Đồng Department of Education and Training',
    'department',
  ),
  ld('cong-an', 'Công an tỉnh Lâm Đồng', 'Lâm Đồng Provincial Police', 'police'),
  ld(
    'cac-so-ban-nganh',
    'Các Sở, Ban, ngành tỉnh Lâm Đồng',
    'Provincial departments and agencies of Lâm Đồng',
    'collective',
  ),
  {
    id: 'lam-dong.ubnd-cap-xa',
    name: {
      vi: 'Ủy ban nhân dân cấp xã tỉnh Lâm Đồng',
      en: "Commune-level People's Committees of Lâm Đồng",
    },
    shortName: { vi: 'UBND cấp xã' },
    kind: 'collective',
    level: 'commune',
    validFrom: JULY,
  },
  ld(
    'mttq',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng',
    'Viet Nam Fatherland Front Committee of Lâm Đồng',
    'mass_organisation',
  ),
  ld(
    'tinh-doan',
    'Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh Lâm Đồng',
    'Ho Chi Minh Communist Youth Union of Lâm Đồng',
    'mass_organisation',
  ),
  ld('hoi-lhpn', 'Hội Liên hiệp phụ nữ tỉnh Lâm Đồng', "Women's Union of Lâm Đồng", 'mass_organisation'),
];

// ---------------------------------------------------------------------------------------------
// Agency successions
// ---------------------------------------------------------------------------------------------

/** Đắk Nông body → its Lâm Đồng counterpart on 1 July 2025. */
const toLamDong = (slug: string, toSlug = slug): Succession => ({
  fromId: `dak-nong.${slug}`,
  toId: `lam-dong.${toSlug}`,
  effective: JULY,
  kind: 'merger',
  source: PROVINCE_MERGER_AGENCIES,
});

const agencySuccessions: Succession[] = [
  // 1 March 2025: the Labour ministry and department are dissolved.
  {
    fromId: 'vn.bo-ldtbxh',
    toId: 'vn.bo-noi-vu',
    effective: MARCH,
    kind: 'merger',
    functions: ['labour'],
    note: {
      vi: 'Bộ Lao động - Thương binh và Xã hội hợp nhất vào Bộ Nội vụ.',
      en: 'The Ministry of Labour, Invalids and Social Affairs merged into the Ministry of Home Affairs.',
    },
    source: LABOUR_MINISTRY,
  },
  {
    fromId: 'vn.bo-ldtbxh',
    toId: 'vn.bo-y-te',
    effective: MARCH,
    kind: 'transfer',
    functions: ['children'],
    note: {
      vi: 'Quản lý nhà nước về trẻ em chuyển sang Bộ Y tế.',
      en: 'State management of children moved to the Ministry of Health.',
    },
    source: LABOUR_MINISTRY,
  },
  {
    fromId: 'dak-nong.so-ldtbxh',
    toId: 'dak-nong.so-y-te',
    effective: MARCH,
    kind: 'split',
    functions: ['children', 'social_protection', 'social_evils'],
    note: {
      vi: 'Chức năng trẻ em, bảo trợ xã hội, phòng, chống tệ nạn xã hội chuyển về Sở Y tế.',
      en: 'Children, social protection and social-evils functions went to the Department of Health.',
    },
    source: LABOUR_DEPARTMENT,
  },
  {
    fromId: 'dak-nong.so-ldtbxh',
    toId: 'dak-nong.so-noi-vu',
    effective: MARCH,
    kind: 'split',
    functions: ['labour'],
    note: {
      vi: 'Chức năng lao động chuyển về Sở Nội vụ.',
      en: 'Labour functions went to the Department of Home Affairs.',
    },
    source: LABOUR_DEPARTMENT,
  },
  // 1 March 2025: Information and Communications is split.
  {
    fromId: 'dak-nong.so-tttt',
    toId: 'dak-nong.so-vhttdl',
    effective: MARCH,
    kind: 'split',
    functions: ['press', 'publishing'],
    note: {
      vi: 'Báo chí, xuất bản chuyển về Sở Văn hóa - Thể thao và Du lịch.',
      en: 'Press and publishing went to Culture, Sports and Tourism.',
    },
    source: INFORMATION_DEPARTMENT,
  },
  {
    fromId: 'dak-nong.so-tttt',
    toId: 'dak-nong.so-khcn',
    effective: MARCH,
    kind: 'split',
    functions: ['digital'],
    note: {
      vi: 'Môi trường số, công nghệ thông tin chuyển về Sở Khoa học và Công nghệ.',
      en: 'The digital environment went to Science and Technology.',
    },
    source: INFORMATION_DEPARTMENT,
  },
  // 1 July 2025: the province of Đắk Nông becomes part of Lâm Đồng.
  {
    fromId: 'dak-nong.ubnd',
    toId: 'lam-dong.ubnd',
    effective: JULY,
    decided: RESOLUTION_DAY,
    kind: 'merger',
    source: PROVINCE_MERGER,
  },
  toLamDong('so-tu-phap'),
  toLamDong('so-gddt'),
  toLamDong('so-y-te'),
  toLamDong('so-vhttdl'),
  toLamDong('so-tai-chinh'),
  toLamDong('so-noi-vu'),
  toLamDong('so-khcn'),
  toLamDong('cong-an'),
  toLamDong('cac-so-ban-nganh'),
  toLamDong('mttq'),
  toLamDong('tinh-doan'),
  toLamDong('hoi-lhpn'),
  // 1 July 2025: the district level is abolished; its duties pass to the communes.
  ...['dak-nong.ubnd-cac-huyen', ...districtCommittees.map((a) => a.id)].map(
    (fromId): Succession => ({
      fromId,
      toId: 'lam-dong.ubnd-cap-xa',
      effective: JULY,
      kind: 'abolition',
      note: {
        vi: 'Cấp huyện không còn tổ chức; nhiệm vụ của UBND cấp huyện trong Kế hoạch chuyển cho UBND cấp xã.',
        en: "The district level was abolished; the district People's Committees' duties under the plan pass to commune People's Committees.",
      },
      source: TWO_TIER,
    }),
  ),
];

export const dakNongRegistry: OrganizationRegistry = { agencies, units, agencySuccessions, unitSuccessions };
