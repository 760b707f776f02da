import {
  type Assignment,
  getOrganizationsRoute,
  getPlanRoute,
  type Lang,
  listReportsRoute,
  reportStatusMessages,
  resolveAgency,
  type Task,
  type TaskProgress,
} from '@kehoach/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { client } from '../../internal/api.js';
import { today } from '../../internal/format.js';
import { pick, taskProgress } from '../../internal/i18n.js';
import { icon, infoIcon, taskIcons } from '../../internal/icons.js';
import { KhElement, snapshot } from '../../internal/kh-element.js';
import { marks } from '../../internal/marks.js';
import { stateStyles, tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';
import { type TaskTrackerData, TaskTrackerDataSchema } from './kh-task-tracker.data.js';
import type { KhTaskTrackerEventMap } from './kh-task-tracker.events.js';
import { styles } from './kh-task-tracker.styles.js';

export type { TaskTrackerData } from './kh-task-tracker.data.js';
export type * from './kh-task-tracker.events.js';

type Shown = TaskProgress | 'unreported';

const progress: Record<Shown, { vi: string; en: string }> = {
  ...taskProgress,
  unreported: { vi: 'Chưa báo cáo', en: 'Not reported' },
};

const t = {
  agency: { vi: 'Cơ quan (theo kế hoạch → nay)', en: 'Agency (as issued → today)' },
  all: { vi: 'Tất cả', en: 'All' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  region: { vi: 'Nhiệm vụ', en: 'Tasks' },
  agencies: { vi: 'Cơ quan thực hiện', en: 'Agencies' },
  reported: { vi: 'Tình hình', en: 'Reported status' },
  details: { vi: 'Chi tiết', en: 'Details' },
  now: { vi: 'nay', en: 'now' },
  lead: { vi: 'chủ trì', en: 'lead' },
  participant: { vi: 'phối hợp', en: 'takes part' },
  requested: { vi: 'đề nghị', en: 'requested' },
  reading: { vi: 'diễn giải, không ghi trong văn bản', en: 'interpretation, not in the text' },
  unlisted: { vi: 'không liệt kê cụ thể', en: 'members not listed' },
  report: { vi: 'Báo cáo', en: 'Report' },
  noReports: {
    vi: 'Cần đăng nhập (tài khoản người xem xét) để xem tình hình báo cáo.',
    en: 'Sign in as a reviewer to see the reported statuses.',
  },
  year: { vi: 'Năm báo cáo', en: 'Reporting year' },
  noMatch: { vi: 'Không có nhiệm vụ nào của cơ quan này.', en: 'This agency has no task.' },
  noTasks: { vi: 'Văn bản này không giao nhiệm vụ nào.', en: 'This document sets no tasks.' },
  illustrative: {
    vi: 'Dữ liệu minh họa, không phải báo cáo thật.',
    en: 'Illustrative data, not real reports.',
  },
} as const;

/** One agency the plan names for a task, with today's successor and what was reported. */
interface Duty {
  id: string;
  assignment: Assignment;
  basis: 'as_issued' | 'interpretation';
  asIssued: string;
  successor: string | null;
  collective: boolean;
  status: Shown;
  report: keyof typeof reportStatusMessages | null;
}

/** The API routes the tracker calls; only their schemas go into its bundle. */
const routes = {
  getPlan: getPlanRoute,
  getOrganizations: getOrganizationsRoute,
  listReports: listReportsRoute,
};

/**
 * The plan's task groups and tasks, text as issued, with the agencies the plan assigns to each
 * (as issued, and today's successor resolved with the sdk's `resolveAgency`) and the status
 * each reported for a year. Rows expand (a button with `aria-expanded`) to show every agency.
 * Drafts do not count as reported.
 *
 * Data from `api-base` + `plan` (+ the `token` property of a reviewer for the statuses:
 * `listReports`), from a JSON snapshot at `src` (`TaskTrackerDataSchema`), or the `data` property.
 *
 * @summary The plan's tasks, who carries them out (as issued and today) and their reported status.
 * @tag kh-task-tracker
 *
 * @fires {CustomEvent<KhLoadDetail<TaskTrackerData>>} kh-load - The data was loaded; `detail.value` is the parsed data.
 * @fires {CustomEvent<TaskTrackerFilterChangeDetail>} kh-filter-change - The agency filter changed; `detail.agency` is the as-issued agency id or null.
 * @fires {CustomEvent<TaskTrackerTaskToggleDetail>} kh-task-toggle - A task row was expanded or collapsed; `detail` is `{ taskId, expanded }`.
 *
 * @csspart base - The card.
 * @csspart title - The plan's title.
 * @csspart filters - The filter bar.
 * @csspart illustrative - The notice that the data is illustrative.
 * @csspart notice - The notice that statuses need a reviewer's sign-in.
 * @csspart table - The table of tasks.
 * @csspart toggle - The button that expands a task.
 * @csspart status - A reported status; also `status-<status>`, e.g. `status-completed`.
 *
 * @cssprop --kh-color-surface-subtle - Group rows and agency tiles.
 * @cssprop --kh-color-primary - Buttons, in-progress status.
 * @cssprop --kh-color-success - Completed status.
 * @cssprop --kh-color-warning - The illustrative notice.
 */
export class KhTaskTracker extends KhElement<TaskTrackerData, KhTaskTrackerEventMap> {
  static override styles = [tokens, stateStyles, widgetStyles, styles];

  // Lit adds the base's (`lang`, `theme`, `src`, `data`, `api-base`) to these.
  static override properties: PropertyDeclarations = {
    plan: {},
    year: { type: Number },
    token: { attribute: false },
    now: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of the plan in `api-base` mode. */
  declare plan: string | undefined;
  /** Reporting year in `api-base` mode; defaults to the current year in the plan's time zone. */
  declare year: number | undefined;
  /**
   * Bearer token of a reviewer, for the reported statuses in `api-base` mode (property only:
   * never an attribute, never in the DOM). Without it the tasks and agencies still show.
   */
  declare token: string | undefined;
  /** "Today" as an ISO instant, for demos and tests; successors are resolved at this day. */
  declare now: string | undefined;
  /** Level of the title heading in the host page's outline (2–6). */
  declare headingLevel: number;

  #agency = '';
  #open = new Set<string>();

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.show(this.data);
    else if (
      !this.data &&
      ['src', 'apiBase', 'plan', 'year', 'token'].some((k) => changed.has(k as keyof KhTaskTracker))
    ) {
      const { src, apiBase, plan, token } = this;
      if (src) this.run(snapshot(src, TaskTrackerDataSchema));
      else if (apiBase && plan) {
        const api = client(routes, apiBase, this.locale, token);
        this.run(async (signal) => {
          const [p, organizations] = await Promise.all([
            api.getPlan({ planId: plan }, { signal }),
            api.getOrganizations({ planId: plan }, { signal }),
          ]);
          const year = this.year ?? +today(p.reporting.timeZone, this.now).slice(0, 4);
          const reports = token
            ? (await api.listReports({ planId: plan, year }, { signal })).map((r) => ({
                agencyId: r.agencyId,
                status: r.status,
                tasks: r.content.tasks,
              }))
            : null;
          return { plan: p, organizations, year, reports };
        });
      }
    }
  }

  /** Every agency the plan names for each task, resolved to today's successor, with its reported status. */
  #duties(d: TaskTrackerData, day: string): Map<string, Duty[]> {
    const reg = d.organizations;
    const lang = this.locale;
    const name = (id: string) => {
      const a = reg.agencies.find((x) => x.id === id);
      return a ? pick(a.name, lang) : id;
    };
    const successor = (id: string, fn?: string) => {
      try {
        return resolveAgency(reg, id, day, { function: fn }).id;
      } catch {
        return id;
      }
    };
    // Reports that count: submitted, returned or accepted; the furthest along first.
    const order = ['accepted', 'submitted', 'returned'];
    const reports = (d.reports ?? [])
      .filter((r) => order.includes(r.status))
      .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
    const out = new Map<string, Duty[]>();
    for (const a of d.plan.assignments ?? [])
      for (const link of a.taskLinks)
        for (const id of a.agencyIds) {
          const now = successor(id, a.successionFunction);
          const collective = reg.agencies.find((x) => x.id === id)?.kind === 'collective';
          const report = reports.find((r) => r.agencyId === id || successor(r.agencyId) === now);
          const entry = report?.tasks.find((x) => x.taskId === link.taskId);
          const list = out.get(link.taskId) ?? [];
          list.push({
            id,
            assignment: a,
            basis: link.basis,
            asIssued: name(id),
            successor: now === id ? null : name(now),
            collective,
            status: entry?.status ?? 'unreported',
            report: d.reports ? (report?.status ?? 'missing') : null,
          });
          out.set(link.taskId, list);
        }
    return out;
  }

  #toggle(id: string): void {
    const open = !this.#open.has(id);
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.requestUpdate();
    this.emit('kh-task-toggle', { taskId: id, expanded: open });
  }

  protected renderReady(d: TaskTrackerData): TemplateResult {
    const lang = this.locale;
    const day = today(d.plan.reporting.timeZone, this.now);
    const duties = this.#duties(d, day);
    const agencies = new Map<string, string>();
    for (const list of duties.values())
      for (const x of list)
        agencies.set(x.id, x.successor ? `${x.asIssued} (${t.now[lang]}: ${x.successor})` : x.asIssued);
    // A document may set no tasks at all (a programme tracked by its targets): said as such.
    const all = d.plan.taskGroups ?? [];
    const groups = all
      .map((g) => ({
        g,
        tasks: g.tasks.filter(
          (task) => !this.#agency || duties.get(task.id)?.some((x) => x.id === this.#agency),
        ),
      }))
      .filter((x) => x.tasks.length);
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    const title = pick(d.plan.title, lang);
    // Without reports (no reviewer's token) nothing is known of the statuses: no column for them.
    const known = !!d.reports;
    const cols = known ? 4 : 3;
    return html`<section part="base" lang=${lang} aria-label="${t.region[lang]} — ${title}">
      <div part="title" role="heading" aria-level=${level}>${title}</div>
      <p class="muted">${t.year[lang]}: ${d.year}</p>
      <div part="filters">
        <label>${t.agency[lang]}<select @change=${(e: Event) => {
          this.#agency = (e.target as HTMLSelectElement).value;
          this.requestUpdate();
          this.emit('kh-filter-change', { agency: this.#agency || null });
        }}>
          <option value="" ?selected=${!this.#agency}>${t.all[lang]}</option>
          ${[...agencies].map(([id, label]) => html`<option value=${id} ?selected=${id === this.#agency}>${label}</option>`)}
        </select></label>
      </div>
      ${d.illustrative ? html`<p part="illustrative">${icon(infoIcon)}${t.illustrative[lang]}</p>` : nothing}
      ${known ? nothing : html`<p part="notice">${icon(taskIcons.unreported)}${t.noReports[lang]}</p>`}
      ${
        groups.length
          ? html`<table part="table" role="table">
              <thead role="rowgroup"><tr role="row">
                <th scope="col" role="columnheader">${t.task[lang]}</th>
                <th scope="col" role="columnheader">${t.agencies[lang]}</th>
                ${known ? html`<th scope="col" role="columnheader">${t.reported[lang]}</th>` : nothing}
                <th scope="col" role="columnheader"><span class="visually-hidden">${t.details[lang]}</span></th>
              </tr></thead>
              ${groups.map(
                ({ g, tasks }) => html`<tbody role="rowgroup">
                  <tr role="row"><th scope="rowgroup" role="rowheader" colspan=${cols}>${g.number}. ${pick(g.title, lang)}</th></tr>
                  ${tasks.map((task) => this.#row(g.number, task, duties.get(task.id) ?? [], lang, known))}
                </tbody>`,
              )}
            </table>`
          : html`<p class="state" part="state empty">${(all.some((g) => g.tasks.length) ? t.noMatch : t.noTasks)[lang]}</p>`
      }
    </section>`;
  }

  #badge(status: string, text: string): TemplateResult {
    return html`<span class="badge ${status}" part="status status-${status}">${icon(taskIcons[status])}${text}</span>`;
  }

  #row(group: number, task: Task, duties: Duty[], lang: Lang, known: boolean): TemplateResult {
    const open = this.#open.has(task.id);
    const label = `${group}.${task.label}`;
    const counts = new Map<Shown, number>();
    // Agencies as shown (today's name), each marked when only the compilers' reading links it.
    const shown = new Map<string, boolean>();
    for (const x of duties) {
      counts.set(x.status, (counts.get(x.status) ?? 0) + 1);
      const name = x.successor ?? x.asIssued;
      shown.set(name, (shown.get(name) ?? true) && x.basis === 'interpretation');
    }
    return html`<tr role="row">
        <th scope="row" role="rowheader"><span class="label">${label}</span>${pick(task.text, lang)}</th>
        <td role="cell" data-label=${t.agencies[lang]}>${
          [...shown]
            .map(([name, read]) => (read ? `${name} (${marks.interpretation[lang]})` : name))
            .join('; ') || '—'
        }</td>
        ${
          known
            ? html`<td role="cell" data-label=${t.reported[lang]}><span class="summary">${[...counts].map(
                ([s, n]) => this.#badge(s, `${progress[s][lang]}${duties.length > 1 ? ` (${n})` : ''}`),
              )}</span></td>`
            : nothing
        }
        <td role="cell">
          <button type="button" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="d-${task.id}" @click=${() => this.#toggle(task.id)}>
            <span class="chev" aria-hidden="true">▸</span> ${t.details[lang]}<span class="visually-hidden"> ${label}</span>
          </button>
        </td>
      </tr>
      <tr role="row" class="detail" id="d-${task.id}" ?hidden=${!open}>
        <td role="cell" colspan=${known ? 4 : 3}>
          <ul class="agencies">
            ${duties.map(
              (x) => html`<li>
                <div>
                  <strong>${x.asIssued}</strong>
                  <span class="muted">(${[
                    t[x.assignment.role][lang],
                    x.assignment.requested ? t.requested[lang] : '',
                    x.basis === 'interpretation' ? t.reading[lang] : '',
                    x.collective ? t.unlisted[lang] : '',
                  ]
                    .filter(Boolean)
                    .join(', ')})</span>
                  ${x.successor ? html`<div>→ ${t.now[lang]}: ${x.successor}</div>` : nothing}
                </div>
                ${
                  known
                    ? html`<div>
                  ${this.#badge(x.status, progress[x.status][lang])}
                  ${x.report ? html`<div class="muted">${t.report[lang]}: ${reportStatusMessages[x.report][lang]}</div>` : nothing}
                </div>`
                    : nothing
                }
              </li>`,
            )}
          </ul>
        </td>
      </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kh-task-tracker': KhTaskTracker;
  }
}
