import { type DraftContext, ptr } from './context.js';
import { markerOf } from './structure.js';
import type { SourceLine } from './types.js';

/**
 * The reporting rule of a plan, read from its sentence: "báo cáo kết quả thực hiện hàng năm
 * trước ngày 15/12 về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)" →
 * yearly, due 15 December, to the provincial committee, through the department.
 */

const DUE = /trước ngày\s*(\d{1,2})\s*(?:\/|tháng\s*)(\d{1,2})/iu;
/**
 * A deadline counted from the data cut-off (hạn tính từ ngày chốt số liệu): "trong 2 ngày làm
 * việc sau ngày chốt số liệu", "trong vòng 10 ngày kể từ ngày chốt số liệu" → working days
 * (`workingDaysAfterWindow`) or calendar days (`daysAfterWindow`), for any cadence.
 */
const AFTER_CUTOFF =
  /trong\s+(?:vòng\s+|thời hạn\s+)?(\d{1,3})\s+ngày\s+(làm việc\s+)?(?:kể\s+từ|sau)\s+(?:khi\s+)?(?:ngày\s+|thời gian\s+|thời điểm\s+)?chốt\s+số\s+liệu/iu;
const CADENCES: [RegExp, string][] = [
  [/(?:hàng|hằng|mỗi)\s+năm|định kỳ\s+năm|năm một lần/iu, 'yearly'],
  [/(?:6|sáu)\s+tháng/iu, 'six_monthly'],
  [/(?:hàng|hằng|mỗi)\s+quý/iu, 'quarterly'],
  [/(?:hàng|hằng|mỗi)\s+tháng/iu, 'monthly'],
];

export const isReportingSentence = (text: string): boolean =>
  /báo cáo/iu.test(text) && (DUE.test(text) || AFTER_CUTOFF.test(text));

export function readReporting(ctx: DraftContext, line: SourceLine | undefined): void {
  if (!line) {
    ctx.miss(
      '/reporting',
      'không thấy câu quy định báo cáo (… báo cáo … trước ngày … / trong … ngày làm việc sau ngày chốt số liệu)',
      'no reporting sentence found (… báo cáo … trước ngày … / trong … ngày làm việc sau ngày chốt số liệu)',
    );
    return;
  }
  // A duty that sets the rule ("1. Sở Y tế: … báo cáo … trước ngày 20/11 …"): without its number.
  const marker = markerOf(line.text);
  const text = marker ? marker.rest : line.text;
  const rule: Record<string, unknown> = {};
  const cadence = CADENCES.find(([re]) => re.test(text))?.[1];
  if (cadence) rule.frequency = cadence;
  else
    ctx.miss(
      '/reporting/frequency',
      'câu báo cáo không nói kỳ báo cáo',
      'the reporting sentence names no cadence',
      [line],
    );
  const after = DUE.test(text) ? null : AFTER_CUTOFF.exec(text);
  const due = after ?? DUE.exec(text)!;
  if (after) {
    // Counted from each period's cut-off: a rule of any cadence, within the schema's bounds.
    const n = Number(after[1]);
    const working = after[2] !== undefined;
    if (n >= 1 && n <= (working ? 60 : 366))
      rule.due = working ? { workingDaysAfterWindow: n } : { daysAfterWindow: n };
    else
      ctx.miss(
        '/reporting/due',
        `hạn "${after[0]}": ${n} ngày ngoài khoảng 1–${working ? 60 : 366}`,
        `the deadline "${after[0]}": ${n} days is outside 1–${working ? 60 : 366}`,
        [line],
      );
  }
  // "trước ngày 15/12" is a day of the year: a deadline of a yearly plan. A sub-yearly plan's
  // deadline counts from each period's cut-off (`daysAfterWindow`), which the sentence does not say.
  else if (cadence === undefined || cadence === 'yearly')
    rule.due = { month: Number(due[2]), day: Number(due[1]) };
  else
    ctx.miss(
      '/reporting/due',
      `hạn "${due[0]}" là một ngày trong năm; kỳ báo cáo "${cadence}" cần hạn tính từ ngày chốt số liệu (daysAfterWindow, workingDaysAfterWindow)`,
      `the deadline "${due[0]}" is a day of the year; the cadence "${cadence}" needs one counted from the cut-off (daysAfterWindow, workingDaysAfterWindow)`,
      [line],
    );
  const tail = text.slice(due.index + due[0].length);
  const to = /^\s*(?:gửi\s+)?về\s+(.+?)(?=\s*\(qua(?![\p{L}\p{N}])|\s*[/.;,]|$)/iu.exec(tail);
  if (to) {
    const m = ctx.agency(to[1]!, line, ptr('reporting', 'recipientAgencyId'));
    if (m.agencyId && m.confidence >= 0.8) rule.recipientAgencyId = m.agencyId;
    else
      ctx.miss(
        '/reporting/recipientAgencyId',
        `nơi nhận báo cáo "${to[1]}" không khớp danh mục`,
        `the recipient "${to[1]}" matches no registry agency`,
        [line],
      );
  } else
    ctx.miss(
      '/reporting/recipientAgencyId',
      'câu báo cáo không nói gửi về đâu',
      'the reporting sentence names no recipient',
      [line],
    );
  const via = /\(qua\s+([^)]+)\)/iu.exec(tail);
  if (via) {
    const m = ctx.agency(via[1]!, line, ptr('reporting', 'viaAgencyId'));
    if (m.agencyId && m.confidence >= 0.8) rule.viaAgencyId = m.agencyId;
    else
      ctx.miss(
        '/reporting/viaAgencyId',
        `"qua ${via[1]}" không khớp danh mục`,
        `"qua ${via[1]}" matches no registry agency`,
        [line],
      );
  }
  rule.text = { vi: text };
  ctx.plan.reporting = rule;
  ctx.at('/reporting/text/vi', line);
  ctx.miss(
    '/reporting/timeZone',
    'văn bản không nói múi giờ tính hạn (thường là Asia/Ho_Chi_Minh)',
    'the document names no time zone for the deadline (usually Asia/Ho_Chi_Minh)',
  );
}
