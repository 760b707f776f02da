import {
  getCatalogRoute,
  getOrganizationsOutlineRoute,
  getPlanOutlineRoute,
  getProgressOutlineRoute,
  type Lang,
  type Measure,
  type ProgressOutlineResponse,
  type ProgressStatus,
  reasonMessages,
  resolveAgency,
  resolveUnit,
  seriesKey,
  seriesTargets,
  statusMessages,
  type Target,
} from '@kehoach/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { client } from '../../internal/api.js';
import { besideFigure } from '../../internal/beside-figure.js';
import { categoryBreakdown } from '../../internal/categories.js';
import { dataLink } from '../../internal/download.js';
import { formatValue, today } from '../../internal/format.js';
import { common, formatNumber, pick } from '../../internal/i18n.js';
import { icon, infoIcon, progressIcons } from '../../internal/icons.js';
import { KhElement, snapshot } from '../../internal/kh-element.js';
import { marks, unconfirmedMark } from '../../internal/marks.js';
import { stateStyles, tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { type ProgressDashboardData, ProgressDashboardDataSchema } from './kh-progress-dashboard.data.js';
import type { KhProgressDashboardEventMap } from './kh-progress-dashboard.events.js';
import { styles } from './kh-progress-dashboard.styles.js';

export type { ProgressDashboardData } from './kh-progress-dashboard.data.js';
export type * from './kh-progress-dashboard.events.js';

const t = {
  region: { vi: 'Tiến độ các chỉ tiêu', en: 'Indicator progress' },
  filters: { vi: 'Bộ lọc', en: 'Filters' },
  year: { vi: 'Năm', en: 'Year' },
  unit: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
  objective: { vi: 'Mục tiêu', en: 'Objective' },
  agency: { vi: 'Cơ quan (theo kế hoạch → nay)', en: 'Agency (as issued → today)' },
  status: { vi: 'Đánh giá', en: 'Status' },
  all: { vi: 'Tất cả', en: 'All' },
  measure: { vi: 'Chỉ số', en: 'Measure' },
  latest: { vi: 'Mới nhất', en: 'Latest' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  trend: { vi: 'Xu hướng', en: 'Trend' },
  byCategory: { vi: 'Theo nhóm phân tổ', en: 'By category' },
  met: { vi: 'đã đạt', en: 'met' },
  maintain: { vi: 'duy trì', en: 'keep' },
  down: { vi: 'giảm', en: 'cut' },
  up: { vi: 'tăng', en: 'raise' },
  perYear: { vi: '/năm', en: ' a year' },
  now: { vi: 'nay', en: 'now' },
  current: { vi: 'Hiện nay', en: 'Current' },
  former: { vi: 'Đã sáp nhập, giải thể', en: 'Merged or dissolved' },
  ended: { vi: 'không còn', en: 'dissolved' },
  fewPoints: { vi: 'Chưa đủ số liệu', en: 'Not enough data' },
  noMatch: { vi: 'Không có chỉ số nào khớp bộ lọc.', en: 'No measure matches the filters.' },
  noData: {
    vi: 'Chưa có số liệu cho năm và đơn vị này.',
    en: 'There is no data for this year and unit.',
  },
  illustrative: {
    vi: 'Số liệu minh họa, không phải số liệu thống kê chính thức.',
    en: 'Illustrative figures, not official statistics.',
  },
} as const;

const statuses = Object.keys(statusMessages) as ProgressStatus[];

/** A measure's progress as the dashboard reads it. */
type Progress = ProgressOutlineResponse['measures'][number];

interface AgencyOption {
  label: string;
  measures: Set<string>;
  /** Every link of the agency to a measure is the compilers' reading (`interpretation`). */
  read: boolean;
}

/** The API routes the dashboard calls; only their schemas go into its bundle. */
const routes = {
  getPlan: getPlanOutlineRoute,
  getCatalog: getCatalogRoute,
  getOrganizations: getOrganizationsOutlineRoute,
  getProgress: getProgressOutlineRoute,
};

/**
 * Every objective and measure of a plan's indicator catalog for one year and one
 * administrative unit: latest value (with, beside a unit's own figure, what its units' figures
 * give and how many of them reported), the targets of the plan's milestones (2025, 2030), the
 * progress status (text and icon) and a small trend. A measure broken down by category (phân
 * tổ: sex, area …) has, under its row, a disclosure "Theo nhóm phân tổ" / "By category": a
 * table per dimension with each category's latest value, its own targets of the milestones and
 * its own status, named from the catalog's dimensions (order: the sdk's `breakdownGroups`).
 * Filters by objective, by agency (as the plan names it, with today's successor) and by status;
 * year and unit pickers. Statuses come from the API or snapshot (the sdk's `assessProgress`),
 * never from the element.
 *
 * Data from `api-base` + `plan` (the sdk's `createClient`: getPlan, getCatalog,
 * getOrganizations, getProgress — each answer checked for what the dashboard reads: the
 * outline routes), or from a JSON snapshot at `src` whose shape is
 * `ProgressDashboardDataSchema`, or from the `data` property. Illustrative data says so on screen.
 *
 * @summary Progress of every measure of a plan, with filters and year and unit pickers.
 * @tag kh-progress-dashboard
 *
 * @fires {CustomEvent<KhLoadDetail<ProgressDashboardData>>} kh-load - The data was loaded; `detail.value` is the parsed data.
 * @fires {CustomEvent<ProgressDashboardFilterChangeDetail>} kh-filter-change - A filter changed; `detail` is `{ objective, agency, status }`, each an id or null.
 * @fires {CustomEvent<ProgressDashboardYearChangeDetail>} kh-year-change - The year picker changed; `detail.year` is the year.
 * @fires {CustomEvent<ProgressDashboardUnitChangeDetail>} kh-unit-change - The unit picker changed; `detail.unitId` is the unit's id.
 * @fires {CustomEvent<ProgressDashboardMeasureSelectDetail>} kh-measure-select - A measure was activated (click, Enter or Space); `detail` is `{ measureId, code, unitId, year }`, e.g. to open a `kh-indicator-card`.
 *
 * @csspart base - The card.
 * @csspart title - The plan's title.
 * @csspart filters - The filter and picker bar.
 * @csspart illustrative - The notice that the figures are illustrative.
 * @csspart download - In `api-base` mode, the link "Tải dữ liệu (CSV)" / "Download data (CSV)": the plan's statistics in the tidy CSV layout (`getObservations`).
 * @csspart table - The table of measures.
 * @csspart measure-button - A measure's title, a button that fires `kh-measure-select`.
 * @csspart status - A status; also `status-<status>`, e.g. `status-deterioration`.
 * @csspart trend - A measure's sparkline.
 * @csspart computed - Beside a unit's own published figure, what its units' figures add up to ("Tổng hợp từ 3 đơn vị").
 * @csspart coverage - For a share of units, how many of them reported of how many there are ("4/5").
 * @csspart categories - Under a measure broken down by category (phân tổ), a table of its figures by one dimension (captioned with its title): each category's latest value, targets and own status.
 *
 * @cssprop --kh-color-surface-subtle - Objective rows and notices.
 * @cssprop --kh-color-primary - Measure links, trend lines, buttons.
 */
export class KhProgressDashboard extends KhElement<ProgressDashboardData, KhProgressDashboardEventMap> {
  static override styles = [tokens, stateStyles, widgetStyles, styles];

  // Lit adds the base's (`lang`, `theme`, `src`, `data`, `api-base`) to these.
  static override properties: PropertyDeclarations = {
    plan: {},
    year: { type: Number },
    unit: {},
    now: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of the plan to show in `api-base` mode. */
  declare plan: string | undefined;
  /** Year shown; defaults to the first progress entry's (the API's current year). */
  declare year: number | undefined;
  /** Id of the administrative unit shown; defaults to the first progress entry's (the plan's province today). */
  declare unit: string | undefined;
  /** "Today" as an ISO instant, for demos and tests; defaults to the current time. Successors are resolved at this day. */
  declare now: string | undefined;
  /** Level of the title heading in the host page's outline (2–6). */
  declare headingLevel: number;

  #api: ReturnType<typeof client<typeof routes>> | undefined;
  #pending: AbortController | undefined;
  #failed = false;
  #filter = { objective: '', agency: '', status: '' };

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this.#api = undefined;
      this.show(this.data);
    } else if (!this.data && (changed.has('src') || changed.has('apiBase') || changed.has('plan'))) {
      const { src, apiBase, plan } = this;
      if (src) {
        this.#api = undefined;
        this.run(snapshot(src, ProgressDashboardDataSchema));
      } else if (apiBase && plan) {
        const api = client(routes, apiBase, this.locale);
        this.#api = api;
        this.run(async (signal) => {
          const p = await api.getPlan({ planId: plan }, { signal });
          const [catalog, organizations, progress] = await Promise.all([
            api.getCatalog({ catalogId: p.catalogId }, { signal }),
            api.getOrganizations({ planId: plan }, { signal }),
            api.getProgress({ planId: plan, year: this.year, unitId: this.unit }, { signal }),
          ]);
          return { plan: p, catalog, organizations, progress: [progress] };
        });
      }
    } else if ((changed.has('year') || changed.has('unit')) && this.state.status === 'ready') {
      const d = this.state.value;
      if (this.#api && !this.#current(d)) this.#fetch(d);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pending?.abort();
  }

  /** Loads the progress of another year or unit in `api-base` mode, keeping the rest on screen. */
  #fetch(d: ProgressDashboardData): void {
    const api = this.#api;
    if (!api || !this.plan) return;
    this.#pending?.abort();
    const ctrl = new AbortController();
    this.#pending = ctrl;
    this.#failed = false;
    this.requestUpdate();
    api
      .getProgress({ planId: this.plan, year: this.#year(d), unitId: this.#unit(d) }, { signal: ctrl.signal })
      .then(
        (r) => {
          d.progress.push(r);
          this.#pending = undefined;
          this.requestUpdate();
        },
        () => {
          if (ctrl.signal.aborted) return;
          this.#pending = undefined;
          this.#failed = true;
          this.requestUpdate();
        },
      );
  }

  #year(d: ProgressDashboardData): number {
    return this.year ?? d.progress[0]!.year;
  }
  #unit(d: ProgressDashboardData): string {
    return this.unit ?? d.progress[0]!.unitId;
  }
  #current(d: ProgressDashboardData): ProgressOutlineResponse | undefined {
    const [year, unit] = [this.#year(d), this.#unit(d)];
    return d.progress.find((p) => p.year === year && p.unitId === unit);
  }

  #value(v: number, m: Measure): string {
    return formatValue(v, m.unit, this.locale);
  }

  /** Agencies the plan links to measures, as issued, with today's successor and their measures. */
  #agencies(d: ProgressDashboardData, day: string, lang: Lang): Map<string, AgencyOption> {
    const reg = d.organizations;
    const out = new Map<string, AgencyOption>();
    for (const a of d.plan.assignments ?? []) {
      if (!a.measureLinks.length) continue;
      for (const id of a.agencyIds) {
        let o = out.get(id);
        if (!o) {
          const named = reg.agencies.find((x) => x.id === id);
          let label = named ? pick(named.name, lang) : a.heading;
          try {
            const now = resolveAgency(reg, id, day, { function: a.successionFunction });
            if (now.id !== id) label += ` (${t.now[lang]}: ${pick(now.entity.name, lang)})`;
          } catch {
            // An agency missing from the registry keeps its name as issued.
          }
          o = { label, measures: new Set(), read: true };
          out.set(id, o);
        }
        for (const l of a.measureLinks) {
          o.measures.add(l.measureId);
          o.read &&= l.basis === 'interpretation';
        }
      }
    }
    return out;
  }

  #onFilter(e: Event): void {
    const s = e.target as HTMLSelectElement;
    this.#filter = { ...this.#filter, [s.name]: s.value };
    this.requestUpdate();
    const f = this.#filter;
    this.emit('kh-filter-change', {
      objective: f.objective || null,
      agency: f.agency || null,
      // The select offers only the statuses.
      status: (f.status || null) as ProgressStatus | null,
    });
  }

  #onYear(e: Event): void {
    this.year = Number((e.target as HTMLSelectElement).value);
    this.emit('kh-year-change', { year: this.year });
  }

  #onUnit(e: Event): void {
    this.unit = (e.target as HTMLSelectElement).value;
    this.emit('kh-unit-change', { unitId: this.unit });
  }

  protected renderReady(d: ProgressDashboardData): TemplateResult {
    const lang = this.locale;
    const day = today(d.plan.reporting.timeZone, this.now);
    const year = this.#year(d);
    const unit = this.#unit(d);
    const current = this.#current(d);
    const agencies = this.#agencies(d, day, lang);
    const f = this.#filter;
    const byMeasure = new Map((current?.measures ?? []).map((m) => [m.measureId, m]));
    const milestones = d.plan.milestones ?? [];
    const status = (m: Measure) => byMeasure.get(m.id)?.assessment.status ?? 'not_available';
    // The catalog's objectives, then the plan's own (`planMeasures`' order).
    const objectives = [...d.catalog.objectives, ...(d.plan.ownObjectives ?? [])];
    const rows = objectives
      .filter((o) => !f.objective || o.id === f.objective)
      .map((o) => ({
        o,
        measures: o.indicators
          .flatMap((i) => i.measures)
          .filter((m) => !f.agency || agencies.get(f.agency)?.measures.has(m.id))
          .filter((m) => !f.status || status(m) === f.status),
      }))
      .filter((g) => g.measures.length);
    // Measures (chỉ số) and the indicators (chỉ tiêu) they belong to are counted apart: 35 measures, 24 indicators.
    const indicators = objectives.flatMap((o) => o.indicators);
    const total = indicators.flatMap((i) => i.measures).length;
    const listed = new Set(rows.flatMap((g) => g.measures));
    const shown = listed.size;
    const shownIndicators = indicators.filter((i) => i.measures.some((m) => listed.has(m))).length;
    const years = this.#api
      ? Array.from(
          { length: Math.max(year, Math.min(d.plan.period.to, +day.slice(0, 4))) - d.plan.period.from + 1 },
          (_, i) => d.plan.period.from + i,
        ).reverse()
      : [...new Set(d.progress.map((p) => p.year))].sort((a, b) => b - a);
    const unitIds = this.#api
      ? d.organizations.units.map((u) => u.id)
      : [...new Set(d.progress.map((p) => p.unitId))];
    const units = unitIds.map((id) => this.#unitOption(d, id, day, lang));
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    const select = (name: string, label: string, options: TemplateResult[], handler: (e: Event) => void) =>
      html`<label>${label}<select name=${name} @change=${handler}>${options}</select></label>`;
    const option = (value: string | number, label: string, selected: boolean) =>
      html`<option value=${value} ?selected=${selected}>${label}</option>`;
    const title = pick(d.plan.title, lang);
    return html`<section part="base" lang=${lang} aria-label="${t.region[lang]} — ${title}">
      <div part="title" role="heading" aria-level=${level}>${title}</div>
      <div part="filters" role="group" aria-label=${t.filters[lang]}>
        ${select(
          'year',
          t.year[lang],
          years.map((y) => option(y, String(y), y === year)),
          (e) => this.#onYear(e),
        )}
        <label>${t.unit[lang]}<select name="unit" @change=${(e: Event) => this.#onUnit(e)}>
          ${[false, true].map((former) => {
            const list = units.filter((u) => u.former === former);
            return list.length
              ? html`<optgroup label=${(former ? t.former : t.current)[lang]}>${list.map((u) => option(u.id, u.label, u.id === unit))}</optgroup>`
              : nothing;
          })}
        </select></label>
        ${select(
          'objective',
          t.objective[lang],
          [
            option('', t.all[lang], !f.objective),
            ...objectives.map((o) =>
              option(o.id, `${o.number}. ${pick(o.title, lang)}`, o.id === f.objective),
            ),
          ],
          (e) => this.#onFilter(e),
        )}
        ${select(
          'agency',
          t.agency[lang],
          [
            option('', t.all[lang], !f.agency),
            ...[...agencies].map(([id, a]) =>
              option(id, a.read ? `${a.label} (${marks.interpretation[lang]})` : a.label, id === f.agency),
            ),
          ],
          (e) => this.#onFilter(e),
        )}
        ${select(
          'status',
          t.status[lang],
          [
            option('', t.all[lang], !f.status),
            ...statuses.map((s) => option(s, statusMessages[s][lang], s === f.status)),
          ],
          (e) => this.#onFilter(e),
        )}
      </div>
      ${this.#api ? dataLink(this.apiBase, this.plan, lang) : nothing}
      ${current?.illustrative ? html`<p part="illustrative">${icon(infoIcon)}${t.illustrative[lang]}</p>` : nothing}
      ${
        current
          ? html`<p class="count" role="status">${
              lang === 'vi'
                ? `Hiển thị ${shown}/${total} chỉ số (${shownIndicators}/${indicators.length} chỉ tiêu)`
                : `Showing ${shown} of ${total} measures (${shownIndicators} of ${indicators.length} indicators)`
            }</p>
            ${rows.length ? this.#table(rows, byMeasure, milestones, year, unit, d.catalog.dimensions, lang) : html`<p class="state" part="state empty">${t.noMatch[lang]}</p>`}`
          : this.#pending
            ? html`<div class="state" part="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${common.loading[lang]}</div>`
            : this.#failed
              ? html`<div class="state" part="state error" role="alert"><p>${common.error[lang]}</p>
                  <button type="button" part="retry-button" @click=${() => this.#fetch(d)}>${common.retry[lang]}</button></div>`
              : html`<p class="state" part="state empty">${t.noData[lang]}</p>`
      }
    </section>`;
  }

  #unitOption(d: ProgressDashboardData, id: string, day: string, lang: Lang) {
    const u = d.organizations.units.find((x) => x.id === id);
    const name = u ? pick(u.name, lang) : id;
    if (!u?.validTo || u.validTo > day) return { id, label: name, former: false };
    let label = `${name} (${t.ended[lang]})`;
    try {
      const now = resolveUnit(d.organizations, id, day);
      if (now.id !== id) label = `${name} → ${pick(now.entity.name, lang)}`;
    } catch {
      // Unknown successor: said to be dissolved.
    }
    return { id, label, former: true };
  }

  #table(
    rows: { o: ProgressDashboardData['catalog']['objectives'][number]; measures: Measure[] }[],
    byMeasure: Map<string, Progress>,
    milestones: number[],
    year: number,
    unit: string,
    dimensions: ProgressDashboardData['catalog']['dimensions'],
    lang: Lang,
  ): TemplateResult {
    return html`<table part="table" role="table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${t.measure[lang]}</th>
          <th scope="col" role="columnheader" class="num">${t.latest[lang]}</th>
          ${milestones.map((y) => html`<th scope="col" role="columnheader">${t.target[lang]} ${y}</th>`)}
          <th scope="col" role="columnheader">${t.status[lang]}</th>
          <th scope="col" role="columnheader">${t.trend[lang]}</th>
        </tr>
      </thead>
      ${rows.map(
        ({ o, measures }) => html`<tbody role="rowgroup">
          <tr role="row"><th scope="rowgroup" role="rowheader" colspan=${milestones.length + 4}>${t.objective[lang]} ${o.number}. ${pick(o.title, lang)}</th></tr>
          ${measures.map((m) => this.#row(m, byMeasure.get(m.id), milestones, year, unit, dimensions, lang))}
        </tbody>`,
      )}
    </table>`;
  }

  #row(
    m: Measure,
    p: Progress | undefined,
    milestones: number[],
    year: number,
    unitId: string,
    dimensions: ProgressDashboardData['catalog']['dimensions'],
    lang: Lang,
  ): TemplateResult {
    const a = p?.assessment;
    // The targets in force for the plan (its own where it overrides the catalog's), as assessed.
    const targets = p?.targets?.targets ?? m.targets;
    const badge = (s: ProgressStatus) =>
      html`<span class="badge ${s}" part="status status-${s}">${icon(progressIcons[s])}${statusMessages[s][lang]}</span>`;
    const status = a?.status ?? 'not_available';
    const latest = a?.latest ?? p?.series.at(-1);
    // The official figure is the value; what the units' figures give stands beside it.
    const beside = besideFigure(latest && p?.series.find((x) => x.year === latest.year), m.unit, lang);
    return html`<tr role="row">
      <th scope="row" role="rowheader">
        <button type="button" class="link" part="measure-button" aria-describedby=${m.unconfirmed ? `n-${m.id}` : nothing} @click=${() =>
          this.emit('kh-measure-select', { measureId: m.id, code: m.code, unitId, year })}>
          ${m.code}. ${pick(m.title, lang)}
        </button>${
          m.unconfirmed
            ? html`${unconfirmedMark(lang)}<span id="n-${m.id}" hidden>${pick(m.note ?? marks.unconfirmed, lang)}</span>`
            : nothing
        }
      </th>
      <td role="cell" class="num" data-label=${t.latest[lang]}>${latest ? `${this.#value(latest.value, m)} (${latest.year})` : '—'}${
        beside.length ? html`<dl class="muted">${beside}</dl>` : nothing
      }</td>
      ${milestones.map((y) => html`<td role="cell" data-label=${`${t.target[lang]} ${y}`}>${this.#target(m, y, seriesTargets(targets, ''), a, lang)}</td>`)}
      <td role="cell" data-label=${t.status[lang]}>
        ${badge(status)}
        ${a?.reason ? html`<span class="muted reason">${reasonMessages[a.reason][lang]}</span>` : nothing}
      </td>
      <td role="cell" data-label=${t.trend[lang]}>${this.#spark(m, p, lang)}</td>
    </tr>${
      p?.breakdown?.length
        ? // The figures by category on a row of their own, under the measure they break down.
          html`<tr role="row" class="categories"><td role="cell" colspan=${milestones.length + 4}>${categoryBreakdown(
            m,
            p.breakdown,
            {
              dimensions,
              lang,
              summary: `${t.byCategory[lang]}: ${m.code}`,
              badge,
              heads: milestones.map((y) => `${t.target[lang]} ${y}`),
              cells: (row) =>
                milestones.map((y) =>
                  this.#target(m, y, seriesTargets(targets, seriesKey(row.categories)), row.assessment, lang),
                ),
            },
          )}</td></tr>`
        : nothing
    }`;
  }

  /** A series' target of `year` among its own `targets` (sdk `seriesTargets`), met as `a` judged it. */
  #target(
    m: Measure,
    year: number,
    targets: readonly Target[],
    a: Pick<Progress, 'assessment'>['assessment'] | undefined,
    lang: Lang,
  ): TemplateResult | string {
    const tg = targets.find((x) =>
      x.kind === 'yearly_change' ? x.fromYear <= year && year <= x.toYear : x.year === year,
    );
    if (!tg) return '—';
    if (tg.kind === 'yearly_change') {
      const range = `${formatNumber(tg.minPercent, lang)}${tg.aimPercent ? `–${formatNumber(tg.aimPercent, lang)}` : ''}%`;
      return `${(m.direction === 'decrease' ? t.down : t.up)[lang]} ≥ ${range}${t.perYear[lang]}`;
    }
    const met = a?.milestones.find((x) => x.year === year)?.achieved;
    return html`${tg.kind === 'maintain' ? `${t.maintain[lang]} ` : ''}${tg.comparator} ${this.#value(tg.value, m)}${
      met ? html`<span class="met"> ✓ ${t.met[lang]}</span>` : nothing
    }${tg.unconfirmed ? unconfirmedMark(lang) : nothing}`;
  }

  /** Sparkline of the series; its text alternative gives the first and last values. */
  #spark(m: Measure, p: Progress | undefined, lang: Lang): TemplateResult {
    const s = p?.series ?? [];
    const first = s[0];
    const last = s.at(-1);
    if (!first || !last || s.length < 2) return html`<span class="muted">${t.fewPoints[lang]}</span>`;
    const vs = s.map((x) => x.value);
    const [min, max] = [Math.min(...vs), Math.max(...vs)];
    const points = s
      .map(
        (x) =>
          `${(((x.year - first.year) / (last.year - first.year || 1)) * 58 + 1).toFixed(1)},${(19 - ((x.value - min) / (max - min || 1)) * 18).toFixed(1)}`,
      )
      .join(' ');
    const alt = `${t.trend[lang]}: ${this.#value(first.value, m)} (${first.year}) → ${this.#value(last.value, m)} (${last.year})`;
    return html`<svg part="trend" viewBox="0 0 60 20" preserveAspectRatio="none" role="img" aria-label=${alt}>
      <polyline points=${points}></polyline>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kh-progress-dashboard': KhProgressDashboard;
  }
}
