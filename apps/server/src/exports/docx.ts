import { periodLabel, reportStatusMessages, statusMessages, taskProgressMessages } from '@kehoach/sdk';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  budgetBySource,
  type Consolidated,
  categoryRows,
  formatNumber,
  latestPoint,
  lowerFirst,
  periodFigureText,
  periodSentenceStart,
  planReference,
  reportSubject,
  targetText,
  timeText,
  withUnit,
} from './data.js';
import { documentFrame } from './frame.js';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body text, as Decree 30/2020/NĐ-CP asks (13–14 pt). */
const SIZE = 26;
const TABLE_SIZE = 24; // 12 pt in tables
const mm = (n: number) => Math.round((n * 1440) / 25.4);

/** A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;
/** Width of the text between the margins, in twentieths of a point. */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Paragraph spacing: at least 6 pt between paragraphs (Decree 30/2020, Appendix I). */
const AFTER = 120;
/** Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman 13 pt bold (Liberation Serif has its metrics). */
const MOTTO_WIDTH = 3182;

type RunOpts = { bold?: boolean; italics?: boolean; size?: number };
const run = (text: string, o: RunOpts = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: o.size ?? SIZE,
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
  });

type ParaOpts = RunOpts & {
  align?: 'center' | 'left' | 'both' | 'right';
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
};
const ALIGN = {
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
  both: AlignmentType.JUSTIFIED,
} as const;
const para = (text: string | TextRun[], o: ParaOpts = {}) =>
  new Paragraph({
    children: typeof text === 'string' ? [run(text, o)] : text,
    alignment: ALIGN[o.align ?? 'both'],
    spacing: { before: o.before ?? 0, after: o.after ?? AFTER, line: 276, lineRule: LineRuleType.AUTO },
    ...(o.indent ? { indent: { firstLine: mm(10) } } : {}),
    ...(o.keepNext ? { keepNext: true, keepLines: true } : { keepLines: true }),
  });
/**
 * A drawn line (đường kẻ ngang, nét liền), `length` twips long and centred in `width`: the bottom
 * border of an empty paragraph 4 pt high, so it sits just under the line of text above it.
 */
const rule = (length: number, width: number, after = AFTER) => {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    children: [],
    spacing: { before: 0, after, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext: true,
  });
};
const heading = (text: string) => para(text, { bold: true, indent: true, before: AFTER, keepNext: true });

const cell = (children: Paragraph[], width: number, margins = true) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(margins ? { margins: { top: 40, bottom: 40, left: 80, right: 80 } } : {}),
  });

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A bordered table whose rows never break across pages (cantSplit) and whose header row is
 * repeated at the top of every page it runs onto (tableHeader). `widths` in twips add up to the
 * text width; the layout is fixed so every office suite draws the same columns.
 */
function grid(headers: string[], rows: string[][], widths: number[], centred: number[] = [0]): Table {
  const mk = (cells: string[], header: boolean) =>
    new TableRow({
      cantSplit: true,
      tableHeader: header,
      children: cells.map((t, i) =>
        cell(
          [
            para(t, {
              bold: header,
              size: TABLE_SIZE,
              align: header || centred.includes(i) ? 'center' : 'left',
              after: 0,
            }),
          ],
          widths[i] as number,
        ),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
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

/** Scale relative widths to the text width (the last column takes the rounding). */
function columns(...relative: number[]): number[] {
  const total = relative.reduce((s, x) => s + x, 0);
  const out = relative.map((x) => Math.floor((x * TEXT_WIDTH) / total));
  out[out.length - 1] = (out[out.length - 1] as number) + TEXT_WIDTH - out.reduce((s, x) => s + x, 0);
  return out;
}

const vnd = (n: number) => `${formatNumber(n, 0)} đồng`;

/**
 * Rough width in twips of a line of capitals in Times New Roman bold at `halfPoints` (0.6 em a
 * letter): enough to size the line under the issuer's name at 1/3–1/2 of it, as the decree asks.
 */
const textWidth = (text: string, halfPoints: number) => Math.round(text.length * halfPoints * 10 * 0.6);

/**
 * The consolidated provincial report as a Vietnamese administrative document laid out to
 * Decree 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New Roman 13 pt, paragraphs 6 pt apart;
 * issuing body and national title side by side with drawn lines under them; "Số: …/BC-SYT" from
 * the agency's abbreviation and the date left for the office to fill; the kind and subject once;
 * the body following the plan (I targets, II tasks, III funding, IV organisation); recipients
 * and the signature block on one page; page numbers at the top centre from page 2. Only
 * accepted reports are consolidated; the text says so, and how many agencies that is. Every
 * value is a text run: nothing is interpreted as markup.
 */
export async function buildDocx(c: Consolidated): Promise<Buffer> {
  const plan = c.bundle.plan;
  const reviewer = c.reviewer;
  const tz = plan.reporting.timeZone;
  const frame = documentFrame({
    plan,
    registry: c.bundle.registry,
    issuer: reviewer,
    today: c.today,
    unitName: c.unitName,
  });
  const code = frame.code;

  // The heading: issuing body (left) and national title (right), as in Appendix I of the decree.
  const left = columns(40, 60)[0] as number;
  const right = TEXT_WIDTH - left;
  const headingTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              ...(frame.parentLine ? [para(frame.parentLine, { align: 'center', after: 0, size: 24 })] : []),
              para(frame.issuerLine, { bold: true, align: 'center', after: 0, size: 24 }),
              rule(Math.max(mm(15), Math.round(textWidth(frame.issuerLine, 24) / 2)), left, 160),
              para(`Số: …/BC-${code}`, { align: 'center', after: 0 }),
            ],
            left,
            false,
          ),
          cell(
            [
              para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center', after: 0, size: 24 }),
              para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: 'center', after: 0 }),
              // As long as the motto (3,182 twips in Times New Roman 13 pt bold), as the decree asks.
              rule(MOTTO_WIDTH, right, 160),
              para(`${frame.place}, ngày … tháng … năm ${frame.year}`, {
                italics: true,
                align: 'center',
                after: 0,
              }),
            ],
            right,
            false,
          ),
        ],
      }),
    ],
  });

  const owing = c.submissions.entries.length;
  const accepted = c.reports.length;
  const body: (Paragraph | Table)[] = [
    headingTable,
    para('BÁO CÁO', { bold: true, align: 'center', before: 480, after: 0, size: 28, keepNext: true }),
    para(reportSubject(plan, c.period.key), {
      bold: true,
      align: 'center',
      after: 0,
      size: 28,
      keepNext: true,
    }),
    rule(Math.round(TEXT_WIDTH / 3), TEXT_WIDTH, 360),
    para(
      `Thực hiện ${planReference(plan)} của ${c.agencyName(plan.issuer.agencyId)} về ${lowerFirst(plan.title.vi)}, ${reviewer?.name.vi ?? 'cơ quan chủ trì'} tổng hợp kết quả thực hiện ${periodLabel(c.period.key, 'vi')} trên cơ sở báo cáo đã được chấp nhận của ${accepted}/${owing} cơ quan, đơn vị phải báo cáo, như sau:`,
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

  // Sections are numbered as they come: a part the plan does not have (no measures, no tasks,
  // no funding) is left out, not printed empty.
  let section = 0;
  const sectionHeading = (text: string) => heading(`${['I', 'II', 'III', 'IV'][section++]}. ${text}`);
  if (c.measures.length > 0)
    body.push(
      sectionHeading('KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU'),
      grid(
        [
          'Mã',
          'Chỉ số',
          'Kết quả (năm số liệu)',
          // A period that does not close its year: its own figures, beside the yearly ones.
          ...(c.periodFigures ? [`Số liệu ${periodLabel(c.period.key, 'vi')}`] : []),
          'Mục tiêu 2025',
          'Mục tiêu 2030',
          'Đánh giá',
        ],
        c.measures.flatMap(({ measure, progress }) => {
          const p = latestPoint(progress, c.year);
          const period = (series = '') => {
            const t = periodFigureText(c, measure, series);
            return t === null ? [] : [t];
          };
          return [
            [
              measure.code,
              measure.title.vi,
              p ? `${withUnit(measure, p.value)} (${p.year})` : '—',
              ...period(),
              targetText(measure, 2025, progress.otherTargets),
              targetText(measure, 2030, progress.otherTargets),
              statusMessages[progress.assessment.status].vi,
            ],
            // Its figures by category, each under its own targets and assessment.
            ...categoryRows(c, measure, progress).map((r) => [
              r.code,
              r.title,
              r.point ? `${withUnit(measure, r.point.value)} (${r.point.year})` : '—',
              ...period(r.series),
              r.target(2025),
              r.target(2030),
              statusMessages[r.status].vi,
            ]),
          ];
        }),
        c.periodFigures ? columns(7, 29, 15, 13, 12, 12, 12) : columns(7, 35, 17, 13, 13, 15),
      ),
    );

  const groups = plan.taskGroups ?? [];
  if (groups.length > 0) body.push(sectionHeading('KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ GIẢI PHÁP'));
  for (const g of groups) {
    body.push(
      para(`${g.number}. ${g.title.vi}`, { bold: true, italics: true, indent: true, keepNext: true }),
    );
    for (const t of g.tasks) {
      const entries = c.reports.flatMap((r) => {
        const tr = r.content.tasks.find((x) => x.taskId === t.id);
        return tr ? [{ r, tr }] : [];
      });
      body.push(para(`${t.label}) ${t.text.vi}`, { indent: true, keepNext: true }));
      if (entries.length === 0) {
        body.push(para('Chưa có báo cáo được chấp nhận về nhiệm vụ này.', { italics: true, indent: true }));
        continue;
      }
      for (const { r, tr } of entries) {
        body.push(
          para(`- ${r.agencyName} (${taskProgressMessages[tr.status].vi}): ${tr.results || '—'}`, {
            indent: true,
          }),
        );
      }
    }
  }

  const sources = budgetBySource(c);
  if (sources.length > 0) {
    body.push(sectionHeading('KINH PHÍ THỰC HIỆN'));
    body.push(
      grid(
        ['Nguồn', 'Nội dung', 'Kế hoạch', 'Đã thực hiện'],
        sources.map((b) => [b.funding.id, b.funding.text.vi, vnd(b.planned), vnd(b.spent)]),
        columns(10, 50, 20, 20),
      ),
    );
  }

  body.push(sectionHeading('TỔ CHỨC THỰC HIỆN'));
  const byStatus = new Map<string, number>();
  for (const e of c.submissions.entries) byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1);
  const notConsolidated = (['submitted', 'returned', 'draft', 'missing'] as const)
    .filter((s) => byStatus.get(s))
    .map((s) => `${reportStatusMessages[s].vi.toLocaleLowerCase('vi')}: ${byStatus.get(s)}`);
  body.push(
    para(
      `${periodSentenceStart(c.period.key)} có ${owing} cơ quan, đơn vị phải báo cáo${c.submissions.dueDate ? ` (hạn nộp ${c.submissions.dueDate.split('-').reverse().join('/')})` : ''}; ${accepted} báo cáo đã được chấp nhận và được tổng hợp vào báo cáo này.${notConsolidated.length ? ` Báo cáo chưa được chấp nhận không được tổng hợp (${notConsolidated.join('; ')}).` : ''}`,
      { indent: true },
    ),
  );
  body.push(
    grid(
      ['TT', 'Cơ quan, đơn vị', 'Tình trạng báo cáo', 'Thời điểm nộp'],
      c.submissions.entries.map((e, i) => [
        String(i + 1),
        c.agencyName(e.agencyId),
        `${reportStatusMessages[e.status].vi}${e.overdue ? ` (${reportStatusMessages.overdue.vi.toLocaleLowerCase('vi')})` : ''}`,
        e.submittedAt ? timeText(e.submittedAt, tz) : '',
      ]),
      columns(7, 45, 22, 26),
    ),
  );
  const difficulties = c.reports.filter((r) => r.content.difficulties.trim());
  const recommendations = c.reports.filter((r) => r.content.recommendations.trim());
  body.push(para('1. Khó khăn, vướng mắc', { bold: true, indent: true, before: AFTER, keepNext: true }));
  if (difficulties.length === 0) body.push(para('Không có.', { indent: true }));
  for (const r of difficulties)
    body.push(para(`- ${r.agencyName}: ${r.content.difficulties}`, { indent: true }));
  body.push(para('2. Đề xuất, kiến nghị', { bold: true, indent: true, keepNext: true }));
  if (recommendations.length === 0) body.push(para('Không có.', { indent: true }));
  for (const r of recommendations)
    body.push(para(`- ${r.agencyName}: ${r.content.recommendations}`, { indent: true }));
  body.push(
    para(
      `Trên đây là báo cáo kết quả thực hiện ${periodLabel(c.period.key, 'vi')} của ${reviewer?.name.vi ?? 'cơ quan chủ trì'}. Số liệu tính đến ${timeText(c.generatedAt, tz)}.`,
      { indent: true, keepNext: true },
    ),
  );

  // Recipients and signature: one borderless row that cannot split, so the signer's title and
  // name are always on the same page.
  const half = columns(50, 50);
  const titles = frame.signerTitles;
  body.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: half,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cell(
              [
                para('Nơi nhận:', {
                  bold: true,
                  italics: true,
                  align: 'left',
                  before: 240,
                  after: 0,
                  size: 24,
                }),
                ...(frame.recipient
                  ? [para(`- ${frame.recipient} (b/c);`, { align: 'left', after: 0, size: 22 })]
                  : []),
                para('- Các cơ quan, đơn vị liên quan;', { align: 'left', after: 0, size: 22 }),
                para(`- Lưu: VT, ${code}.`, { align: 'left', after: 0, size: 22 }),
              ],
              half[0] as number,
              false,
            ),
            cell(
              [
                ...titles.map((t, i) =>
                  para(t, {
                    bold: true,
                    align: 'center',
                    before: i === 0 ? 240 : 0,
                    after: 0,
                    keepNext: true,
                  }),
                ),
                // Room for the signature and the seal or digital signature, then the name.
                para('', { after: 0, before: 1440, keepNext: true }),
                para('……………………', { bold: true, align: 'center', after: 0 }),
              ],
              half[1] as number,
              false,
            ),
          ],
        }),
      ],
    }),
  );

  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'kehoach',
    title: `Báo cáo ${reportSubject(plan, c.period.key)}`,
    description: `Tổng hợp từ ${accepted}/${owing} báo cáo đã được chấp nhận; lập lúc ${c.generatedAt}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { after: AFTER } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        // Page numbers at the top centre from page 2; the first page has an empty header.
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
