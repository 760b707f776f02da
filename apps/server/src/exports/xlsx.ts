import {
  localDateTime,
  periodLabel,
  reasonMessages,
  reportStatusMessages,
  statusMessages,
  taskProgressMessages,
} from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import {
  budgetBySource,
  type Consolidated,
  categoryRows,
  latestPoint,
  periodValue,
  targetText,
  UNIT_LABEL,
} from './data.js';

export const SHEETS = {
  indicators: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  budget: 'Kinh phí',
  submissions: 'Nộp báo cáo',
} as const;

/** "&" starts a code in print headers and footers: write it as "&&". */
const printText = (text: string) => text.replace(/&/g, '&&');

/**
 * The consolidated report as a workbook: indicators with value and status, tasks by agency,
 * budget by funding source, submissions. Tasks and budget come from accepted reports only (the
 * workbook's subject, every printed page's header and the submissions sheet say so); the
 * submissions sheet gives every agency's report state. Each data table has an autofilter on its
 * header row, which is repeated on every printed page (print titles); pages are A4, fitted to
 * the width, landscape for the wide sheets. Times are the plan's time zone with the offset.
 * Officers' text goes in as plain string cells (ExcelJS never turns a string into a formula),
 * so "=…" typed in a report stays text.
 */
export async function buildXlsx(c: Consolidated): Promise<Buffer> {
  const tz = c.bundle.plan.reporting.timeZone;
  const scope = `Tổng hợp từ ${c.reports.length}/${c.submissions.entries.length} báo cáo đã được chấp nhận`;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kehoach';
  wb.created = new Date(c.generatedAt);
  // A yearly workbook keeps the title it always had ("… — 2026"); another period is named as
  // the documents name it ("… — 6 tháng đầu năm 2026").
  wb.title = `${c.bundle.plan.title.vi} — ${c.period.cadence === 'yearly' ? c.year : periodLabel(c.period.key, 'vi')}`;
  wb.subject = `${scope}; lập lúc ${c.generatedAt}`;

  const header = (ws: ExcelJS.Worksheet) => {
    const row = ws.getRow(1);
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  /** Autofilter over the table (header row 1 to `lastRow`), print titles and page setup. */
  const finish = (ws: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', lastRow = ws.rowCount) => {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, lastRow), column: ws.columnCount },
    };
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as it takes
      printTitlesRow: '1:1',
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = {
      oddHeader: `&L${printText(`${c.bundle.plan.title.vi} — ${periodLabel(c.period.key, 'vi')}`)}&R${printText(`${scope}`)}`,
      oddFooter: `&L${printText(ws.name)}&RTrang &P/&N`,
    };
  };

  const ind = wb.addWorksheet(SHEETS.indicators);
  ind.columns = [
    { header: 'Chỉ tiêu', key: 'indicator', width: 9 },
    { header: 'Mã chỉ số', key: 'code', width: 10 },
    { header: 'Chỉ số', key: 'title', width: 60 },
    { header: 'Đơn vị tính', key: 'unit', width: 11 },
    { header: 'Năm số liệu', key: 'year', width: 11 },
    { header: 'Giá trị', key: 'value', width: 11 },
    { header: 'Tử số', key: 'numerator', width: 11 },
    { header: 'Mẫu số', key: 'denominator', width: 11 },
    // A period that does not close its year: its own figures, beside the yearly ones above.
    ...(c.periodFigures
      ? [{ header: `Số liệu ${periodLabel(c.period.key, 'vi')}`, key: 'period', width: 16 }]
      : []),
    { header: 'Mục tiêu 2025', key: 't2025', width: 20 },
    { header: 'Mục tiêu 2030', key: 't2030', width: 20 },
    { header: 'Đánh giá', key: 'status', width: 20 },
    { header: 'Ghi chú đánh giá', key: 'reason', width: 30 },
    { header: 'Nguồn', key: 'source', width: 22 },
  ];
  header(ind);
  for (const { measure, indicatorNumber, progress } of c.measures) {
    const p = latestPoint(progress, c.year);
    ind.addRow({
      indicator: indicatorNumber,
      code: measure.code,
      title: measure.title.vi,
      unit: UNIT_LABEL[measure.unit.kind],
      year: p?.year ?? null,
      value: p ? Math.round(p.value * 100) / 100 : null,
      numerator: p?.numerator ?? null,
      denominator: p?.denominator ?? null,
      period: periodValue(c, measure),
      t2025: targetText(measure, 2025, progress.otherTargets),
      t2030: targetText(measure, 2030, progress.otherTargets),
      status: statusMessages[progress.assessment.status].vi,
      reason: progress.assessment.reason ? reasonMessages[progress.assessment.reason].vi : '',
      source: progress.illustrative ? 'Dữ liệu minh họa' : progress.series.length ? 'Báo cáo / thống kê' : '',
    });
    // Its figures by category (phân tổ), each under its own targets and assessment.
    for (const r of categoryRows(c, measure, progress))
      ind.addRow({
        indicator: indicatorNumber,
        code: r.code,
        title: r.title,
        unit: UNIT_LABEL[measure.unit.kind],
        year: r.point?.year ?? null,
        value: r.point ? Math.round(r.point.value * 100) / 100 : null,
        numerator: r.point?.numerator ?? null,
        denominator: r.point?.denominator ?? null,
        period: periodValue(c, measure, r.series),
        t2025: r.target(2025),
        t2030: r.target(2030),
        status: statusMessages[r.status].vi,
        reason: '',
        source: '',
      });
  }
  for (const key of ['title', 't2025', 't2030', 'reason'])
    ind.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  finish(ind, 'landscape');

  const tasks = wb.addWorksheet(SHEETS.tasks);
  tasks.columns = [
    { header: 'Nhóm', key: 'group', width: 8 },
    { header: 'Nhiệm vụ', key: 'task', width: 9 },
    { header: 'Nội dung nhiệm vụ', key: 'text', width: 60 },
    { header: 'Cơ quan', key: 'agency', width: 36 },
    { header: 'Tình hình thực hiện', key: 'status', width: 18 },
    { header: 'Kết quả', key: 'results', width: 60 },
    { header: 'Trạng thái báo cáo', key: 'report', width: 16 },
  ];
  header(tasks);
  for (const g of c.bundle.plan.taskGroups ?? []) {
    for (const t of g.tasks) {
      for (const r of c.reports) {
        const tr = r.content.tasks.find((x) => x.taskId === t.id);
        if (!tr) continue;
        tasks.addRow({
          group: `II.${g.number}`,
          task: t.id,
          text: t.text.vi,
          agency: r.agencyName,
          status: taskProgressMessages[tr.status].vi,
          results: tr.results,
          report: reportStatusMessages[r.status].vi,
        });
      }
    }
  }
  tasks.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  tasks.getColumn('results').alignment = { wrapText: true, vertical: 'top' };
  finish(tasks, 'landscape');

  const budget = wb.addWorksheet(SHEETS.budget);
  budget.columns = [
    { header: 'Nguồn kinh phí', key: 'source', width: 12 },
    { header: 'Nội dung', key: 'text', width: 50 },
    { header: 'Cơ quan', key: 'agency', width: 36 },
    { header: 'Kế hoạch (đồng)', key: 'planned', width: 18 },
    { header: 'Đã thực hiện (đồng)', key: 'spent', width: 18 },
  ];
  header(budget);
  for (const b of budgetBySource(c)) {
    for (const l of b.lines) {
      budget.addRow({
        source: b.funding.id,
        text: b.funding.text.vi,
        agency: l.agencyName,
        planned: l.planned,
        spent: l.spent,
      });
    }
    const total = budget.addRow({
      source: b.funding.id,
      text: b.funding.text.vi,
      agency: 'Tổng cộng',
      planned: b.planned,
      spent: b.spent,
    });
    total.font = { bold: true };
  }
  budget.getColumn('planned').numFmt = '#,##0';
  budget.getColumn('spent').numFmt = '#,##0';
  finish(budget, 'landscape');

  const subs = wb.addWorksheet(SHEETS.submissions);
  subs.columns = [
    { header: 'Cơ quan', key: 'agency', width: 40 },
    { header: 'Mã cơ quan', key: 'agencyId', width: 26 },
    { header: 'Trạng thái', key: 'status', width: 16 },
    { header: 'Quá hạn', key: 'overdue', width: 10 },
    { header: 'Thời điểm nộp (giờ địa phương, kèm độ lệch UTC)', key: 'submittedAt', width: 28 },
    { header: 'Mã báo cáo', key: 'reportId', width: 44 },
  ];
  header(subs);
  for (const e of c.submissions.entries) {
    subs.addRow({
      agency: c.agencyName(e.agencyId),
      agencyId: e.agencyId,
      status: reportStatusMessages[e.status].vi,
      overdue: e.overdue ? 'Có' : 'Không',
      submittedAt: e.submittedAt ? localDateTime(e.submittedAt, tz) : '',
      reportId: e.reportId ?? '',
    });
  }
  finish(subs, 'landscape', subs.rowCount);
  subs.addRow({});
  subs.addRow({
    agency: `${c.submissions.dueDate ? `Hạn nộp: ${c.submissions.dueDate}; số` : 'Số'} liệu tính đến ${c.generatedAt} (${tz}). ${scope}: chỉ các báo cáo này được tổng hợp ở trang "${SHEETS.tasks}" và "${SHEETS.budget}".`,
  });

  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
