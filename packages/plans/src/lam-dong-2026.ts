import type { Plan } from '@kehoach/sdk';

/**
 * ILLUSTRATIVE — not an issued document. A province's plan of the shape "adopts a national
 * catalog and overrides some of its targets" (issue 8, fixture c): the Lâm Đồng People's
 * Committee (the province formed on 1 July 2025 from Lâm Đồng, Đắk Nông and Bình Thuận) carrying
 * out Decision 23/QĐ-TTg for 2026–2030. It adopts the `qd23` catalog, sets stricter targets of
 * its own for four of its measures (one with an extra milestone year, one for the phase
 * 2026–2030) and adds one measure of its own with a phase target. Every figure and text here is
 * invented to show the model; the title and `source` say so, as every screen and export that
 * shows the plan will. It has no number (none was issued), no tasks and no funding section.
 * Its registry is the Đắk Nông one (`dakNongRegistry`), which holds Lâm Đồng's agencies.
 */
export const lamDong2026: Plan = {
  id: 'lam-dong-2026-illustrative',
  title: {
    vi: 'Kế hoạch thực hiện Chương trình hành động vì trẻ em tỉnh Lâm Đồng giai đoạn 2026-2030 (minh họa, không phải văn bản đã ban hành)',
    en: "Lâm Đồng province's plan for the Action Program for Children, 2026–2030 (illustrative, not an issued document)",
  },
  kind: 'plan',
  issuer: { agencyId: 'lam-dong.ubnd', unitId: 'lam-dong' },
  issued: { year: 2026, month: 1 },
  implements: {
    number: '23/QĐ-TTg',
    date: '2021-01-07',
    title: {
      vi: 'Phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030',
      en: 'Approving the National Action Program for Children for the 2021–2030 period',
    },
  },
  catalogId: 'qd23',
  targetOverrides: [
    {
      measureId: 'qd23.2',
      targets: [{ kind: 'level', phaseFrom: 2026, year: 2030, comparator: '≥', value: 97 }],
      note: {
        vi: 'Minh họa: chỉ tiêu của tỉnh cho giai đoạn 2026-2030, cao hơn mức 95% của Quyết định 23/QĐ-TTg.',
        en: "Illustrative: the province's target for the phase 2026–2030, above the decision's 95%.",
      },
    },
    {
      measureId: 'qd23.3c',
      targets: [{ kind: 'level', year: 2030, comparator: '<', value: 14 }],
      note: { vi: 'Minh họa: thấp hơn mức dưới 15‰ của Quyết định 23/QĐ-TTg.' },
    },
    {
      measureId: 'qd23.5a',
      targets: [
        { kind: 'level', year: 2028, comparator: '≥', value: 98.5 },
        { kind: 'level', year: 2030, comparator: '≥', value: 99 },
      ],
      note: { vi: 'Minh họa: thêm mốc 2028 và mức 99% năm 2030 (Quyết định 23/QĐ-TTg: 98%).' },
    },
    {
      measureId: 'qd23.21',
      targets: [{ kind: 'level', year: 2030, comparator: '≥', value: 60 }],
      note: { vi: 'Minh họa: 60% số xã có điểm vui chơi (Quyết định 23/QĐ-TTg: 45%).' },
    },
  ],
  ownObjectives: [
    {
      id: 'lam-dong-2026.o5',
      number: 5,
      title: {
        vi: 'Mục tiêu riêng của tỉnh (minh họa)',
        en: "The province's own objective (illustrative)",
      },
      indicators: [
        {
          id: 'lam-dong-2026.i25',
          number: 25,
          title: {
            vi: 'Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (minh họa)',
            en: 'Children under 6 with a health insurance card (illustrative)',
          },
          measures: [
            {
              id: 'lam-dong-2026.25',
              code: '25',
              title: {
                vi: 'Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (minh họa)',
                en: 'Share of children under 6 with a health insurance card (illustrative)',
              },
              unit: { kind: 'percent', denominator: { vi: 'trẻ em dưới 6 tuổi', en: 'children under 6' } },
              direction: 'increase',
              targets: [{ kind: 'maintain', phaseFrom: 2026, year: 2030, comparator: '=', value: 100 }],
            },
          ],
        },
      ],
    },
  ],
  period: { from: 2026, to: 2030 },
  milestones: [2028, 2030],
  assignments: [
    {
      id: '1',
      number: 1,
      heading: 'Sở Y tế',
      agencyIds: ['lam-dong.so-y-te'],
      role: 'lead',
      taskLinks: [],
      measureLinks: ['qd23.2', 'qd23.3c', 'qd23.5a', 'lam-dong-2026.25'].map((measureId) => ({
        measureId,
        basis: 'as_issued' as const,
      })),
    },
    {
      id: '2',
      number: 2,
      heading: 'Sở Văn hóa, Thể thao và Du lịch',
      agencyIds: ['lam-dong.so-vhttdl'],
      role: 'participant',
      taskLinks: [],
      measureLinks: [{ measureId: 'qd23.21', basis: 'as_issued' }],
    },
  ],
  reporting: {
    frequency: 'yearly',
    due: { month: 12, day: 15 },
    timeZone: 'Asia/Ho_Chi_Minh',
    recipientAgencyId: 'lam-dong.ubnd',
    viaAgencyId: 'lam-dong.so-y-te',
  },
  source: {
    title: 'Minh họa — kế hoạch không có thật, lập để thử mô hình chỉ tiêu riêng của tỉnh',
    note: 'Illustrative: invented to show a province adopting Decision 23/QĐ-TTg with targets of its own. Not an issued document; no figure here is official.',
  },
};
