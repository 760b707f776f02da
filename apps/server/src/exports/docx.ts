import { reportStatusMessages, statusMessages } from '@kehoach/sdk';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import {
  budgetBySource,
  type Consolidated,
  formatNumber,
  latestPoint,
  TASK_STATUS_VI,
  targetText,
  UNIT_LABEL,
} from './data.js';

const FONT = 'Times New Roman';
const SIZE = 26; // 13 pt, as Decree 30/2020/NĐ-CP asks for the body text

type RunOpts = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
const run = (text: string, o: RunOpts = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: o.size ?? SIZE,
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
    ...(o.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
const para = (
  text: string,
  o: RunOpts & { align?: 'center' | 'left' | 'both' | 'right'; indent?: boolean; after?: number } = {},
) =>
  new Paragraph({
    children: [run(text, o)],
    alignment:
      o.align === 'center'
        ? AlignmentType.CENTER
        : o.align === 'right'
          ? AlignmentType.RIGHT
          : o.align === 'left'
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 80 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
  });
const heading = (text: string) => para(text, { bold: true, align: 'left', after: 120 });

const cell = (children: Paragraph[], widthPct?: number) =>
  new TableCell({ children, ...(widthPct ? { width: { size: widthPct, type: WidthType.PERCENTAGE } } : {}) });

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
function grid(headers: string[], rows: string[][], widths: number[]): Table {
  const mk = (cells: string[], bold: boolean) =>
    new TableRow({
      children: cells.map((t, i) =>
        cell([para(t, { bold, size: 22, align: i === 0 ? 'center' : 'left', after: 0 })], widths[i]),
      ),
      tableHeader: bold,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: thin,
      bottom: thin,
      left: thin,
      right: thin,
      insideHorizontal: thin,
      insideVertical: thin,
    },
    rows: [mk(headers, true), ...rows.map((r) => mk(r, false))],
  });
}

const vnd = (n: number) => `${formatNumber(n, 0)} đồng`;

/**
 * The consolidated provincial report as a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP layout): issuing body and national heading side by side, "Số: …/BC-…" and the
 * date left for the office to fill, the title, sections following the plan (I purposes and
 * targets, II tasks, III funding, IV organisation), then the recipients and the signature block
 * left blank for the signer. Every value is a text run: nothing is interpreted as markup.
 */
export async function buildDocx(c: Consolidated): Promise<Buffer> {
  const plan = c.bundle.plan;
  const reviewer = c.reviewer;
  const parentName = (() => {
    const unit = c.bundle.registry.units.find((u) => u.id === c.unitId);
    return unit ? `UBND ${unit.name.vi.toUpperCase().replace(/^TỈNH /, 'TỈNH ')}` : '';
  })();
  const issuerLine = reviewer?.name.vi.replace(/ tỉnh .*$/i, '').toUpperCase() ?? '';
  const abbreviation = reviewer?.shortName?.vi ?? 'S…';

  const headingTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              para(parentName, { align: 'center', after: 0 }),
              para(issuerLine, { bold: true, align: 'center', after: 0 }),
              para('________', { align: 'center', after: 120 }),
              para(`Số: …/BC-${abbreviation}`, { align: 'center', after: 0 }),
            ],
            40,
          ),
          cell(
            [
              para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center', after: 0, size: 24 }),
              para('Độc lập - Tự do - Hạnh phúc', {
                bold: true,
                align: 'center',
                after: 120,
                underline: true,
              }),
              para(`${c.unitName.replace(/^Tỉnh /, '')}, ngày … tháng … năm ${c.year}`, {
                italics: true,
                align: 'center',
                after: 0,
              }),
            ],
            60,
          ),
        ],
      }),
    ],
  });

  const body: (Paragraph | Table)[] = [
    headingTable,
    para('', { after: 240 }),
    para('BÁO CÁO', { bold: true, align: 'center', after: 0, size: 28 }),
    para(`Kết quả thực hiện ${plan.title.vi} năm ${c.year}`, { bold: true, align: 'center', after: 60 }),
    para('________', { align: 'center', after: 240 }),
    para(
      `Thực hiện ${plan.number.asIssued.replace(/^Số:\s*/, 'Kế hoạch số ')} của Ủy ban nhân dân tỉnh về ${plan.title.vi.charAt(0).toLowerCase()}${plan.title.vi.slice(1)}, ${reviewer?.name.vi ?? 'cơ quan chủ trì'} tổng hợp kết quả thực hiện năm ${c.year} trên cơ sở báo cáo của các cơ quan, đơn vị như sau:`,
      { indent: true },
    ),
  ];
  if (c.illustrative) {
    body.push(
      para(
        'Lưu ý: một số số liệu chỉ tiêu dưới đây là dữ liệu minh họa, không phải số liệu thống kê chính thức.',
        { italics: true, indent: true },
      ),
    );
  }

  body.push(heading('I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU'));
  body.push(
    grid(
      ['Mã', 'Chỉ số', 'Giá trị', 'Mục tiêu 2025', 'Mục tiêu 2030', 'Đánh giá'],
      c.measures.map(({ measure, progress }) => {
        const p = latestPoint(progress, c.year);
        return [
          measure.code,
          measure.title.vi,
          p ? `${formatNumber(p.value)} ${UNIT_LABEL[measure.unit.kind]} (${p.year})` : '—',
          targetText(measure, 2025),
          targetText(measure, 2030),
          statusMessages[progress.assessment.status].vi,
        ];
      }),
      [7, 43, 14, 12, 12, 12],
    ),
  );

  body.push(heading('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ GIẢI PHÁP'));
  for (const g of plan.taskGroups) {
    body.push(para(`${g.number}. ${g.title.vi}`, { bold: true, italics: true }));
    for (const t of g.tasks) {
      const entries = c.reports.flatMap((r) => {
        const tr = r.content.tasks.find((x) => x.taskId === t.id);
        return tr ? [{ r, tr }] : [];
      });
      body.push(para(`${t.label}) ${t.text.vi}`, { indent: true }));
      if (entries.length === 0) {
        body.push(para('Chưa có cơ quan báo cáo kết quả.', { italics: true, indent: true }));
        continue;
      }
      for (const { r, tr } of entries) {
        body.push(
          para(`- ${r.agencyName} (${TASK_STATUS_VI[tr.status] ?? tr.status}): ${tr.results || '—'}`, {
            indent: true,
          }),
        );
      }
    }
  }

  body.push(heading('III. KINH PHÍ THỰC HIỆN'));
  const sources = budgetBySource(c);
  body.push(
    grid(
      ['Nguồn', 'Nội dung', 'Kế hoạch', 'Đã thực hiện'],
      sources.map((b) => [b.funding.id, b.funding.text.vi, vnd(b.planned), vnd(b.spent)]),
      [10, 50, 20, 20],
    ),
  );

  body.push(heading('IV. TỔ CHỨC THỰC HIỆN'));
  const filed = c.submissions.entries.filter(
    (e) => e.status === 'submitted' || e.status === 'accepted',
  ).length;
  body.push(
    para(
      `Năm ${c.year} có ${c.submissions.entries.length} cơ quan, đơn vị phải báo cáo; ${filed} cơ quan, đơn vị đã nộp báo cáo (hạn nộp ${c.submissions.dueDate.split('-').reverse().join('/')}).`,
      { indent: true },
    ),
  );
  body.push(
    grid(
      ['TT', 'Cơ quan, đơn vị', 'Tình trạng báo cáo'],
      c.submissions.entries.map((e, i) => [
        String(i + 1),
        c.agencyName(e.agencyId),
        `${reportStatusMessages[e.status].vi}${e.overdue ? ` (${reportStatusMessages.overdue.vi.toLowerCase()})` : ''}`,
      ]),
      [8, 62, 30],
    ),
  );
  const difficulties = c.reports.filter((r) => r.content.difficulties.trim());
  const recommendations = c.reports.filter((r) => r.content.recommendations.trim());
  body.push(para('1. Khó khăn, vướng mắc', { bold: true }));
  if (difficulties.length === 0) body.push(para('Không có.', { indent: true }));
  for (const r of difficulties)
    body.push(para(`- ${r.agencyName}: ${r.content.difficulties}`, { indent: true }));
  body.push(para('2. Đề xuất, kiến nghị', { bold: true }));
  if (recommendations.length === 0) body.push(para('Không có.', { indent: true }));
  for (const r of recommendations)
    body.push(para(`- ${r.agencyName}: ${r.content.recommendations}`, { indent: true }));

  body.push(para('', { after: 240 }));
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            cell(
              [
                para('Nơi nhận:', { bold: true, italics: true, align: 'left', after: 0, size: 24 }),
                para('- UBND tỉnh (b/c);', { align: 'left', after: 0, size: 22 }),
                para('- Các cơ quan, đơn vị liên quan;', { align: 'left', after: 0, size: 22 }),
                para(`- Lưu: VT, ${abbreviation}.`, { align: 'left', after: 0, size: 22 }),
              ],
              50,
            ),
            cell(
              [
                para('GIÁM ĐỐC', { bold: true, align: 'center', after: 0 }),
                para('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, align: 'center', after: 1200 }),
                para('……………………', { align: 'center', after: 0 }),
              ],
              50,
            ),
          ],
        }),
      ],
    }),
  );

  const doc = new Document({
    creator: 'kehoach',
    title: `Báo cáo ${c.year} — ${plan.title.vi}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 1134, bottom: 1134, left: 1701, right: 851 }, // 20/20/30/15 mm
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
