import type { Lang } from '../schemas/common.js';

/** A message in both languages of the product. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Labels of progress statuses, as shown to the public. */
export const statusMessages = {
  target_achieved: { vi: 'Đã đạt mục tiêu', en: 'Target achieved' },
  substantial_progress: { vi: 'Tiến bộ đáng kể', en: 'Substantial progress' },
  moderate_progress: { vi: 'Tiến bộ vừa phải', en: 'Moderate progress' },
  limited_progress: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Đi xuống', en: 'Deterioration' },
  not_available: { vi: 'Chưa đánh giá được', en: 'Not available' },
} as const satisfies Record<string, Bilingual>;

/** Why a progress status could not be computed. */
export const reasonMessages = {
  no_data: { vi: 'Chưa có số liệu', en: 'No data' },
  too_few_points: {
    vi: 'Cần ít nhất hai năm có số liệu',
    en: 'At least two years of data are needed',
  },
  not_finite: {
    vi: 'Có giá trị không phải là số hữu hạn',
    en: 'A value is not a finite number',
  },
  duplicate_year: { vi: 'Một năm có hai giá trị', en: 'A year has two values' },
  year_out_of_range: {
    vi: 'Năm nằm ngoài phạm vi cho phép',
    en: 'A year is outside the allowed range',
  },
  out_of_bounds: {
    vi: 'Giá trị nằm ngoài giới hạn của đơn vị đo',
    en: "A value is outside its unit's bounds",
  },
  zero_base: {
    vi: 'Giá trị năm gốc bằng 0 nên không tính được tốc độ tăng',
    en: 'The base value is zero, so growth cannot be computed',
  },
  sign_change: {
    vi: 'Giá trị đổi dấu trong chuỗi số liệu',
    en: 'Values change sign within the series',
  },
  target_not_applicable: {
    vi: 'Không có mục tiêu áp dụng cho năm này',
    en: 'No target applies to this year',
  },
  no_required_growth: {
    vi: 'Năm gốc đã ở mức mục tiêu nên không tính được tỷ lệ',
    en: 'The base already sits at the target, so no ratio can be computed',
  },
} as const satisfies Record<string, Bilingual>;

/** Labels of report lifecycle states. */
export const reportStatusMessages = {
  missing: { vi: 'Chưa nộp', en: 'Not filed' },
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  accepted: { vi: 'Đã chấp nhận', en: 'Accepted' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
} as const satisfies Record<string, Bilingual>;

/** Pick one language of a bilingual message. */
export function translate(message: Bilingual, lang: Lang = 'vi'): string {
  return message[lang];
}
