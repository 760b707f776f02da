import { reportStatusMessages, taskProgressMessages } from '@kehoach/sdk';
import { site } from './site.js';

export type Lang = 'vi' | 'en';

/** The sdk glossary's words under `prefix.` keys: statuses read the same here as in the widgets and exports. */
function prefixed<P extends string, M extends Record<string, { vi: string; en: string }>>(
  prefix: P,
  glossary: M,
): { [K in keyof M & string as `${P}.${K}`]: M[K] } {
  return Object.fromEntries(Object.entries(glossary).map(([k, v]) => [`${prefix}.${k}`, v])) as never;
}

/** Every text of the portal, in Vietnamese (the default) and English. */
export const messages = {
  skip: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  'demo.notice': {
    vi: `Cổng minh họa kehoach — không phải cổng thông tin chính thức của ${site.owner.vi}. Số liệu trên trang là dữ liệu minh họa.`,
    en: `kehoach demo portal — not the official portal of the ${site.owner.en}. The figures on this site are illustrative.`,
  },
  'offline.notice': { vi: 'Chế độ ngoại tuyến — dữ liệu minh họa', en: 'Offline mode — illustrative data' },
  'offline.detail': {
    vi: 'Trang đang chạy không cần máy chủ: mọi số liệu, tài khoản và báo cáo là dữ liệu minh họa, chỉ lưu trong thẻ trình duyệt này và không gửi đi đâu.',
    en: 'This site is running with no server: every figure, account and report is illustrative data, kept in this browser tab only and sent nowhere.',
  },
  'offline.reset': { vi: 'Đặt lại dữ liệu minh họa', en: 'Reset the demo data' },
  'offline.failed': {
    vi: 'Không khởi động được chế độ ngoại tuyến: trình duyệt không cho phép service worker (ví dụ ở chế độ riêng tư, hoặc trang không được phục vụ qua HTTPS hay localhost).',
    en: 'The offline demo could not start: the browser does not allow service workers (for example in private mode, or when the page is not served over HTTPS or from localhost).',
  },
  'banner.kicker': { vi: 'Cổng minh họa kehoach', en: 'kehoach demo portal' },
  'banner.title': site.name,
  'banner.sub': {
    vi: 'Theo dõi thực hiện kế hoạch hành động',
    en: 'Tracking how action plans are carried out',
  },
  'nav.lang': { vi: 'Ngôn ngữ', en: 'Language' },
  'nav.main': { vi: 'Menu chính', en: 'Main menu' },
  'nav.breadcrumb': { vi: 'Đường dẫn', en: 'Breadcrumb' },
  'nav.progress': { vi: 'Tiến độ kế hoạch', en: 'Plan progress' },
  'nav.report': { vi: 'Báo cáo của cơ quan', en: 'Agency report' },
  'nav.review': { vi: 'Tổng hợp, thẩm định', en: 'Review and consolidation' },
  'nav.login': { vi: 'Đăng nhập', en: 'Sign in' },
  'crumb.home': { vi: 'Trang chủ', en: 'Home' },
  'account.signedInAs': { vi: 'Đang đăng nhập:', en: 'Signed in as' },
  'account.logout': { vi: 'Đăng xuất', en: 'Sign out' },
  'footer.title': {
    vi: `Cổng minh họa kehoach — ${site.owner.vi}`,
    en: `kehoach demo portal — ${site.owner.en}`,
  },
  'footer.owner': {
    vi: `Cơ quan chủ quản: (minh họa) ${site.owner.vi}`,
    en: `Managed by: (placeholder) ${site.owner.en}`,
  },
  'footer.address': {
    vi: 'Địa chỉ: (minh họa) số …, đường …, phường …',
    en: 'Address: (placeholder) No. …, … Street, … Ward',
  },
  'footer.contact': {
    vi: 'Điện thoại: (minh họa) 0xxx xxx xxx · Thư điện tử: (minh họa) lienhe@example.invalid',
    en: 'Phone: (placeholder) 0xxx xxx xxx · Email: (placeholder) lienhe@example.invalid',
  },
  'footer.demo': {
    vi: 'Đây là bản minh họa của dự án mã nguồn mở kehoach, không phải trang của cơ quan nhà nước. Số liệu là dữ liệu minh họa, không phải số liệu thống kê chính thức.',
    en: 'This is a demo of the open-source kehoach project, not a government website. The figures are illustrative, not official statistics.',
  },
  'footer.apiDocs': { vi: 'Tài liệu API', en: 'API documentation' },
  'common.yearLabel': { vi: 'Năm báo cáo', en: 'Reporting year' },
  'common.periodLabel': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  'common.show': { vi: 'Xem', en: 'Show' },
  'common.loadFailed': {
    vi: 'Không tải được dữ liệu từ máy chủ. Vui lòng thử lại sau.',
    en: 'Could not load data from the server. Please try again later.',
  },
  'common.noPlan': { vi: 'Máy chủ chưa có kế hoạch nào.', en: 'The server holds no plan yet.' },
  'common.planLabel': { vi: 'Kế hoạch', en: 'Plan' },
  'common.sessionExpired': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },

  'progress.title': {
    vi: 'Tiến độ thực hiện kế hoạch — Cổng minh họa kehoach',
    en: 'Plan progress — kehoach demo portal',
  },
  'progress.h1': { vi: 'Tiến độ thực hiện kế hoạch', en: 'Progress of the plan' },
  'progress.lead': {
    vi: 'Số liệu các chỉ tiêu so với mục tiêu của kế hoạch, và tình hình thực hiện các nhiệm vụ của các cơ quan, đơn vị.',
    en: 'The indicators’ values against the plan’s targets, and how the agencies are carrying out their tasks.',
  },
  'progress.dashboard': {
    vi: 'Các chỉ tiêu và mức độ đạt được',
    en: 'Indicators and how far they have come',
  },
  'progress.dashboardHint': {
    vi: 'Chọn một chỉ số để xem chi tiết theo năm và theo đơn vị.',
    en: 'Choose a measure to see its values by year and by unit.',
  },
  'progress.detail': { vi: 'Chi tiết chỉ số', en: 'Measure in detail' },
  'progress.detailClose': { vi: 'Đóng chi tiết', en: 'Close details' },
  'progress.tasks': { vi: 'Nhiệm vụ và cơ quan thực hiện', en: 'Tasks and the agencies carrying them out' },

  'login.title': { vi: 'Đăng nhập — Cổng minh họa kehoach', en: 'Sign in — kehoach demo portal' },
  'login.h1': { vi: 'Đăng nhập hệ thống báo cáo', en: 'Sign in to the reporting system' },
  'login.lead': {
    vi: 'Dành cho cán bộ báo cáo của các cơ quan, đơn vị và cán bộ thẩm định của cơ quan đầu mối.',
    en: 'For reporting officers of agencies and units, and for reviewers at the lead agency.',
  },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.signingIn': { vi: 'Đang đăng nhập…', en: 'Signing in…' },
  'login.missing': {
    vi: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    en: 'Please enter your username and password.',
  },
  'login.failed': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  'login.rateLimited': {
    vi: 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
    en: 'Too many sign-in attempts. Please wait a minute and try again.',
  },
  'login.network': {
    vi: 'Không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại.',
    en: 'Could not reach the server. Check your connection and try again.',
  },
  'login.demoTitle': { vi: 'Tài khoản minh họa', en: 'Demo accounts' },
  'login.demoText': {
    vi: 'Máy chủ minh họa tạo sẵn một tài khoản cho mỗi cơ quan phải báo cáo và một tài khoản thẩm định. Mật khẩu có dạng demo-‹tên đăng nhập›-2026.',
    en: 'The demo server creates one account for each agency that owes a report and one reviewer account. Passwords read demo-‹username›-2026.',
  },
  'login.demoReporter': { vi: 'Cán bộ báo cáo Sở Y tế:', en: 'Reporting officer, Department of Health:' },
  'login.demoReviewer': { vi: 'Cán bộ thẩm định:', en: 'Reviewer:' },

  'report.title': {
    vi: 'Báo cáo của cơ quan — Cổng minh họa kehoach',
    en: 'Agency report — kehoach demo portal',
  },
  'report.h1': { vi: 'Báo cáo định kỳ của cơ quan', en: 'Your agency’s periodic report' },
  'report.lead': {
    vi: 'Nhập kết quả thực hiện nhiệm vụ, số liệu các chỉ tiêu và kinh phí của cơ quan trong năm. Bản nháp được lưu trên máy này mỗi khi bạn nhập và lưu lên máy chủ khi bấm “Lưu nháp”.',
    en: 'Enter what your agency did on its tasks, the values of its indicators and its budget for the year. The draft is kept on this device as you type, and on the server when you press “Save draft”.',
  },
  'report.dueHeading': { vi: 'Các báo cáo cơ quan phải nộp', en: 'The reports your agency owes' },
  'report.duePeriod': { vi: 'Kỳ báo cáo', en: 'Period' },
  'report.dueDate': { vi: 'Hạn nộp', en: 'Deadline' },
  'report.dueStatus': { vi: 'Tình trạng', en: 'Status' },
  'report.noDueDate': { vi: 'Không quy định', en: 'Not set' },
  'report.nothingDue': {
    vi: 'Cơ quan của bạn không phải nộp báo cáo nào theo các kế hoạch hiện có.',
    en: 'Your agency owes no report under the plans on this server.',
  },
  'report.notReporter': {
    vi: 'Trang này dành cho cán bộ báo cáo của cơ quan. Tài khoản của bạn không có quyền lập báo cáo.',
    en: 'This page is for an agency’s reporting officer. Your account cannot write reports.',
  },

  'review.title': {
    vi: 'Tổng hợp, thẩm định báo cáo — Cổng minh họa kehoach',
    en: 'Review and consolidation — kehoach demo portal',
  },
  // Followed by the period's label: "năm 2026", "6 tháng đầu năm 2026".
  'review.h1': { vi: 'Tổng hợp báo cáo', en: 'Reports for' },
  'review.notReviewer': {
    vi: 'Trang này dành cho cán bộ thẩm định của cơ quan đầu mối.',
    en: 'This page is for reviewers at the lead agency.',
  },
  'review.tracker': { vi: 'Tình hình nộp báo cáo', en: 'Who has filed' },
  'review.reports': { vi: 'Báo cáo đã nộp', en: 'Reports filed' },
  'review.none': {
    vi: 'Chưa có cơ quan nào nộp báo cáo năm này.',
    en: 'No agency has filed a report for this year yet.',
  },
  'review.submittedAt': { vi: 'Nộp lúc', en: 'Submitted' },
  'review.version': { vi: 'Phiên bản', en: 'Version' },
  'review.values': { vi: 'Số liệu các chỉ số', en: 'Measure values' },
  'review.tasks': { vi: 'Tình hình thực hiện nhiệm vụ', en: 'Tasks' },
  'review.measure': { vi: 'Chỉ số', en: 'Measure' },
  'review.value': { vi: 'Giá trị', en: 'Value' },
  'review.source': { vi: 'Nguồn số liệu', en: 'Data source' },
  'review.task': { vi: 'Nhiệm vụ', en: 'Task' },
  'review.taskStatus': { vi: 'Trạng thái', en: 'Status' },
  'review.results': { vi: 'Kết quả', en: 'Results' },
  'review.difficulties': { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
  'review.recommendations': { vi: 'Kiến nghị, đề xuất', en: 'Recommendations' },
  'review.history': { vi: 'Lịch sử xử lý', en: 'History' },
  'review.comment': { vi: 'Ý kiến khi trả lại', en: 'Comment for returning' },
  'review.commentHint': {
    vi: 'Nêu rõ nội dung cần bổ sung, chỉnh sửa. Bắt buộc khi trả lại. Góp ý cho từng mục (nút “Góp ý mục này”) được gửi kèm và hiện bên cạnh mục đó trong biểu mẫu của cán bộ.',
    en: 'Say what must be added or corrected. Required to return. Comments on single items ("Comment on this item") go with it and show beside those items in the officer\'s form.',
  },
  'review.return': { vi: 'Trả lại kèm ý kiến', en: 'Return with comment' },
  'review.accept': { vi: 'Chấp nhận báo cáo', en: 'Accept the report' },
  'review.commentRequired': {
    vi: 'Vui lòng nhập ý kiến trước khi trả lại báo cáo.',
    en: 'Please write a comment before returning the report.',
  },
  'review.returned': { vi: 'Đã trả lại báo cáo của', en: 'Returned the report of' },
  'review.acceptedMsg': { vi: 'Đã chấp nhận báo cáo của', en: 'Accepted the report of' },
  'review.actionFailed': { vi: 'Không thực hiện được:', en: 'Could not do it:' },
  'review.noValue': { vi: 'không có số liệu', en: 'no value' },
  'review.summary': { vi: 'Chờ thẩm định', en: 'Awaiting review' },
  'review.summaryReturned': { vi: 'đã trả lại', en: 'returned' },
  'review.summaryAccepted': { vi: 'đã chấp nhận', en: 'accepted' },
  'review.previous': { vi: 'Năm trước', en: 'Last year' },
  'review.targets': { vi: 'Mục tiêu', en: 'Targets' },
  'review.assessment': { vi: 'Đánh giá với số liệu này', en: 'Status with this value' },
  'review.note': { vi: 'Ghi chú', en: 'Note' },
  'review.missingNote': { vi: 'Lý do không có số liệu', en: 'Why there is no value' },
  'review.implausible': {
    vi: 'Biến động bất thường so với năm trước',
    en: 'Implausible change from last year',
  },
  'review.explanation': { vi: 'Giải trình của cán bộ', en: "The officer's explanation" },
  'review.noExplanation': { vi: 'Cán bộ chưa giải trình.', en: 'The officer gave no explanation.' },
  'review.noTarget': { vi: 'Không có mục tiêu', en: 'No target' },
  'review.budget': { vi: 'Kinh phí (đồng)', en: 'Budget (VND)' },
  'review.planned': { vi: 'Kế hoạch', en: 'Planned' },
  'review.spent': { vi: 'Đã chi', en: 'Spent' },
  'review.changes': { vi: 'Thay đổi so với bản đã trả lại', en: 'Changes since the returned version' },
  'review.changesOf': { vi: 'bản trả lại lúc', en: 'version returned on' },
  'review.noChanges': {
    vi: 'Cơ quan nộp lại mà không sửa nội dung nào.',
    en: 'The agency resubmitted without changing anything.',
  },
  'review.changesUnavailable': {
    vi: 'Không có bản đã trả lại để so sánh (báo cáo được trả lại trước khi máy chủ lưu bản này).',
    en: 'No returned version to compare with (the report was returned before the server kept it).',
  },
  'review.changed': { vi: 'Đã sửa', en: 'Changed' },
  'review.added': { vi: 'Thêm mới', en: 'Added' },
  'review.removed': { vi: 'Bỏ đi', en: 'Removed' },
  'review.before': { vi: 'Trước', en: 'Before' },
  'review.after': { vi: 'Sau', en: 'After' },
  'review.empty': { vi: '(trống)', en: '(empty)' },
  'review.earlierComment': { vi: 'Ý kiến lần trả lại trước', en: 'Comment when last returned' },
  'review.fieldComment': { vi: 'Góp ý mục này', en: 'Comment on this item' },
  'review.fieldCommentAbout': { vi: 'Góp ý về', en: 'About' },
  'review.fieldCommentText': { vi: 'Nội dung góp ý', en: 'Comment' },
  'review.fieldWholeRow': { vi: 'Cả mục', en: 'The whole item' },
  'review.fieldCommentsCount': { vi: 'góp ý theo mục sẽ gửi kèm', en: 'item comments will go with it' },
  'review.field.status': { vi: 'Trạng thái', en: 'Status' },
  'review.field.results': { vi: 'Kết quả', en: 'Results' },
  'review.field.value': { vi: 'Giá trị', en: 'Value' },
  'review.field.numerator': { vi: 'Tử số', en: 'Numerator' },
  'review.field.denominator': { vi: 'Mẫu số', en: 'Denominator' },
  'review.field.dataSource': { vi: 'Nguồn số liệu', en: 'Data source' },
  'review.field.note': { vi: 'Ghi chú', en: 'Note' },
  'review.field.explanation': { vi: 'Giải trình', en: 'Explanation' },
  'review.field.planned': { vi: 'Kế hoạch', en: 'Planned' },
  'review.field.spent': { vi: 'Đã chi', en: 'Spent' },
  'review.acceptTitle': { vi: 'Chấp nhận báo cáo?', en: 'Accept the report?' },
  'review.acceptWarning': {
    vi: 'Sau khi chấp nhận, số liệu được tính vào tổng hợp của tỉnh; báo cáo không thể sửa hay trả lại nữa. Thao tác này không thể hoàn tác.',
    en: "Once accepted, its figures count in the province's consolidated report, and the report can no longer be edited or returned. This cannot be undone.",
  },
  'review.acceptConfirm': { vi: 'Chấp nhận, không thể hoàn tác', en: 'Accept — cannot be undone' },
  'review.cancel': { vi: 'Hủy', en: 'Cancel' },
  'review.exportXlsx': { vi: 'Tải bảng tính Excel', en: 'Download the Excel workbook' },
  'review.exportDocx': { vi: 'Tải văn bản Word', en: 'Download the Word document' },
  'review.export': { vi: 'Xuất báo cáo tổng hợp của tỉnh', en: 'Export the consolidated provincial report' },
  'review.exportHint': {
    vi: 'Tổng hợp các báo cáo đã được chấp nhận, theo mẫu báo cáo hành chính.',
    en: 'Consolidates the accepted reports, laid out as an administrative report.',
  },
  'review.exporting': { vi: 'Đang chuẩn bị tệp…', en: 'Preparing the file…' },
  'review.exported': { vi: 'Đã tải xuống', en: 'Downloaded' },
  'review.exportFailed': { vi: 'Không tải được tệp:', en: 'Could not download the file:' },

  ...prefixed('status', reportStatusMessages),
  'event.created': { vi: 'Tạo báo cáo', en: 'Created' },
  'event.saved': { vi: 'Lưu nháp', en: 'Draft saved' },
  'event.submitted': { vi: 'Nộp báo cáo', en: 'Submitted' },
  'event.returned': { vi: 'Trả lại', en: 'Returned' },
  'event.accepted': { vi: 'Chấp nhận', en: 'Accepted' },
  ...prefixed('task', taskProgressMessages),
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The text of `key` in `lang`. */
export function tr(lang: Lang, key: MessageKey): string {
  return messages[key][lang];
}

/**
 * Puts the page's static texts into `lang`: `data-i18n="key"` sets the text,
 * `data-i18n-attr="aria-label=key;title=key2"` sets attributes.
 */
export function translateDom(lang: Lang, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n ?? '';
    if (isMessageKey(key)) el.textContent = messages[key][lang];
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [attr, key] = pair.split('=').map((s) => s.trim());
      if (attr && key && isMessageKey(key)) el.setAttribute(attr, messages[key][lang]);
    }
  }
}
