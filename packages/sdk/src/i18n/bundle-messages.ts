import { periodMessages } from './messages.js';
import type { ValidationMessages } from './validation.js';
import { ONCE } from './validation.js';

/**
 * Texts of the rules only plans, catalogs and registries have (dates in order, milestones in the
 * period, links that resolve, codes as numbered, unique ids). Pass them to `validate` or
 * `parseOrThrow` wherever a bundle is written or checked — the server, the `kehoach` command, an
 * editor; without them such an error still names its field, with a generic text. Kept apart
 * from the report rules' texts so a page that only reads bundles does not download them.
 */
export const bundleMessages: ValidationMessages = {
  partial_date_day_without_month: {
    vi: 'có tháng khi đã có ngày',
    en: 'a month whenever a day is given',
  },
  partial_date_invalid_day: {
    vi: 'một ngày có thật trong tháng',
    en: 'a day that exists in that month',
  },
  validity_order: {
    vi: 'ngày kết thúc sau ngày bắt đầu',
    en: 'an end date after the start date',
  },
  year_range_order: {
    vi: 'năm kết thúc sau năm bắt đầu',
    en: 'an end year after the start year',
  },
  aim_below_minimum: {
    vi: 'mức phấn đấu không thấp hơn mức tối thiểu',
    en: 'an aim no lower than the minimum',
  },
  milestone_outside_period: {
    vi: 'các mốc nằm trong giai đoạn của kế hoạch',
    en: "milestones inside the plan's period",
  },
  unknown_task_link: {
    vi: 'liên kết tới nhiệm vụ có trong kế hoạch',
    en: 'links to tasks that exist in the plan',
  },
  http_url: { vi: 'một địa chỉ http:// hoặc https://', en: 'an http:// or https:// address' },
  indicator_code: { vi: 'mã như 3, 3a, 3.1, II.3', en: 'a code such as 3, 3a, 3.1, II.3' },
  // A second item with the same id (its path names the id).
  duplicate_id: ONCE,
  unknown_parent_agency: {
    vi: 'cơ quan chủ quản có trong danh sách cơ quan (không phải chính nó)',
    en: 'a parent body listed among the agencies (not itself)',
  },
  units_counted_percent: {
    vi: 'đơn vị đo phần trăm cho chỉ số tính tỷ lệ đơn vị hành chính',
    en: 'a percentage unit for a share of administrative units',
  },
  time_zone: { vi: 'một múi giờ IANA', en: 'an IANA time zone' },
  // periods (issue 8.5)
  period_key: periodMessages.period_key,
  due_fixed_day_yearly_only: periodMessages.due_fixed_day_yearly_only,
  sub_year_period: periodMessages.sub_year_period,
  period_of_year: periodMessages.period_of_year,
  // A plan's days off and weekends worked (`reporting.holidays`, `reporting.workingWeekends`).
  duplicate_date: { vi: 'mỗi ngày chỉ ghi một lần', en: 'each day only once' },
  working_weekend_weekday: {
    vi: 'một ngày thứ Bảy hoặc Chủ nhật (ngày làm bù)',
    en: 'a Saturday or a Sunday (a weekend day worked)',
  },
  working_weekend_holiday: {
    vi: 'một ngày làm bù không trùng ngày nghỉ (holidays)',
    en: 'a weekend day worked that is not also a day off (holidays)',
  },
  // Disaggregation (dimensions and categories, `catalogRuleErrors`).
  unknown_dimension: {
    vi: 'một tiêu chí phân tổ mà danh mục và chỉ số khai báo',
    en: 'a dimension the catalog and the measure declare',
  },
  unknown_category: {
    vi: 'một nhóm (category) của tiêu chí phân tổ này',
    en: 'a category of this dimension',
  },
  // A second measure with the same code (its path names the code).
  duplicate_code: ONCE,
  approves_only_decision: { vi: 'kind "decision"', en: 'kind "decision"' },
  // References between a bundle's parts (`bundleReferenceErrors`).
  unknown_agency: {
    vi: 'một cơ quan có trong danh mục tổ chức (registry)',
    en: 'an agency of the organisation registry',
  },
  unknown_unit: {
    vi: 'một đơn vị hành chính có trong danh mục tổ chức (registry)',
    en: 'an administrative unit of the organisation registry',
  },
  catalog_mismatch: {
    vi: 'mã của bộ chỉ tiêu đi kèm (catalog.json)',
    en: 'the id of the catalog that comes with it (catalog.json)',
  },
  unknown_measure_link: {
    vi: 'một chỉ số có trong bộ chỉ tiêu',
    en: 'a measure of the indicator catalog',
  },
  // Catalogs and targets (targets helper): a plan's own targets and measures (`planTargetErrors`).
  unknown_override_measure: {
    vi: 'một chỉ số có trong bộ chỉ tiêu mà kế hoạch áp dụng',
    en: 'a measure of the catalog the plan adopts',
  },
  catalog_duplicate_id: {
    vi: 'một mã chưa dùng trong bộ chỉ tiêu',
    en: 'an id the catalog does not already use',
  },
  catalog_duplicate_code: {
    vi: 'một mã chỉ tiêu chưa dùng trong bộ chỉ tiêu',
    en: 'a code the catalog does not already use',
  },
  phase_outside_period: {
    vi: 'giai đoạn nằm trong thời kỳ của kế hoạch (hoặc bộ chỉ tiêu)',
    en: "a phase inside the plan's (or the catalog's) period",
  },
  unknown_catalog: {
    vi: 'mã của một bộ chỉ tiêu đã lưu hoặc đi kèm (catalog.json)',
    en: 'the id of a stored catalog or of one that comes with it (catalog.json)',
  },
};
