import {
  type IndicatorCatalog,
  type Lang,
  type LevelTarget,
  type MaintainTarget,
  type Measure,
  type ProgressResponse,
  statusMessages,
} from '@kehoach/sdk';

/** One printed row: the measure, its latest value, targets for the milestones, status. */
export interface ProgressRow {
  code: string;
  title: string;
  latest: string;
  targets: string[];
  status: string;
}

const headings = {
  vi: { code: 'Mã', title: 'Chỉ số', latest: 'Mới nhất', status: 'Đánh giá', target: 'Mục tiêu' },
  en: { code: 'Code', title: 'Measure', latest: 'Latest', status: 'Assessment', target: 'Target' },
} as const;

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

function targetFor(measure: Measure, year: number, lang: Lang): string {
  const level = measure.targets.find(
    (t): t is LevelTarget | MaintainTarget =>
      (t.kind === 'level' || t.kind === 'maintain') && t.year === year,
  );
  if (level)
    return `${level.comparator} ${formatNumber(level.value, lang)}${level.unconfirmed ? ' (?)' : ''}`;
  const change = measure.targets.find((t) => t.kind === 'yearly_change');
  if (change?.kind === 'yearly_change' && year >= change.fromYear && year <= change.toYear)
    return lang === 'vi' ? `−${change.minPercent}%/năm` : `−${change.minPercent}%/yr`;
  return '—';
}

/**
 * Rows of the table, in catalog order; measures without data show a dash and their status.
 * `catalog` as the plan tracks it (`planCatalog`: its own measures, the targets in force).
 */
export function progressRows(
  catalog: IndicatorCatalog,
  progress: ProgressResponse,
  milestones: readonly number[],
  lang: Lang,
): ProgressRow[] {
  const byMeasure = new Map(progress.measures.map((m) => [m.measureId, m]));
  return catalog.objectives.flatMap((o) =>
    o.indicators.flatMap((i) =>
      i.measures.map((measure) => {
        const p = byMeasure.get(measure.id);
        const latest = p?.assessment.latest;
        return {
          code: measure.code,
          title: measure.title[lang] ?? measure.title.vi,
          latest: latest ? `${formatNumber(latest.value, lang)} (${latest.year})` : '—',
          targets: milestones.map((y) => targetFor(measure, y, lang)),
          status: statusMessages[p?.assessment.status ?? 'not_available'][lang],
        };
      }),
    ),
  );
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Plain-text table with aligned columns. */
export function renderTable(rows: ProgressRow[], milestones: readonly number[], lang: Lang): string {
  const h = headings[lang];
  const header = [h.code, h.title, h.latest, ...milestones.map((y) => `${h.target} ${y}`), h.status];
  const body = rows.map((r) => [r.code, clip(r.title, 48), r.latest, ...r.targets, r.status]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
