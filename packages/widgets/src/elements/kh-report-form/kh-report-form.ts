import {
  ConflictError,
  contentPath,
  type FieldError,
  isOverdue,
  localizeError,
  type Measure,
  periodLabel,
  type Report,
  reportDueDate,
  reportPeriodKey,
  reportStatusMessages,
  roundPublished,
} from '@kehoach/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { categoryLabel } from '../../internal/categories.js';
import { formatInstant, unitSign } from '../../internal/format.js';
import { common, pick, taskProgress } from '../../internal/i18n.js';
import { KhElement, snapshot } from '../../internal/kh-element.js';
import { periodErrorState } from '../../internal/plan-period.js';
import { stateStyles, tokens } from '../../internal/tokens.styles.js';
import { DraftStore } from './draft-store.js';
import {
  buildLayout,
  contentFromValues,
  derivedOf,
  isNumeric,
  type Layout,
  type Values,
  valuesFromContent,
} from './form-model.js';
import { InteractionState } from './interaction-state.js';
import {
  loadFromApi,
  modelFrom,
  type ReportFormModel,
  type ReportFormSnapshot,
  ReportFormSnapshotSchema,
} from './kh-report-form.data.js';
import type { KhReportFormEventMap } from './kh-report-form.events.js';
import { styles } from './kh-report-form.styles.js';
import { formatInput, parseNumber } from './number-format.js';
import { implausibleChange } from './plausibility.js';
import { type ReportFormApi, reportFormApi } from './report-form-api.js';
import { SubmitController } from './submit-controller.js';
import { type ErrorMap, serverErrors, validateContent } from './validation.js';

export type { ReportFormModel, ReportFormSnapshot } from './kh-report-form.data.js';
export type * from './kh-report-form.events.js';

type T = { vi: string; en: string };
// Terse on purpose: every byte counts against the form's 35 KB budget.
const t = {
  title: { vi: 'Báo cáo kết quả thực hiện', en: 'Implementation report' },
  due: { vi: 'Hạn nộp', en: 'Due' },
  tasks: { vi: 'Nhiệm vụ, giải pháp', en: 'Tasks' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  measures: { vi: 'Chỉ tiêu', en: 'Indicators' },
  measure: { vi: 'Chỉ tiêu', en: 'Indicator' },
  budget: { vi: 'Kinh phí (đồng)', en: 'Budget (VND)' },
  narrative: { vi: 'Khó khăn, kiến nghị', en: 'Narrative' },
  status: { vi: 'Tình trạng', en: 'Status' },
  choose: { vi: '— Chọn —', en: '— Choose —' },
  ...taskProgress,
  results: { vi: 'Kết quả thực hiện', en: 'Results' },
  value: { vi: 'Giá trị', en: 'Value' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  dataSource: { vi: 'Nguồn số liệu', en: 'Data source' },
  note: { vi: 'Ghi chú', en: 'Note' },
  explanation: { vi: 'Giải trình', en: 'Explanation' },
  lastYear: { vi: 'Năm trước', en: 'Last year' },
  derived: { vi: 'Tính từ tử số, mẫu số', en: 'From numerator and denominator' },
  implausible: {
    vi: 'Khác nhiều so với năm trước: hãy kiểm tra, giải trình.',
    en: 'Far from last year: check and explain.',
  },
  planned: { vi: 'Dự toán', en: 'Planned' },
  spent: { vi: 'Đã chi', en: 'Spent' },
  difficulties: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
  recommendations: { vi: 'Đề xuất, kiến nghị', en: 'Recommendations' },
  assigned: { vi: 'Giao cho', en: 'Assigned to' },
  now: { vi: 'nay là', en: 'now' },
  save: { vi: 'Lưu nháp', en: 'Save draft' },
  submit: { vi: 'Nộp báo cáo', en: 'Submit report' },
  busy: { vi: 'Đang gửi…', en: 'Sending…' },
  summary: { vi: 'Cần sửa các lỗi sau', en: 'Please fix these' },
  chooseStatus: { vi: 'Cần chọn tình trạng', en: 'Choose a status' },
  saved: { vi: 'Đã lưu lên máy chủ', en: 'Saved to the server' },
  local: { vi: 'Đã lưu trên máy này', en: 'Kept on this device' },
  restored: { vi: 'Đã khôi phục bản nháp.', en: 'Restored the draft.' },
  sections: { vi: 'Các phần của báo cáo', en: 'Report sections' },
  stale: {
    vi: 'Báo cáo đã bị sửa ở nơi khác; bản của bạn vẫn được giữ.',
    en: 'Changed elsewhere; yours is kept.',
  },
  reload: { vi: 'Tải bản mới nhất', en: 'Load the latest' },
  kept: { vi: 'Đã tải bản mới nhất.', en: 'Loaded the latest.' },
  mine: { vi: 'Khôi phục bản của tôi', en: 'Restore my copy' },
  done: { vi: 'Đã nộp báo cáo.', en: 'Report submitted.' },
  comments: { vi: 'Ý kiến khi trả lại', en: 'Comments on return' },
  offline: { vi: 'Bản trình diễn: chỉ lưu trên máy này.', en: 'Demo: saved here only.' },
} as const satisfies Record<string, T>;

const STATUSES = ['not_started', 'in_progress', 'completed', 'not_applicable'] as const;
const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** A message at the top of the form, with at most one action. */
interface Banner {
  tone: 'error' | 'info';
  text: string;
  action?: { label: string; run: () => void };
}

/**
 * An agency's report on a plan for one period — the year (`year`, or `period="2026"`) or, for a
 * plan reported on more often, a half year, quarter or month (`period="2026-H1"`): the tasks and indicators it answers for (computed with
 * the sdk's `agencyDuties`, through successions), the budget by funding source, difficulties
 * and recommendations. Validates with the sdk's `ReportContentSchema` — the server's schema —
 * as the officer types (once a field was left) and on submit, with an error summary linking to
 * each field. Keeps a draft on the device at every change and on the server on demand; submits
 * once, whatever the network does. Read-only once submitted or accepted.
 *
 * Tasks come in the plan's order and indicators in the catalog's (2, 3a, 3b, 8a … 24). A
 * navigation at the top leads to each section and counts what is filled there ("Chỉ tiêu 12/22":
 * a task with its status and results, an indicator with its value or numerator and denominator,
 * a funding source with both figures). Save and Submit sit in a bar that sticks to the bottom of
 * the window; a field taking focus scrolls clear of it. Last year's value is shown rounded as
 * published ("Năm trước: 86,59%"); for a shorter period it is the agency's own figure of the same
period a year earlier (`2025-H1` for `2026-H1`), from its report there once submitted or
accepted, since the published series holds whole years only. A restored draft says where it comes from: this device (with
 * when it was kept there) or the server (when it was saved there, in the plan's time zone). A
 * returned report shows the reviewer's general comment at the top and each comment on a field
 * or row (`ReportEvent.fields`, sdk `contentPath`) beside it, tied to it with `aria-describedby`;
 * comments on rows the form does not show join the general one.
 *
 * A measure broken down by category (phân tổ: the catalog's `dimensions`, the measure's
 * `disaggregation`) has, under its total, a row per category of each dimension it declares
 * (sdk `categorySplits`, the template workbook's layout), grouped under the dimension's title and
 * named "4a — Nữ", with the total's fields; each input is named with its row. A row by category is
 * sent, with its `categories`, once something is written in it; loaded ones fill their rows, and
 * loaded rows the form does not show (another unit's, a combination of categories) are sent back
 * as they were. Parts of an additive measure above their total are refused at the total's field
 * (sdk `disaggregationErrors`), the message naming the rows.
 *
 * The bearer token is handed over by the portal's login as the `token` property; it is never
 * an attribute, so it stays out of the DOM and of server-rendered HTML.
 *
 * @summary Fill, save and submit an agency's report on a period (the year, a half year, quarter or month).
 * @tag kh-report-form
 *
 * @fires {CustomEvent<KhLoadDetail<ReportFormModel>>} kh-load - The plan, duties and report were loaded; `detail.value` is the form's model.
 * @fires {CustomEvent<ReportFormDraftSavedDetail>} kh-draft-saved - A draft was saved on the server; `detail.report`, `detail.version`. Drafts kept on the device fire nothing.
 * @fires {CustomEvent<ReportFormSubmittedDetail>} kh-submitted - The report was submitted; `detail.report` is the server's copy.
 * @fires {CustomEvent<ReportFormValidationFailedDetail>} kh-validation-failed - Save or submit found errors; `detail.errors` (sdk `FieldError[]`, form paths such as `measures.2.value`), `detail.source` (`client` or `server`).
 * @fires {CustomEvent<KhErrorDetail>} kh-error - Loading, saving or submitting failed; `detail.error` is the sdk's typed error. What was typed is kept.
 *
 * @csspart base - The form.
 * @csspart title - The report's title.
 * @csspart status - The report's status badge; also `status-<status>`, and `overdue`.
 * @csspart summary - The error summary shown after a failed save or submit.
 * @csspart message - Notices (`message-info`) and errors (`message-error`) at the top.
 * @csspart comments - Reviewer comments of a returned report (the general one and those on rows not shown).
 * @csspart field-comment - A reviewer's comment beside its field or row.
 * @csspart nav - The navigation to the sections, with what is filled in each.
 * @csspart section - Each section (tasks, indicators, budget, narrative).
 * @csspart item - Each task, indicator or funding source.
 * @csspart categories - An indicator's rows by category of one dimension (phân tổ), under its title.
 * @csspart category - An indicator's row for one category ("4a — Nữ"), with the total's fields.
 * @csspart field - A label with its input and messages.
 * @csspart input - Inputs, selects and text areas.
 * @csspart field-error - The error beside a field.
 * @csspart field-warning - The implausible-change warning beside a value.
 * @csspart actions - The save and submit bar, sticky at the bottom of the window.
 * @csspart button - Buttons; also `save-button`, `submit-button`, `message-button`.
 *
 * @cssprop --kh-color-text-muted - Hints and secondary text.
 * @cssprop --kh-color-surface - Form background.
 * @cssprop --kh-color-surface-subtle - Item and message backgrounds.
 * @cssprop --kh-color-border - Borders of inputs and items.
 * @cssprop --kh-color-primary - Buttons and links.
 * @cssprop --kh-color-success - Success messages, accepted status.
 * @cssprop --kh-color-warning - Implausible-change warnings, overdue.
 * @cssprop --kh-color-danger - Errors.
 */
export class KhReportForm extends KhElement<ReportFormModel, KhReportFormEventMap, ReportFormSnapshot> {
  static override styles = [tokens, stateStyles, styles];

  // Lit adds the base's (`lang`, `theme`, `src`, `data`, `api-base`) to these.
  static override properties: PropertyDeclarations = {
    plan: {},
    year: { type: Number },
    period: {},
    token: { attribute: false },
    readonly: { type: Boolean, reflect: true },
  };

  /** Plan id, e.g. `dak-nong-2021`. */
  declare plan: string | undefined;
  /** Year reported on: the plan's yearly report of that year (`2026`). `period` wins when set. */
  declare year: number | undefined;
  /**
   * Period reported on (kỳ báo cáo), as a period key of the plan's cadence: `2026` (the year),
   * `2026-H1`/`H2` (six-monthly), `2026-Q1`…`Q4` (quarterly), `2026-01`…`12` (monthly). Wins over
   * `year`; without it, `year` names the yearly report. The title names the period ("Báo cáo kết
   * quả thực hiện 6 tháng đầu năm 2026"), the deadline and the overdue flag are that period's, and
   * the draft on the device is kept per period. A key not of the plan's cadence, or outside its
   * years, shows the sdk's error naming the attribute (in the form's language) instead of a report.
   */
  declare period: string | undefined;
  /**
   * Bearer token from the portal's login (`POST /api/v1/auth/login`). Property only: set it from
   * script after sign-in (`form.token = response.token`); it is never reflected to an attribute.
   * With `api-base`, the form loads once it has a token and shows nothing before; setting it
   * back to null or undefined (a sign-out) takes the report off the screen. Drafts kept on the
   * device stay there for the next sign-in, but are not shown without a token.
   */
  declare token: string | undefined;
  /** Shows the report without letting it be edited (it is read-only anyway once submitted or accepted). */
  declare readonly: boolean;

  #api: ReportFormApi | undefined;
  #model: ReportFormModel | undefined;
  #layout: Layout = { tasks: [], measures: [], budget: [] };
  #values: Values = {};
  #ui = new InteractionState();
  #check: 'submit' | 'draft' = 'submit';
  #errors: ErrorMap = new Map();
  #server: ErrorMap = new Map();
  #summary = false;
  #store: DraftStore | undefined;
  #ctl: SubmitController | undefined;
  #report: Report | null = null;
  #version: number | null = null;
  #banner: Banner | null = null;
  #status = '';
  #localAt = '';
  #busy = false;
  #names: Record<string, string> = {};
  /** Comments of the latest return on single fields or rows, by content path (sdk `contentPath`). */
  #notes = new Map<string, string>();
  /** The paths of `#notes` shown beside their field or row in this render; the others go to the top. */
  #seen = new Set<string>();

  constructor() {
    super();
    this.readonly = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('token')) this.#api?.setToken(this.token ?? null);
    if (changed.has('data') && this.data) this.show(this.#offline(this.data));
    else if (changed.has('token') && !this.token && !this.src && !this.data) {
      // Signed out: the report leaves the screen (the draft on the device stays, for the next sign-in).
      this.reset();
      this.#model = this.#api = this.#ctl = this.#store = undefined;
      this.#values = {};
      this.#localAt = '';
    } else if (
      !this.data &&
      (['src', 'apiBase', 'plan', 'year', 'period'].some((k) => changed.has(k)) ||
        (changed.has('token') && !changed.get('token') && this.token))
    )
      this.#load();
    const s = this.state;
    if (s.status === 'ready' && s.value !== this.#model) this.#init(s.value);
  }

  /** A snapshot (`src`, `data`) is offline: edits stay on the device. */
  #offline(d: ReportFormSnapshot): ReportFormModel {
    const r = d.report;
    return modelFrom(
      d,
      this.#key || (r ? reportPeriodKey(r) : String(new Date().getFullYear())),
      false,
      this.#path,
    );
  }

  /** The period asked for: `period`, else `year`'s yearly key; '' when neither is set. */
  get #key(): string {
    return this.period || (this.year ? String(this.year) : '');
  }

  /** The attribute the period comes from, named in its error. */
  get #path(): string {
    return this.period ? 'period' : 'year';
  }

  /** A period the plan is not reported on: the sdk's message, with nothing to retry. */
  protected override render() {
    return periodErrorState(this.state, this.locale) ?? super.render();
  }

  #load(): void {
    const { src, plan, apiBase, token } = this;
    const key = this.#key;
    if (src) {
      const load = snapshot(src, ReportFormSnapshotSchema);
      this.run(async (signal) => this.#offline(await load(signal)));
    } else if (apiBase != null && plan && key) {
      // Nothing to show until the portal hands over the token.
      if (!token) return;
      const api = reportFormApi({ baseUrl: apiBase, token, lang: this.locale });
      this.#api = api;
      this.run((signal) => loadFromApi(api, plan, key, this.#path, signal));
    }
  }

  // ——— state ———

  #init(m: ReportFormModel): void {
    this.#model = m;
    this.#layout = buildLayout(
      m.duties,
      m.plan.taskGroups ?? [],
      m.plan.funding ?? [],
      m.lastYear,
      m.catalog.dimensions,
    );
    this.#report = m.report;
    this.#version = m.report?.version ?? null;
    this.#store = new DraftStore(m.plan.id, m.period, m.agencyId);
    this.#ctl = m.online && this.#api ? new SubmitController(this.#api, m.plan.id, m.period) : undefined;
    this.#banner = m.online ? null : { tone: 'info', text: t.offline[this.locale] };
    this.#status = '';
    const server = this.#serverValues();
    const local = this.#locked ? null : this.#store.load();
    const r = m.report;
    // Where the draft in the form comes from, with when it was written there: "Đã lưu trên máy
    // này …" or "Đã lưu lên máy chủ …" (never "this device" for the server's copy).
    const from = (where: T, at: string) => `${where[this.locale]} ${this.#time(at)}.`;
    // A draft on the device with edits newer than the server's copy wins (the officer can go
    // back); one written as the server's copy after a save (`synced`) is the server's draft.
    if (
      local &&
      local.synced == null &&
      JSON.stringify(local.values) !== JSON.stringify(server) &&
      (!r || Date.parse(local.savedAt) > Date.parse(r.updatedAt))
    ) {
      this.#apply(local.values);
      this.#version = local.baseVersion ?? this.#version;
      if (this.#ctl) this.#ctl.pending = local.pending;
      this.#localAt = local.savedAt;
      if (m.online)
        this.#banner = { tone: 'info', text: `${t.restored[this.locale]} ${from(t.local, local.savedAt)}` };
    } else {
      this.#apply(server);
      if (r?.status === 'draft') this.#status = from(t.saved, r.updatedAt);
    }
  }

  #serverValues(): Values {
    return this.#report ? valuesFromContent(this.#report.content, this.#layout, this.locale) : {};
  }

  /** Puts texts in the form, starting interaction over; `keep` also writes them to the device. */
  #apply(values: Values, keep?: boolean): void {
    if (keep) this.#banner = null;
    this.#values = { ...values };
    this.#ui = new InteractionState();
    this.#server = new Map();
    this.#summary = false;
    this.#check = 'submit';
    this.#validate();
    if (keep) this.#saveLocal();
    this.requestUpdate();
  }

  get #locked(): boolean {
    const s = this.#report?.status;
    return this.readonly || s === 'submitted' || s === 'accepted';
  }

  #validate(): void {
    const { content, index } = contentFromValues(
      this.#values,
      this.#layout,
      this.locale,
      this.#check,
      this.#report?.content,
    );
    this.#errors = validateContent(content, index, this.#model?.catalog);
  }

  /** Client errors, with the server's for fields not edited since. */
  get #allErrors(): ErrorMap {
    return new Map([...this.#errors, ...this.#server]);
  }

  /** Keeps the texts on the device; `synced` when they are what the server now holds as that version. */
  #saveLocal(synced?: number): void {
    const savedAt = new Date().toISOString();
    const ok = this.#store?.save({
      savedAt,
      baseVersion: this.#version,
      values: this.#values,
      synced,
      pending: this.#ctl?.pending,
    });
    this.#localAt = ok ? savedAt : '';
  }

  // ——— events from fields ———

  #onInput(e: Event): void {
    const path = (e.target as HTMLInputElement).name;
    if (!path || this.#locked) return;
    this.#values[path] = (e.target as HTMLInputElement).value;
    this.#ui.dirty.add(path);
    this.#server.delete(path);
    this.#validate();
    this.#saveLocal();
    this.requestUpdate();
  }

  /**
   * A field taking focus scrolls clear of the sticky bar (WCAG 2.2 focus not obscured): the
   * browser only brings it into the window, `scroll-margin-bottom` makes "nearest" leave room.
   */
  #onFocus(e: FocusEvent): void {
    (e.target as Element).scrollIntoView({ block: 'nearest' });
  }

  /** Leaving a field: its feedback may show from now on; numbers are rewritten in the officer's notation. */
  #onBlur(e: FocusEvent): void {
    const path = (e.target as HTMLInputElement).name;
    if (!path || this.#locked) return;
    this.#ui.touched.add(path);
    const n = isNumeric(path) ? parseNumber(this.#values[path] ?? '', this.locale) : undefined;
    const f = n !== undefined && Number.isFinite(n) ? formatInput(n, this.locale) : undefined;
    if (f && f !== this.#values[path]) {
      this.#values[path] = f;
      this.#saveLocal();
    }
    this.requestUpdate();
  }

  // ——— server writes ———

  async #fail(errors: ErrorMap, source: 'client' | 'server'): Promise<void> {
    this.#ui.submitted = true;
    this.#summary = true;
    this.#banner = null;
    this.emit('kh-validation-failed', { errors: [...errors.values()], source });
    await this.#focus('[part~="summary"]');
  }

  async #focus(selector: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #write(mode: 'draft' | 'submit'): Promise<void> {
    const ctl = this.#ctl;
    if (this.#busy || !ctl || this.#locked) return;
    this.#check = mode;
    this.#server = new Map();
    const { content, index } = contentFromValues(
      this.#values,
      this.#layout,
      this.locale,
      mode,
      this.#report?.content,
    );
    this.#errors = validateContent(content, index, this.#model?.catalog);
    if (this.#errors.size) return this.#fail(this.#errors, 'client');
    this.#busy = true;
    this.#status = t.busy[this.locale];
    this.requestUpdate();
    const r = await (mode === 'draft'
      ? ctl.save(content, this.#version)
      : ctl.submit(content, this.#version));
    this.#busy = false;
    this.#status = '';
    const lang = this.locale;
    if (r.kind === 'ok') {
      this.#report = r.report;
      this.#version = r.version;
      this.#summary = false;
      this.#banner = null;
      if (mode === 'draft') {
        this.#saveLocal(r.version);
        this.#status = `${t.saved[lang]} ${this.#time(r.report.updatedAt)}.`;
        this.emit('kh-draft-saved', { report: r.report, version: r.version });
        return this.requestUpdate();
      }
      this.#store?.clear();
      this.#localAt = '';
      this.#banner = { tone: 'info', text: t.done[lang] };
      this.emit('kh-submitted', { report: r.report });
      return this.#focus('[part~="message"]');
    }
    if (r.kind === 'invalid') {
      this.#server = serverErrors(r.errors, index);
      return this.#fail(this.#server, 'server');
    }
    // Whatever went wrong, what was typed stays on the device.
    this.#saveLocal();
    const reload = { label: t.reload[lang], run: () => this.#reload() };
    this.#banner =
      r.kind === 'stale'
        ? { tone: 'error', text: t.stale[lang], action: reload }
        : {
            tone: 'error',
            text: localizeError(r.error, lang),
            ...(r.kind === 'network'
              ? { action: { label: common.retry[lang], run: () => this.#write(mode) } }
              : r.error instanceof ConflictError
                ? { action: reload }
                : {}),
          };
    this.emit('kh-error', { error: r.error });
    return this.#focus('[part~="message"]');
  }

  /** After a conflict: the server's latest copy in the form, the officer's own kept for restoring. */
  async #reload(): Promise<void> {
    const m = this.#model!;
    const mine = { ...this.#values };
    try {
      this.#report = await this.#api!.getMyReport({ planId: m.plan.id, year: m.period });
      this.#version = this.#report.version;
      this.#apply(this.#serverValues());
      this.#banner = this.#locked
        ? null
        : {
            tone: 'info',
            text: t.kept[this.locale],
            action: { label: t.mine[this.locale], run: () => this.#apply(mine, true) },
          };
    } catch (error) {
      this.#banner = { tone: 'error', text: localizeError(error, this.locale) };
      this.emit('kh-error', { error });
    }
    this.requestUpdate();
  }

  // ——— rendering ———

  /** An instant as read in the plan's time zone (Asia/Ho_Chi_Minh), whatever the device's. */
  #time(iso: string): string {
    return formatInstant(iso, this.#model!.plan.reporting.timeZone, this.locale);
  }

  #agency(id: string): string {
    const a = this.#model?.registry.agencies.find((x) => x.id === id);
    return a ? pick(a.name, this.locale) : id;
  }

  /**
   * The sdk's message without its "Field <path>:" prefix, since the label is beside it; the rows
   * it names (a total's parts, `measures.2.1`) by their names ("Chỉ tiêu 4a — Nữ").
   */
  #message(e: FieldError): string {
    if (e.code === 'invalid_value' && e.path.endsWith('.status')) return t.chooseStatus[this.locale];
    const m = e.message[this.locale]
      .replace(/^(Trường|Field) \S+: /, '')
      .replace(/(?:tasks|measures|budget)\.[\d.]*\d/g, (p) => this.#names[p] ?? p);
    return m.charAt(0).toUpperCase() + m.slice(1);
  }

  /** "Indicator 5 – Value", "Indicator 4a — Female – Value": where a summary entry points (names are noted as rows render). */
  #label(path: string): string {
    const item =
      this.#names[path.slice(0, path.lastIndexOf('.'))] ?? this.#names[path.split('.').slice(0, 2).join('.')];
    const what = this.#word(path.slice(path.lastIndexOf('.') + 1));
    return item ? `${item} – ${what}` : what;
  }

  #word(name: string): string {
    return (t as Record<string, T>)[name]?.[this.locale] ?? name;
  }

  protected renderReady(m: ReportFormModel): TemplateResult {
    const lang = this.locale;
    const L = this.#layout;
    if (!L.tasks.length && !L.measures.length) return this.renderEmpty();
    const status = this.#report?.status ?? 'missing';
    const overdue = !this.#locked && isOverdue(m.plan, m.period, new Date());
    const due = reportDueDate(m.plan, m.period);
    this.#notes = new Map();
    this.#seen = new Set();
    for (const { path, comment } of this.#returned()?.fields ?? [])
      this.#notes.set(path, this.#notes.has(path) ? `${this.#notes.get(path)}\n${comment}` : comment);
    const section = (id: string, body: unknown) =>
      html`<section part="section" id="s-${id}" tabindex="-1" aria-labelledby="h-${id}"><h3 id="h-${id}">${this.#word(id)}</h3>${body}</section>`;
    // The sections first: the comments they show are then known, the others go to the top.
    const body = html`${section(
      'tasks',
      L.tasks.map((row, i) =>
        this.#item(
          `tasks.${i}`,
          `${t.task[lang]} ${row.code}`,
          pick(row.text, lang),
          row.asIssued,
          html`${this.#field(`tasks.${i}.status`, 'select')}${this.#field(`tasks.${i}.results`, 'area')}`,
        ),
      ),
    )}
${
  L.measures.length
    ? section(
        'measures',
        L.measures.map((row, i) => this.#renderMeasure(row, i)),
      )
    : nothing
}
${
  L.budget.length
    ? section(
        'budget',
        L.budget.map((f, i) =>
          this.#item(
            `budget.${i}`,
            '',
            pick(f.text, lang),
            [],
            html`<div class="grid">${this.#field(`budget.${i}.planned`, 'number')}${this.#field(`budget.${i}.spent`, 'number')}</div>`,
          ),
        ),
      )
    : nothing
}
${section('narrative', html`${this.#field('difficulties', 'area')}${this.#field('recommendations', 'area')}`)}
`;
    const counts = this.#counts();
    return html`<form part="base" lang=${lang} novalidate aria-labelledby="title" @input=${this.#onInput} @focusout=${this.#onBlur} @focusin=${this.#onFocus} @submit=${(e: Event) => e.preventDefault()}>
<header>
<h2 part="title" id="title">${t.title[lang]} ${periodLabel(m.period, lang)}</h2>
<p class="meta">${pick(m.plan.title, lang)}</p>
<p class="meta"><strong>${this.#agency(m.agencyId)}</strong>${due ? ` · ${t.due[lang]} ${due.split('-').reverse().join('/')}` : ''}
<span class="badge ${status}" part="status status-${status}">${reportStatusMessages[status][lang]}</span>${overdue ? html` <span class="badge overdue" part="status overdue">${reportStatusMessages.overdue[lang]}</span>` : nothing}</p>
</header>
${this.#renderSummary()}${this.#renderBanner()}${this.#renderComments()}
<nav part="nav" aria-label=${t.sections[lang]}>${counts.map(([id, n, of]) => html`<a href="#s-${id}" @click=${(e: Event) => this.#goTo(e, `s-${id}`)}>${this.#word(id)} <span class="meta">${n}/${of}</span></a>`)}</nav>
${body}
${this.#renderActions()}
</form>`;
  }

  /**
   * Each section's rows with every field the officer must fill filled in, of its rows: what the
   * navigation shows as "2/3". A rate's value counts as filled once its numerator and denominator are.
   */
  #counts(): [string, number, number][] {
    const L = this.#layout;
    const has = (...paths: string[]) => paths.every((p) => this.#values[p]?.trim());
    return (
      [
        ['tasks', L.tasks, (p: string) => has(`${p}status`, `${p}results`)],
        ['measures', L.measures, (p: string) => has(`${p}value`) || has(`${p}numerator`, `${p}denominator`)],
        ['budget', L.budget, (p: string) => has(`${p}planned`, `${p}spent`)],
        ['narrative', ['difficulties', 'recommendations'], (_: string, f: string) => has(f)],
      ] as [string, unknown[], (p: string, f: never) => boolean][]
    )
      .filter(([, rows]) => rows.length)
      .map(([kind, rows, done]) => [
        kind,
        rows.filter((r, i) => done(`${kind}.${i}.`, r as never)).length,
        rows.length,
      ]);
  }

  #returned() {
    const r = this.#report;
    return r?.status === 'returned' ? [...r.events].reverse().find((x) => x.type === 'returned') : undefined;
  }

  #renderSummary() {
    const errors = [...this.#allErrors.values()].filter((e) => this.#ui.shows(e.path));
    if (!this.#summary || !errors.length) return nothing;
    return html`<div class="sum" part="summary" role="alert" tabindex="-1" aria-labelledby="sum">
<h3 id="sum">${t.summary[this.locale]}</h3>
<ul>${errors.map((e) => html`<li><a href="#${fieldId(e.path)}" @click=${(ev: Event) => this.#goTo(ev, fieldId(e.path), fieldId(e.path.split('.').slice(0, 2).join('.')))}>${this.#label(e.path)}: ${this.#message(e)}</a></li>`)}</ul>
</div>`;
  }

  /** Activating a link focuses the first of these elements there is: fragment links do not reach into a shadow root. */
  #goTo(ev: Event, ...ids: string[]): void {
    ev.preventDefault();
    ids
      .map((id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`))
      .find(Boolean)
      ?.focus();
  }

  #renderBanner() {
    const b = this.#banner;
    return b
      ? html`<div class="msg ${b.tone}" part="message message-${b.tone}" tabindex="-1" role=${b.tone === 'error' ? 'alert' : 'status'}>
<p>${b.text}</p>${b.action ? html`<button type="button" part="button message-button" @click=${b.action.run}>${b.action.label}</button>` : nothing}
</div>`
      : nothing;
  }

  /** The general comment of the latest return, and the comments on rows the form does not show. */
  #renderComments() {
    const e = this.#returned();
    const rest = [...this.#notes].filter(([p]) => !this.#seen.has(p));
    return e && (e.comment || rest.length)
      ? html`<section class="msg" part="comments" aria-labelledby="rc">
<h3 id="rc">${t.comments[this.locale]}</h3>
${e.comment ? html`<p class="comment">${e.comment}</p>` : nothing}${rest.map(([p, c]) => html`<p class="comment">${p}: ${c}</p>`)}
<p class="meta">${e.by.name}, ${this.#time(e.at)}</p>
</section>`
      : nothing;
  }

  /** The comment of the latest return on a field or row (form path `measures.1.value`, `tasks.0`), noted as shown. */
  #comment(path: string): string | undefined {
    const [kind, i, field] = path.split('.') as ['tasks' | 'measures' | 'budget', string?, string?];
    const row = i && this.#layout[kind][+i];
    const at = row ? contentPath(kind, 'measure' in row ? row.measure.id : row.id, field) : kind;
    const note = this.#notes.get(at);
    if (note) this.#seen.add(at);
    return note;
  }

  /** A reviewer's comment on a field or row, for its `aria-describedby`. */
  #note(id: string, note: string | undefined) {
    return note
      ? html`<p class="msg comment" part="field-comment" id="c-${id}"><strong>${t.comments[this.locale]}:</strong> ${note}</p>`
      : nothing;
  }

  /** The agencies the plan named, when the signed-in agency answers for them as their successor. */
  #assigned(ids: string[]) {
    const m = this.#model!;
    const lang = this.locale;
    const named = ids.filter((id) => id !== m.agencyId);
    return named.length
      ? html`<p class="meta">${t.assigned[lang]}: ${named.map((id) => this.#agency(id)).join('; ')} (${t.now[lang]}: ${this.#agency(m.agencyId)})</p>`
      : nothing;
  }

  /** A task, indicator or funding source: its code and text, who the plan named, a comment on it, its fields. */
  #item(path: string, code: string, title: string, asIssued: string[], body: unknown) {
    this.#names[path] = code || title;
    const id = fieldId(path);
    const note = this.#comment(path);
    return html`<fieldset part="item" id=${id} tabindex="-1" aria-describedby=${note ? `c-${id}` : nothing}><legend>${code} ${title}</legend>${this.#note(id, note)}${this.#assigned(asIssued)}${body}</fieldset>`;
  }

  #renderMeasure(row: Layout['measures'][number], i: number) {
    const lang = this.locale;
    const { measure } = row;
    const p = `measures.${i}`;
    const unit = unitSign(measure.unit.kind, lang);
    const dims = this.#model!.catalog.dimensions ?? [];
    return this.#item(
      p,
      `${t.measure[lang]} ${measure.code}`,
      `${pick(measure.title, lang)}${unit ? ` (${unit})` : ''}`,
      row.asIssued,
      html`${this.#figures(p, measure, row.lastYear)}${dims
        .filter((d) => row.parts.some((c) => d.id in c))
        .map(
          (d) =>
            html`<fieldset part="categories"><legend>${pick(d.title, lang)}</legend>${row.parts.map(
              (c, j) => {
                if (!(d.id in c)) return nothing;
                const name = `${measure.code} — ${categoryLabel(c, dims, lang)}`;
                const q = `${p}.${j}`;
                this.#names[q] = `${t.measure[lang]} ${name}`;
                return html`<fieldset part="category"><legend id="l-${fieldId(q)}">${name}</legend>${this.#figures(q, measure)}</fieldset>`;
              },
            )}</fieldset>`,
        )}`,
    );
  }

  /**
   * The fields of a measure's row, the total's (`measures.2`) or a category's (`measures.2.1`,
   * the same fields): value, numerator and denominator for a rate, the explanation once asked for,
   * data source and note. Only the total has last year's value, and so the warning.
   */
  #figures(p: string, measure: Measure, lastYear?: number) {
    const lang = this.locale;
    const kind = measure.unit.kind;
    const unit = unitSign(kind, lang);
    // With numerator and denominator the value is theirs, shown read-only (the typed one is kept).
    const derived = derivedOf(this.#values, this.#layout, lang, p);
    const value = derived ?? parseNumber(this.#values[`${p}.value`] ?? '', lang);
    // Last year's figure rounded as it is published (dashboards, cards), not every stored decimal.
    const hint = [
      derived === undefined ? '' : t.derived[lang],
      lastYear === undefined
        ? ''
        : `${t.lastYear[lang]}: ${formatInput(roundPublished(lastYear), lang)}${unit}`,
    ]
      .filter(Boolean)
      .join(' · ');
    // NaN (no last year, blank or unreadable value) never counts as implausible.
    const warn =
      this.#ui.shows(`${p}.value`) && implausibleChange(lastYear ?? Number.NaN, value ?? Number.NaN, kind);
    const den = measure.unit.denominator;
    return html`<div class="grid">${this.#field(`${p}.value`, 'number', hint, warn ? t.implausible[lang] : '', derived === undefined ? undefined : formatInput(derived, lang))}${kind !== 'count' ? html`${this.#field(`${p}.numerator`, 'number')}${this.#field(`${p}.denominator`, 'number', den ? pick(den, lang) : '')}` : nothing}</div>
${warn || this.#values[`${p}.explanation`] || (p.split('.').length < 3 && this.#notes.has(contentPath('measures', measure.id, 'explanation'))) ? this.#field(`${p}.explanation`, 'area') : nothing}
<div class="grid">${this.#field(`${p}.dataSource`, 'text')}${this.#field(`${p}.note`, 'text')}</div>`;
  }

  /**
   * A label, its input, a hint, the error (once the officer can act on it) and a warning;
   * `fixed` shows a value the form derives, read-only, in place of the typed one.
   */
  #field(path: string, kind: 'text' | 'number' | 'area' | 'select', hint = '', warning = '', fixed?: string) {
    const lang = this.locale;
    const id = fieldId(path);
    const error = this.#ui.shows(path) ? this.#allErrors.get(path) : undefined;
    const note = this.#comment(path);
    const by =
      [note && `c-${id}`, hint && `h-${id}`, error && `e-${id}`, warning && `w-${id}`]
        .filter(Boolean)
        .join(' ') || nothing;
    const value = fixed ?? this.#values[path] ?? '';
    // A category's field is named with its row's legend too ("4a — Nữ Giá trị").
    const row = path.split('.');
    const named = row.length > 3 ? `l-${fieldId(row.slice(0, 3).join('.'))} l-${id}` : nothing;
    const ro = this.#locked || fixed !== undefined;
    const inv = error ? 'true' : 'false';
    const input =
      kind === 'select'
        ? html`<select part="input" id=${id} name=${path} aria-invalid=${inv} aria-labelledby=${named} aria-describedby=${by} ?disabled=${ro}>
<option value="" ?selected=${!value}>${t.choose[lang]}</option>${STATUSES.map((s) => html`<option value=${s} ?selected=${value === s}>${t[s][lang]}</option>`)}
</select>`
        : kind === 'area'
          ? html`<textarea part="input" id=${id} name=${path} rows="3" .value=${value} ?readonly=${ro} aria-invalid=${inv} aria-labelledby=${named} aria-describedby=${by}></textarea>`
          : html`<input part="input" id=${id} name=${path} .value=${value} ?readonly=${ro} class=${kind} inputmode=${kind === 'number' ? 'decimal' : 'text'} aria-invalid=${inv} aria-labelledby=${named} aria-describedby=${by}>`;
    return html`<div class="field" part="field"><label for=${id} id="l-${id}">${this.#word(path.slice(path.lastIndexOf('.') + 1))}</label>
${this.#note(id, note)}${input}${hint ? html`<p class="hint" id="h-${id}">${hint}</p>` : nothing}
${error ? html`<p class="error" part="field-error" id="e-${id}">${this.#message(error)}</p>` : nothing}
${warning ? html`<p class="warning" part="field-warning" id="w-${id}">${warning}</p>` : nothing}</div>`;
  }

  #renderActions() {
    const lang = this.locale;
    return html`<div class="actions" part="actions">
${this.#ctl && !this.#locked ? html`<button type="button" class="secondary" part="button save-button" @click=${() => this.#write('draft')}>${t.save[lang]}</button><button type="button" part="button submit-button" @click=${() => this.#write('submit')}>${t.submit[lang]}</button>` : nothing}
<p role="status" class="meta">${this.#status}</p>
${this.#localAt ? html`<p class="meta">${t.local[lang]} ${this.#time(this.#localAt)}.</p>` : nothing}
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kh-report-form': KhReportForm;
  }
}
