import {
  getCatalogRoute,
  getOrganizationsRoute,
  getPlanRoute,
  getProgressRoute,
  type MeasureUnit,
  type MilestoneResult,
  milestoneMessages,
  type ProgressStatus,
  planMeasures,
  reasonMessages,
  seriesTargets,
  statusMessages,
  type Target,
  type TargetSet,
} from '@kehoach/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, svg, type TemplateResult } from 'lit';
import { client } from '../../internal/api.js';
import { besideFigure } from '../../internal/beside-figure.js';
import { categoryBreakdown } from '../../internal/categories.js';
import { dataLink } from '../../internal/download.js';
import { formatValue } from '../../internal/format.js';
import { formatNumber, pick } from '../../internal/i18n.js';
import { KhElement, snapshot } from '../../internal/kh-element.js';
import { unconfirmedMark } from '../../internal/marks.js';
import { stateStyles, tokens } from '../../internal/tokens.styles.js';
import { type IndicatorCardData, IndicatorCardDataSchema } from './kh-indicator-card.data.js';
import type { KhIndicatorCardEventMap } from './kh-indicator-card.events.js';
import { styles } from './kh-indicator-card.styles.js';

export type { IndicatorCardData } from './kh-indicator-card.data.js';
export type * from './kh-indicator-card.events.js';

const t = {
  measure: { vi: 'Chỉ số', en: 'Measure' },
  latest: { vi: 'Mới nhất', en: 'Latest' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  met: { vi: 'đã đạt', en: 'met' },
  series: { vi: 'Số liệu theo năm', en: 'Values by year' },
  year: { vi: 'Năm', en: 'Year' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  status: { vi: 'Đánh giá', en: 'Status' },
  byUnit: { vi: 'Theo đơn vị', en: 'By unit' },
  trend: { vi: 'Xu hướng', en: 'Trend' },
  // A yearly-change target says the measure's direction: a count to cut, or one to raise.
  decrease: { vi: 'Giảm mỗi năm', en: 'Cut each year' },
  increase: { vi: 'Tăng mỗi năm', en: 'Raise each year' },
  // A target set for a phase (giai đoạn) ending in its year; whose targets, when a plan overrides its catalog's.
  phase: { vi: 'Giai đoạn', en: 'Phase' },
  plan: { vi: 'Mục tiêu của kế hoạch', en: "Plan's target" },
  catalog: { vi: 'Mục tiêu theo', en: 'Target of' },
  chart: {
    vi: 'Biểu đồ số liệu theo năm, với các mục tiêu',
    en: 'Chart of the values by year, with the targets',
  },
} as const;

/** The total's targets (sdk `seriesTargets`); a category's are assessed on its own row, never shown as the total's. */
const totalTargets = (d: IndicatorCardData): Target[] => seriesTargets(d.measure.targets, '');

// Drawing box of the chart, in SVG units: the plot inside its margins, the years below it.
const W = 400;
const H = 150;
const [LEFT, RIGHT, TOP, BOTTOM] = [16, 384, 14, 118];
/** Height of a line of the chart's 11px text, in SVG units (the chart's font size, and a gap). */
const LABEL_GAP = 12;

/** The API routes the card calls; only their schemas go into its bundle. */
const routes = {
  getPlan: getPlanRoute,
  getCatalog: getCatalogRoute,
  getOrganizations: getOrganizationsRoute,
  getProgress: getProgressRoute,
};

/**
 * One measure in depth: latest value, targets with whether they are met, progress status
 * with its reason — and, beside it, each milestone already due that was missed ("Không đạt mục
 * tiêu 2025: 95,85% so với ≥ 97%", from the sdk's assessment) — a chart of the values by year
 * (years on the axis, each target a labelled dashed line, each point's value shown on hover and
 * on keyboard focus) with the same values as a table, and the breakdown by unit. A measure or
 * target marked `unconfirmed` says so in text, with the measure's note.
 *
 * Data from `api-base` + `plan` + `measure` (+ `unit`, `year`; the sdk's routes getPlan,
 * getCatalog, getProgress and getOrganizations for the unit's name), from a JSON snapshot at
 * `src` (`IndicatorCardDataSchema`), or from the `data` property. The by-unit breakdown comes
 * only with a snapshot or `data`: in `api-base` mode it would cost one request per unit.
 *
 * @summary One indicator measure: value, targets, status, trend, by-unit breakdown.
 * @tag kh-indicator-card
 *
 * @fires {CustomEvent<KhLoadDetail<IndicatorCardData>>} kh-load - The data was loaded; `detail.value` is the parsed data.
 *
 * @csspart base - The card.
 * @csspart title - The measure's title.
 * @csspart status - The status badge; also `status-<status>`, e.g. `status-deterioration`.
 * @csspart unconfirmed - The "unconfirmed" mark of a measure or target.
 * @csspart note - The note of an unconfirmed measure.
 * @csspart figures - The latest value and targets.
 * @csspart computed - Beside a unit's own published figure, what its units' figures add up to ("Tổng hợp từ 3 đơn vị").
 * @csspart coverage - For a share of units, how many of them reported of how many there are ("4/5").
 * @csspart chart - The chart: years on the axis, targets as labelled dashed lines, focusable points.
 * @csspart point - A point of the chart (focusable; its value shows on hover and focus).
 * @csspart milestone - A missed milestone, beside the status.
 * @csspart table - The tables of values.
 * @csspart categories - A table of the figures by category (phân tổ) of a measure broken down by sex, area …, one per dimension (captioned with its title): each category's latest value and its own status.
 * @csspart download - In `api-base` mode, the link "Tải dữ liệu (CSV)" / "Download data (CSV)": the plan's statistics in the tidy CSV layout (`getObservations`).
 *
 * @cssprop --kh-color-surface-subtle - Tiles and badges background.
 * @cssprop --kh-color-success - Met targets, good progress.
 * @cssprop --kh-color-warning - Limited progress.
 */
export class KhIndicatorCard extends KhElement<IndicatorCardData, KhIndicatorCardEventMap> {
  static override styles = [tokens, stateStyles, styles];

  // Lit adds the base's (`lang`, `theme`, `src`, `data`, `api-base`) to these.
  static override properties: PropertyDeclarations = {
    plan: {},
    measure: {},
    unit: {},
    year: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of the plan in `api-base` mode. */
  declare plan: string | undefined;
  /** Id of the measure in `api-base` mode, e.g. `qd23.5a`. */
  declare measure: string | undefined;
  /** Id of the administrative unit in `api-base` mode; defaults to the API's (the plan's province today). */
  declare unit: string | undefined;
  /** Year of the progress in `api-base` mode; defaults to the API's current year. */
  declare year: number | undefined;
  /** Level of the title heading in the host page's outline (2–6). */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.show(this.data);
    else if (
      !this.data &&
      ['src', 'apiBase', 'plan', 'measure', 'unit', 'year'].some((k) =>
        changed.has(k as keyof KhIndicatorCard),
      )
    ) {
      const { src, apiBase, plan, measure: id, unit, year } = this;
      if (src) this.run(snapshot(src, IndicatorCardDataSchema));
      else if (apiBase && plan && id) {
        const api = client(routes, apiBase, this.locale);
        this.run(async (signal) => {
          const [p, orgs, all] = await Promise.all([
            api.getPlan({ planId: plan }, { signal }),
            api.getOrganizations({ planId: plan }, { signal }),
            api.getProgress({ planId: plan, year, unitId: unit }, { signal }),
          ]);
          const catalog = await api.getCatalog({ catalogId: p.catalogId }, { signal });
          // The plan's measures: its own too, each with the targets in force for the plan.
          const measure = planMeasures(p, catalog).find((m) => m.measure.id === id)?.measure;
          const progress = all.measures.find((m) => m.measureId === id);
          if (!measure || !progress) throw new Error(`${id}: no such measure in ${plan}`);
          const u = orgs.units.find((x) => x.id === all.unitId);
          return {
            measure,
            progress,
            ...(catalog.dimensions && { dimensions: catalog.dimensions }),
            ...(u && { unit: { id: u.id, name: u.name } }),
          };
        });
      }
    }
  }

  #value(v: number, unit: MeasureUnit): string {
    return formatValue(v, unit, this.locale);
  }

  #target(target: Target, unit: MeasureUnit): string {
    if (target.kind === 'yearly_change') {
      const aim = target.aimPercent ? `–${formatNumber(target.aimPercent, this.locale)}` : '';
      return `≥ ${formatNumber(target.minPercent, this.locale)}${aim}%`;
    }
    return `${target.comparator} ${this.#value(target.value, unit)}`;
  }

  protected renderReady(d: IndicatorCardData): TemplateResult {
    const lang = this.locale;
    const { measure, progress } = d;
    const a = progress.assessment;
    const latest = progress.series.at(-1);
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<article part="base" lang=${lang} aria-labelledby="title">
      <header>
        <p part="code">${t.measure[lang]} ${measure.code}${d.unit ? html` · ${pick(d.unit.name, lang)}` : nothing}</p>
        <div part="title" id="title" role="heading" aria-level=${level}>${pick(measure.title, lang)}${
          measure.unconfirmed ? unconfirmedMark(lang) : nothing
        }</div>
        ${this.#badge(a.status)}
        ${a.milestones.filter((m) => m.due && m.achieved === false).map((m) => this.#missed(m, measure.unit))}
      </header>
      ${measure.unconfirmed && measure.note ? html`<p part="note">${pick(measure.note, lang)}</p>` : nothing}
      ${a.reason ? html`<p part="reason">${reasonMessages[a.reason][lang]}</p>` : nothing}
      ${latest ? this.#figures(d, latest) : this.renderEmpty()}
      ${progress.series.length > 1 ? this.#chart(d) : nothing}
      ${latest ? this.#seriesTable(d) : nothing}
      ${
        d.progress.breakdown?.length
          ? categoryBreakdown(d.measure, d.progress.breakdown, {
              dimensions: d.dimensions,
              lang,
              open: true,
              badge: (s) => this.#badge(s),
            })
          : nothing
      }
      ${d.breakdown?.length ? this.#breakdown(d) : nothing}
      ${this.data || this.src ? nothing : dataLink(this.apiBase, this.plan, lang)}
    </article>`;
  }

  #badge(status: ProgressStatus): TemplateResult {
    return html`<span class="badge ${status}" part="status status-${status}">${statusMessages[status][this.locale]}</span>`;
  }

  /** "Không đạt mục tiêu 2025: 95,85% so với ≥ 97%": the sdk judged it (`achieved` false, `due`). */
  #missed(m: MilestoneResult, unit: MeasureUnit): TemplateResult {
    const lang = this.locale;
    const said = m.observed
      ? `: ${this.#value(m.observed.value, unit)} ${milestoneMessages.against[lang]}`
      : '';
    return html`<p part="milestone" class="missed">${milestoneMessages.missed[lang]} ${m.year}${said} ${m.comparator} ${this.#value(m.value, unit)}</p>`;
  }

  #figures(d: IndicatorCardData, latest: IndicatorCardData['progress']['series'][number]): TemplateResult {
    const lang = this.locale;
    const met = new Map(d.progress.assessment.milestones.map((m) => [m.year, m.achieved]));
    const other = d.progress.otherTargets;
    return html`<dl part="figures">
      <div>
        <dt>${t.latest[lang]} (${latest.year})</dt>
        <dd>${this.#value(latest.value, d.measure.unit)}</dd>
      </div>
      ${besideFigure(latest, d.measure.unit, lang)}
      ${this.#targets(d, totalTargets(d), met, other && d.progress.targets)}
      ${other ? this.#targets(d, other.targets, new Map(), other) : nothing}
    </dl>`;
  }

  /**
   * One set of targets: "Mục tiêu 2030", "Giai đoạn 2026–2030"; with `from` (when the plan
   * overrides its catalog, both sets show) whose they are: "Mục tiêu theo 23/QĐ-TTg, 2030".
   * `met` marks the milestones the assessment judged achieved (only the set in force has them).
   */
  #targets(
    d: IndicatorCardData,
    targets: readonly Target[],
    met: Map<number, boolean | null>,
    from?: TargetSet,
  ) {
    const lang = this.locale;
    const who =
      from &&
      (from.source === 'plan' ? t.plan[lang] : t.catalog[lang]) + (from.document ? ` ${from.document}` : '');
    return targets.map((target) => {
      const yc = target.kind === 'yearly_change';
      const phase = !yc && target.phaseFrom !== undefined;
      const years = yc
        ? `${target.fromYear}–${target.toYear}`
        : phase
          ? `${target.phaseFrom}–${target.year}`
          : target.year;
      const what = yc ? t[d.measure.direction][lang] : phase ? t.phase[lang] : '';
      const label = who
        ? `${who}, ${what && `${what.toLowerCase()} `}${years}`
        : `${what || t.target[lang]} ${years}`;
      const achieved = !yc && met.get(target.year) === true;
      return html`<div>
          <dt>${label}</dt>
          <dd>${this.#target(target, d.measure.unit)}${achieved ? html`<span class="met">✓ ${t.met[lang]}</span>` : nothing}${
            target.unconfirmed ? unconfirmedMark(lang) : nothing
          }</dd>
        </div>`;
    });
  }

  /**
   * The values by year as a line, with the years on the axis and each level target as a dashed
   * line labelled with its figure and year. Each point takes focus (and hover) and then shows its
   * value; its accessible name is the year and value. The table below holds the same numbers.
   */
  #chart(d: IndicatorCardData): TemplateResult {
    const lang = this.locale;
    const unit = d.measure.unit;
    const series = d.progress.series;
    const levels = totalTargets(d).filter((x) => x.kind !== 'yearly_change');
    const values = series.map((p) => p.value).concat(levels.map((x) => x.value));
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const years = [...new Set(series.map((p) => p.year).concat(levels.map((x) => x.year)))].sort();
    const [y0, y1] = [years[0]!, years.at(-1)!];
    const x = (year: number) => LEFT + ((year - y0) / Math.max(1, y1 - y0)) * (RIGHT - LEFT);
    const y = (v: number) => BOTTOM - ((v - min) / (max - min || 1)) * (BOTTOM - TOP);
    const points = series.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    // Each label above its line, but at least a line of text below the one above it: targets of
    // close values (≥ 98,9 % in 2028, ≥ 99 % in 2030) would print over each other.
    const labelY = new Map<Target, number>();
    let last = Number.NEGATIVE_INFINITY;
    for (const l of [...levels].sort((a, b) => y(a.value) - y(b.value))) {
      last = Math.max(y(l.value) - 4, last + LABEL_GAP);
      labelY.set(l, last);
    }
    return html`<svg part="chart" viewBox="0 0 ${W} ${H}" role="group" aria-label=${t.chart[lang]}>
      ${levels.map((l) => {
        const at = y(l.value);
        return svg`<line class="target" x1=${LEFT} x2=${x(l.year)} y1=${at} y2=${at}></line><text class="tl" x=${x(l.year)} y=${labelY.get(l)} text-anchor="end" aria-hidden="true">${t.target[lang]} ${l.year}: ${l.comparator} ${this.#value(l.value, unit)}</text>`;
      })}
      <line class="axis" x1=${LEFT} x2=${RIGHT} y1=${BOTTOM + 6} y2=${BOTTOM + 6}></line>
      ${years.map((yr) => svg`<text class="year" x=${x(yr)} y=${H - 12} text-anchor="middle" aria-hidden="true">${yr}</text>`)}
      <polyline class="line" points=${points}></polyline>
      ${series.map((p) => {
        const v = this.#value(p.value, unit);
        const [px, py] = [x(p.year), y(p.value)];
        return svg`<g part="point" class="pt" tabindex="0" role="img" aria-label="${p.year}: ${v}"><circle cx=${px} cy=${py} r="4"></circle><text x=${px} y=${py < TOP + 20 ? py + 20 : py - 10} text-anchor=${px > RIGHT - 30 ? 'end' : px < LEFT + 30 ? 'start' : 'middle'} aria-hidden="true">${v}</text></g>`;
      })}
    </svg>`;
  }

  #seriesTable(d: IndicatorCardData): TemplateResult {
    const lang = this.locale;
    return html`<details>
      <summary>${t.series[lang]}</summary>
      <table part="table">
        <thead><tr><th scope="col">${t.year[lang]}</th><th scope="col">${t.value[lang]}</th></tr></thead>
        <tbody>
          ${d.progress.series.map(
            (p) =>
              html`<tr><th scope="row">${p.year}</th><td class="num">${this.#value(p.value, d.measure.unit)}</td></tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  #breakdown(d: IndicatorCardData): TemplateResult {
    const lang = this.locale;
    return html`<details>
      <summary>${t.byUnit[lang]}</summary>
      <table part="table">
        <thead>
          <tr><th scope="col">${t.unit[lang]}</th><th scope="col">${t.latest[lang]}</th><th scope="col">${t.status[lang]}</th></tr>
        </thead>
        <tbody>
          ${d.breakdown!.map(
            (row) => html`<tr>
              <th scope="row">${pick(row.unit.name, lang)}</th>
              <td class="num">${row.latest ? `${this.#value(row.latest.value, d.measure.unit)} (${row.latest.year})` : '—'}</td>
              <td>${this.#badge(row.status)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kh-indicator-card': KhIndicatorCard;
  }
}
