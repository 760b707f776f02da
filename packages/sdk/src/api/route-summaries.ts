/**
 * One line on what each route does, in Vietnamese and English: the OpenAPI document's summary
 * and description. Kept out of the route definitions, which the client and the widgets bundle,
 * so that a page never downloads the texts of the API's documentation.
 */
import type { Bilingual } from '../i18n/messages.js';
import type { RouteName } from './contract.js';

/** Every route's summary; `satisfies` makes a new route without one a type error. */
export const routeSummaries = {
  acceptReport: { vi: 'Chấp nhận báo cáo', en: 'Accept a report' },
  exportReport: {
    vi: 'Xuất báo cáo tổng hợp của tỉnh',
    en: 'Export the consolidated provincial report',
  },
  getCatalog: { vi: 'Bộ chỉ tiêu', en: 'Indicator catalog' },
  getMyReport: {
    vi: 'Báo cáo năm của cơ quan mình',
    en: "The signed-in agency's yearly report",
  },
  getObservations: {
    vi: 'Số liệu thống kê của kế hoạch (CSV, bố cục gọn)',
    en: "The plan's statistics (CSV, tidy layout)",
  },
  importObservations: {
    vi: 'Nhập số liệu thống kê (CSV, bố cục gọn), tất cả hoặc không',
    en: 'Import statistics (CSV, tidy layout), all or nothing',
  },
  getOrganizations: {
    vi: 'Cơ quan, đơn vị hành chính và kế thừa',
    en: 'Agencies, administrative units and successions',
  },
  getPlan: { vi: 'Kế hoạch như đã ban hành', en: 'A plan as issued' },
  getProgress: {
    vi: 'Tiến độ các chỉ số theo năm và đơn vị',
    en: 'Progress of every measure by year and unit',
  },
  getReport: { vi: 'Một báo cáo', en: 'One report' },
  getReturnedVersion: {
    vi: 'Nội dung báo cáo khi bị trả lại lần gần nhất',
    en: 'A report as it was when last returned',
  },
  getSubmissions: {
    vi: 'Tình hình nộp báo cáo của một năm',
    en: 'Who has filed for a year',
  },
  listMyReports: {
    vi: 'Các báo cáo cơ quan phải nộp, theo kế hoạch, với hạn nộp',
    en: 'The reports the agency owes, plan by plan, with their deadlines',
  },
  importPlan: {
    vi: 'Nhập bộ dữ liệu kế hoạch (phiên bản mới nếu nội dung khác)',
    en: 'Import a plan bundle (a new version when its content differs)',
  },
  listPlanVersions: { vi: 'Các phiên bản của kế hoạch', en: 'Versions of a plan' },
  listPlans: { vi: 'Danh sách kế hoạch', en: 'List plans' },
  listReports: { vi: 'Các báo cáo của một năm', en: 'Reports of a year' },
  login: {
    vi: 'Đăng nhập, nhận mã truy cập',
    en: 'Sign in and receive a bearer token',
  },
  logout: {
    vi: 'Đăng xuất, thu hồi mã truy cập',
    en: 'Sign out and revoke the token',
  },
  me: { vi: 'Tài khoản đang đăng nhập', en: 'The signed-in account' },
  returnReport: {
    vi: 'Trả lại báo cáo kèm ý kiến',
    en: 'Return a report with a comment',
  },
  saveDraft: {
    vi: 'Lưu bản nháp (If-Match theo phiên bản)',
    en: 'Save the draft (If-Match on the version)',
  },
  submitReport: {
    vi: 'Nộp báo cáo (Idempotency-Key)',
    en: 'Submit the report (Idempotency-Key)',
  },
} as const satisfies Record<RouteName, Bilingual>;
