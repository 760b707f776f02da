import {
  getOrganizationsRoute,
  getPlanRoute,
  getSubmissionsRoute,
  type Lang,
  parsePeriod,
  periodLabel,
  reportStatusMessages,
  type SubmissionEntry,
} from '@kehoach/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { client } from '../../internal/api.js';
import { formatDay, formatInstant, today } from '../../internal/format.js';
import { formatNumber, pick } from '../../internal/i18n.js';
import { icon, infoIcon, reportIcons } from '../../internal/icons.js';
import { KhElement, snapshot } from '../../internal/kh-element.js';
import { periodErrorState, planPeriod } from '../../internal/plan-period.js';
import { stateStyles, tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { type SubmissionTrackerData, SubmissionTrackerDataSchema } from './kh-submission-tracker.data.js';
import type { KhSubmissionTrackerEventMap } from './kh-submission-tracker.events.js';
import { styles } from './kh-submission-tracker.styles.js';

export type { SubmissionTrackerData } from './kh-submission-tracker.data.js';
export type * from './kh-submission-tracker.events.js';

type Status = SubmissionEntry['status'];
const statuses: Status[] = ['accepted', 'submitted', 'returned', 'draft', 'missing'];

const t = {
  noDue: { vi: 'Kế hoạch không đặt hạn nộp báo cáo.', en: 'The plan sets no due date for reports.' },
  agency: { vi: 'Cơ quan phải báo cáo', en: 'Agency owing the report' },
  assigned: { vi: 'Theo kế hoạch', en: 'As named in the plan' },
  status: { vi: 'Trạng thái', en: 'Status' },
  filed: { vi: 'Ngày nộp', en: 'Filed' },
  all: { vi: 'Tất cả', en: 'All' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  unlisted: {
    vi: 'Kế hoạch giao cho tập thể không liệt kê thành viên, không theo dõi được từng cơ quan:',
    en: 'The plan names groups without listing their members, who cannot be tracked one by one:',
  },
  noToken: {
    vi: 'Cần đăng nhập để xem tình hình nộp báo cáo.',
    en: 'Sign in to see who has filed.',
  },
  none: { vi: 'Không có cơ quan nào ở trạng thái này.', en: 'No agency is in this state.' },
  illustrative: {
    vi: 'Dữ liệu minh họa, không phải báo cáo thật.',
    en: 'Illustrative data, not real reports.',
  },
} as const;

/** The heading: "Tình hình nộp báo cáo 6 tháng đầu năm 2026" (the sdk's `periodLabel`). */
function title(key: string, lang: Lang): string {
  const label = periodLabel(key, lang);
  if (lang === 'vi') return `Tình hình nộp báo cáo ${label}`;
  return `${parsePeriod(key)?.cadence === 'yearly' ? 'Yearly reports' : 'Reports'} filed for ${label}`;
}

/** The deadline as people say it: days left, due today, or days overdue. */
function countdown(days: number, lang: Lang): string {
  const n = formatNumber(Math.abs(days), lang);
  if (lang === 'vi')
    return days > 0
      ? `Còn ${n} ngày đến hạn nộp`
      : days === 0
        ? 'Hôm nay là hạn nộp'
        : `Đã quá hạn ${n} ngày`;
  const unit = Math.abs(days) === 1 ? 'day' : 'days';
  return days > 0
    ? `${n} ${unit} left to file`
    : days === 0
      ? `Reports are due today`
      : `${n} ${unit} overdue`;
}

/** The API routes the tracker calls; only their schemas go into its bundle. */
const routes = {
  getPlan: getPlanRoute,
  getOrganizations: getOrganizationsRoute,
  getSubmissions: getSubmissionsRoute,
};

/**
 * Who has filed the report on a period (kỳ báo cáo: the year, a half year, quarter or month): a
 * countdown to the period's due date (days left, or days overdue, counted in the plan's time
 * zone, Asia/Ho_Chi_Minh), counts by state, and every agency owing a report with its state
 * (draft, submitted, returned, accepted, missing) and whether it is overdue — in text and icon.
 * Due date, owing agencies and overdue flags come from the API or the snapshot (the sdk's
 * `reportCompleteness`), never from the element.
 *
 * Data from `api-base` + `plan` + `period` (or `year`) and the `token` property
 * (`getSubmissions` needs a signed-in account; `getOrganizations` names the agencies), from a
 * JSON snapshot at `src` (`SubmissionTrackerDataSchema`), or the `data` property.
 *
 * The token is a property only: it is never read from or written to an attribute, so it never
 * appears in the page's markup, and it travels only in the `Authorization` header.
 *
 * @summary Deadline countdown and who has filed, returned, been accepted or is overdue.
 * @tag kh-submission-tracker
 *
 * @fires {CustomEvent<KhLoadDetail<SubmissionTrackerData>>} kh-load - The data was loaded; `detail.value` is the parsed data.
 * @fires {CustomEvent<SubmissionTrackerFilterChangeDetail>} kh-filter-change - The status filter changed; `detail.status` is a status or null.
 * @fires {CustomEvent<SubmissionTrackerReportOpenDetail>} kh-report-open - A reviewer activated an agency that has a report; `detail` is `{ reportId, agencyId, status }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart countdown - The deadline countdown; has class `overdue` after the due date.
 * @csspart summary - The counts by state.
 * @csspart filters - The filter bar.
 * @csspart illustrative - The notice that the data is illustrative.
 * @csspart notice - The note on groups the plan does not break down.
 * @csspart table - The table of agencies.
 * @csspart report-button - An agency with a report, a button that fires `kh-report-open`.
 * @csspart status - A state; also `status-<state>`, e.g. `status-returned`, `status-overdue`.
 *
 * @cssprop --kh-color-surface-subtle - Summary chips and notices.
 * @cssprop --kh-color-primary - Countdown, report buttons, submitted state.
 * @cssprop --kh-color-success - Accepted state.
 * @cssprop --kh-color-warning - Draft and returned states.
 * @cssprop --kh-color-danger - Missing, overdue, errors.
 */
export class KhSubmissionTracker extends KhElement<SubmissionTrackerData, KhSubmissionTrackerEventMap> {
  static override styles = [tokens, stateStyles, widgetStyles, styles];

  // Lit adds the base's (`lang`, `theme`, `src`, `data`, `api-base`) to these.
  static override properties: PropertyDeclarations = {
    plan: {},
    year: { type: Number },
    period: {},
    token: { attribute: false },
    now: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of the plan in `api-base` mode. */
  declare plan: string | undefined;
  /**
   * Reporting year in `api-base` mode: the plan's yearly report of that year (`2026`). Defaults to
   * the current year in Asia/Ho_Chi_Minh; `period` wins when set.
   */
  declare year: number | undefined;
  /**
   * Period tracked in `api-base` mode (kỳ báo cáo), as a period key of the plan's cadence: `2026`
   * (the year), `2026-H1`/`H2` (six-monthly), `2026-Q1`…`Q4` (quarterly), `2026-01`…`12`
   * (monthly). Wins over `year`. The heading names the period ("Tình hình nộp báo cáo 6 tháng đầu
   * năm 2026"); due date and overdue flags are that period's. A key not of the plan's cadence, or
   * outside its years, shows the sdk's error naming the attribute (in the element's language)
   * instead of the table, and asks the API for no submissions. Without `period` or `year`, a plan
   * not reported yearly shows that error for `period`.
   */
  declare period: string | undefined;
  /** Bearer token of a signed-in account, for `api-base` mode. Property only, never an attribute. */
  declare token: string | undefined;
  /** "Today" as an ISO instant, for demos and tests; the countdown counts from this day. */
  declare now: string | undefined;
  /** Level of the title heading in the host page's outline (2–6). */
  declare headingLevel: number;

  #filter = '';

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.show(this.data);
    else if (
      !this.data &&
      ['src', 'apiBase', 'plan', 'year', 'period', 'token'].some((k) =>
        changed.has(k as keyof KhSubmissionTracker),
      )
    ) {
      const { src, apiBase, plan, token } = this;
      if (src) this.run(snapshot(src, SubmissionTrackerDataSchema));
      else if (apiBase && plan && token) {
        const api = client(routes, apiBase, this.locale, token);
        const { period, year } = this;
        const key = period || String(year ?? today('Asia/Ho_Chi_Minh', this.now).slice(0, 4));
        // The attribute a bad key is blamed on: `period` unless it came from `year`.
        const path = !period && year != null ? 'year' : 'period';
        this.run(async (signal) => {
          const [p, organizations] = await Promise.all([
            api.getPlan({ planId: plan }, { signal }),
            api.getOrganizations({ planId: plan }, { signal }),
          ]);
          // Checked here, as the server would (`readPlanPeriod`), to name the attribute, not `query.year`.
          const { key: checked } = planPeriod(p, key, path);
          const submissions = await api.getSubmissions({ planId: plan, year: checked }, { signal });
          return { submissions, organizations, timeZone: p.reporting.timeZone };
        });
      } else this.reset(); // signed out: the signed-in data leaves the screen
    }
  }

  protected override render() {
    if (
      this.state.status === 'idle' &&
      this.apiBase != null &&
      this.plan &&
      !this.token &&
      !this.data &&
      !this.src
    )
      return html`<p class="state" part="state empty" lang=${this.locale}>${t.noToken[this.locale]}</p>`;
    return periodErrorState(this.state, this.locale) ?? super.render();
  }

  #badge(status: string, lang: Lang): TemplateResult {
    return html`<span class="badge ${status}" part="status status-${status}">${icon(reportIcons[status])}${
      reportStatusMessages[status as keyof typeof reportStatusMessages][lang]
    }</span>`;
  }

  protected renderReady(d: SubmissionTrackerData): TemplateResult {
    const lang = this.locale;
    const s = d.submissions;
    const tz = d.timeZone ?? 'Asia/Ho_Chi_Minh';
    const due = s.dueDate;
    const days = due ? Math.round((Date.parse(due) - Date.parse(today(tz, this.now))) / 86_400_000) : 0;
    const name = (id: string) => {
      const a = d.organizations.agencies.find((x) => x.id === id);
      return a ? pick(a.name, lang) : id;
    };
    const count = (status: Status | 'overdue') =>
      s.entries.filter((e) => (status === 'overdue' ? e.overdue : e.status === status)).length;
    const f = this.#filter;
    const entries = s.entries.filter((e) => !f || (f === 'overdue' ? e.overdue : e.status === f));
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    return html`<section part="base" lang=${lang} aria-labelledby="title">
      <div part="title" id="title" role="heading" aria-level=${level}>${title(s.period ?? String(s.year), lang)}</div>
      ${
        // A plan without a due date has no countdown and nothing overdue.
        due
          ? html`<p part="countdown" class=${days < 0 ? 'overdue' : ''}>
        ${icon(reportIcons.overdue)}<span>${countdown(days, lang)}<span class="due">${
          lang === 'vi' ? `Hạn nộp: ${formatDay(due, lang)}` : `Due ${formatDay(due, lang)}`
        }</span></span>
      </p>`
          : html`<p part="countdown">${t.noDue[lang]}</p>`
      }
      ${d.illustrative ? html`<p part="illustrative">${icon(infoIcon)}${t.illustrative[lang]}</p>` : nothing}
      <ul part="summary" aria-label=${t.summary[lang]}>
        ${[...statuses, 'overdue' as const].map(
          (st) => html`<li>${this.#badge(st, lang)}: ${formatNumber(count(st), lang)}</li>`,
        )}
      </ul>
      <div part="filters">
        <label>${t.status[lang]}<select @change=${(e: Event) => {
          this.#filter = (e.target as HTMLSelectElement).value;
          this.requestUpdate();
          // The select offers only the states.
          this.emit('kh-filter-change', { status: (this.#filter || null) as Status | 'overdue' | null });
        }}>
          <option value="" ?selected=${!f}>${t.all[lang]}</option>
          ${[...statuses, 'overdue' as const].map(
            (st) =>
              html`<option value=${st} ?selected=${st === f}>${reportStatusMessages[st][lang]}</option>`,
          )}
        </select></label>
      </div>
      ${
        entries.length
          ? html`<table part="table" role="table">
              <thead role="rowgroup"><tr role="row">
                <th scope="col" role="columnheader">${t.agency[lang]}</th>
                <th scope="col" role="columnheader">${t.assigned[lang]}</th>
                <th scope="col" role="columnheader">${t.status[lang]}</th>
                <th scope="col" role="columnheader">${t.filed[lang]}</th>
              </tr></thead>
              <tbody role="rowgroup">
                ${entries.map((e) => {
                  const asIssued = [...new Set(e.assignedAs.map((x) => x.agencyId))]
                    .filter((id) => id !== e.agencyId)
                    .map(name);
                  return html`<tr role="row">
                    <th scope="row" role="rowheader">${
                      e.reportId
                        ? html`<button type="button" class="link" part="report-button" @click=${() =>
                            this.emit('kh-report-open', {
                              reportId: e.reportId!,
                              agencyId: e.agencyId,
                              status: e.status,
                            })}>${name(e.agencyId)}</button>`
                        : name(e.agencyId)
                    }</th>
                    <td role="cell" data-label=${t.assigned[lang]}>${asIssued.join('; ') || '—'}</td>
                    <td role="cell" data-label=${t.status[lang]}><span class="summary">${this.#badge(e.status, lang)} ${
                      e.overdue ? this.#badge('overdue', lang) : nothing
                    }</span></td>
                    <td role="cell" data-label=${t.filed[lang]}>${e.submittedAt ? formatInstant(e.submittedAt, tz, lang) : '—'}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : f
            ? html`<p class="state" part="state empty">${t.none[lang]}</p>`
            : this.renderEmpty()
      }
      ${
        s.unenumerated.length
          ? html`<p part="notice">${t.unlisted[lang]} ${[...new Set(s.unenumerated.map((x) => name(x.agencyId)))].join('; ')}</p>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kh-submission-tracker': KhSubmissionTracker;
  }
}
