import type { Lang } from '../schemas/common.js';

/*
 * The glossary (bảng thuật ngữ) of kehoach: every status and state a person reads — a report's
 * lifecycle, a task's progress, a measure's trajectory, a milestone met or missed — named once
 * here in both languages. The widgets, the portal and the server's exports (docx, xlsx) all show
 * these words; none keeps its own copy (apps/server/test/glossary.test.ts looks for copies).
 */

/** A message in both languages of the product. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * Labels of progress statuses (trajectory), as shown to the public. They judge the direction
 * against the measure's aim, not the line's slope: `deterioration` ("Xấu đi") is a rising line
 * for a measure that should fall (child marriage), so no word here says up or down.
 */
export const statusMessages = {
  target_achieved: { vi: 'Đã đạt mục tiêu', en: 'Target achieved' },
  substantial_progress: { vi: 'Tiến bộ đáng kể', en: 'Substantial progress' },
  moderate_progress: { vi: 'Tiến bộ vừa phải', en: 'Moderate progress' },
  limited_progress: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Xấu đi', en: 'Deterioration' },
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

/** What was done about a task in a year (`TaskProgress`): the form offers them, trackers and exports show them. */
export const taskProgressMessages = {
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
} as const satisfies Record<string, Bilingual>;

/**
 * A milestone's verdict (`Assessment.milestones[i].achieved`), said beside the trajectory
 * status: "Không đạt mục tiêu 2025: 95,85% so với ≥ 97%" (`missed`, year, observed, `against`,
 * target). A status such as "Tiến bộ đáng kể" judges the pace; only this says the 2025 target was missed.
 */
export const milestoneMessages = {
  met: { vi: 'Đạt mục tiêu', en: 'Met the target for' },
  missed: { vi: 'Không đạt mục tiêu', en: 'Missed the target for' },
  against: { vi: 'so với', en: 'against' },
} as const satisfies Record<string, Bilingual>;

/** Pick one language of a bilingual message. */
export function translate(message: Bilingual, lang: Lang = 'vi'): string {
  return message[lang];
}

/**
 * Kinds of document a plan is issued as (loại văn bản), as they stand before its number and in
 * its report's subject: "Kế hoạch số 12/KH-UBND", "Kết quả thực hiện Chương trình …".
 */
export const documentKindMessages = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  programme: { vi: 'Chương trình', en: 'Programme' },
  scheme: { vi: 'Đề án', en: 'Scheme' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  other: { vi: 'Văn bản', en: 'Document' },
} as const satisfies Record<string, Bilingual>;

// --- periods (issue 8.5, reporting cadence) ---

/**
 * Texts of the period rules, as what a field expected ("Trường params.year: cần …"): a key that
 * is not a period, a period not of the plan's cadence (keyed by the cadence), a fixed deadline
 * on a plan that is not yearly.
 */
export const periodMessages = {
  period_key: {
    vi: 'một kỳ báo cáo như 2026, 2026-H1, 2026-Q3, 2026-07',
    en: 'a reporting period such as 2026, 2026-H1, 2026-Q3, 2026-07',
  },
  yearly: {
    vi: 'một kỳ báo cáo năm của kế hoạch (như 2026)',
    en: 'a yearly period of the plan (such as 2026)',
  },
  six_monthly: {
    vi: 'một kỳ báo cáo 6 tháng của kế hoạch (như 2026-H1, 2026-H2)',
    en: 'a six-monthly period of the plan (such as 2026-H1, 2026-H2)',
  },
  quarterly: {
    vi: 'một kỳ báo cáo quý của kế hoạch (như 2026-Q1 … 2026-Q4)',
    en: 'a quarterly period of the plan (such as 2026-Q1 … 2026-Q4)',
  },
  monthly: {
    vi: 'một kỳ báo cáo tháng của kế hoạch (như 2026-01 … 2026-12)',
    en: 'a monthly period of the plan (such as 2026-01 … 2026-12)',
  },
  sub_year_period: {
    vi: 'một kỳ ngắn hơn năm (như 2026-H1, 2026-Q3, 2026-07); số liệu cả năm không có period',
    en: "a period shorter than a year (such as 2026-H1, 2026-Q3, 2026-07); a whole year's figure has no period",
  },
  period_of_year: {
    vi: 'một kỳ thuộc năm của số liệu (year)',
    en: "a period within the figure's year (year)",
  },
  due_fixed_day_yearly_only: {
    vi: 'hạn nộp tính từ ngày chốt số liệu (daysAfterWindow, workingDaysAfterWindow) khi kỳ báo cáo không phải hằng năm',
    en: 'a deadline counted from the cut-off (daysAfterWindow, workingDaysAfterWindow) when the cadence is not yearly',
  },
} as const satisfies Record<string, Bilingual>;
