import {
  type IndicatorCatalog,
  NotFoundError,
  type OrganizationRegistry,
  type Plan,
  type PlanSummary,
  type ProgressResponse,
  parsePeriod,
  type Report,
  reportChanges,
} from '@kehoach/sdk';
import {
  configureWidget,
  formatDateTime,
  goToLogin,
  h,
  handleAuthError,
  initPage,
  type PageContext,
  resolvePeriod,
  resolvePlan,
  setupPeriodForm,
  showPageError,
} from '../common.js';
import type { MessageKey } from '../i18n.js';
import { pick } from '../pick.js';
import { confirmAccept } from './review/confirm-accept.js';
import { FieldComments } from './review/field-comments.js';
import { Names, reportCardBody } from './review/report-card.js';

/**
 * The reviewer's desk: kh-submission-tracker for who has filed; the filed reports, pending first,
 * each with what the reviewer needs to judge it (last year's value, targets and status, the
 * implausibility flag with the officer's explanation, what changed since the returned version);
 * return with a general comment and comments on single items, or accept after a confirmation;
 * the consolidated exports (fetched with the bearer token, saved as a file; the token never goes
 * into a link).
 */
const ctx = await initPage();

interface Lookup {
  plan: Plan;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
}

async function main(): Promise<void> {
  const session = ctx.session;
  if (!session) {
    goToLogin();
    return;
  }
  if (session.user.role !== 'reviewer' && session.user.role !== 'admin') {
    showPageError(ctx.t('review.notReviewer'));
    return;
  }
  try {
    const summary = await resolvePlan(ctx);
    if (!summary) {
      showPageError(ctx.t('common.noPlan'));
      return;
    }
    const planTitle = document.getElementById('plan-title');
    if (planTitle) planTitle.textContent = pick(summary.title, ctx.lang);
    const [plan, catalog, registry] = await Promise.all([
      ctx.api.getPlan({ planId: summary.id }),
      ctx.api.getCatalog({ catalogId: summary.catalogId }),
      ctx.api.getOrganizations({ planId: summary.id }),
    ]);
    // `?period=2026-H1`, or `?year=` as before: the reports listed and exported are that period's.
    const period = resolvePeriod(ctx, plan);
    setupPeriodForm(ctx, plan, period);
    document.getElementById('review-content')?.removeAttribute('hidden');
    const tracker = document.getElementById('tracker') as HTMLElement;
    // The tracker on that period (its heading, deadline and overdue flags), not the bare year.
    await configureWidget(tracker, { plan: summary.id, lang: ctx.lang, period, token: session.token });
    const page = new ReviewPage(ctx, summary, period, { plan, catalog, registry }, tracker);
    for (const type of ['kh-report-open', 'kh-select'])
      tracker.addEventListener(type, (e) => page.focusReport((e as CustomEvent).detail));
    setupExports(ctx, summary, period);
    await page.refresh();
  } catch (err) {
    showPageError(handleAuthError(ctx, err));
  }
}

/** Pending first (the oldest submission first), then returned, accepted last. */
const RANK: Record<Report['status'], number> = { submitted: 0, returned: 1, draft: 1, accepted: 2 };

class ReviewPage {
  readonly #list = document.getElementById('reports') as HTMLElement;
  readonly #status = document.getElementById('review-status') as HTMLElement;
  readonly #names: Names;
  /** Last year's progress by unit id ('' for the plan unit): fetched once per page. */
  readonly #progress = new Map<string, Promise<ProgressResponse | null>>();

  readonly ctx: PageContext;
  readonly plan: PlanSummary;
  /** The period reviewed (`2026`, `2026-H1`). */
  readonly period: string;
  /** Its year: last year's values are the year before's. */
  readonly year: number;
  readonly tracker: HTMLElement;

  constructor(ctx: PageContext, plan: PlanSummary, period: string, lookup: Lookup, tracker: HTMLElement) {
    this.ctx = ctx;
    this.plan = plan;
    this.period = period;
    this.year = parsePeriod(period)!.year;
    this.tracker = tracker;
    this.#names = new Names(ctx, lookup.plan, lookup.catalog, lookup.registry);
  }

  async refresh(): Promise<void> {
    const { t } = this.ctx;
    const reports = (await this.ctx.api.listReports({ planId: this.plan.id, year: this.period })).filter(
      (r) => r.status !== 'draft',
    );
    reports.sort(
      (a, b) =>
        RANK[a.status] - RANK[b.status] ||
        (a.status === 'submitted' ? (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') : 0) ||
        this.#names.agency(a.agencyId).localeCompare(this.#names.agency(b.agencyId), this.ctx.lang),
    );
    const cards = await Promise.all(reports.map((r) => this.#card(r)));
    const n = (s: Report['status']) => reports.filter((r) => r.status === s).length;
    const summary = reports.length
      ? h(
          'p',
          { class: 'review-summary' },
          h('strong', {}, `${t('review.summary')}: ${n('submitted')}`),
          ` · ${t('review.summaryReturned')}: ${n('returned')} · ${t('review.summaryAccepted')}: ${n('accepted')}`,
        )
      : null;
    this.#list.replaceChildren(
      ...(reports.length ? [summary as HTMLElement, ...cards] : [h('p', {}, t('review.none'))]),
    );
  }

  /** The tracker's selection: focus the report it names, when it is listed. */
  focusReport(detail: unknown): void {
    const d = (detail ?? {}) as { reportId?: unknown; agencyId?: unknown };
    const el =
      (typeof d.reportId === 'string' && document.getElementById(`report-${d.reportId}`)) ||
      (typeof d.agencyId === 'string' &&
        this.#list.querySelector<HTMLElement>(`[data-agency="${CSS.escape(d.agencyId)}"]`));
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  /** Last year's progress of a unit; the desk works without it (shows "—"). */
  #lastYear(unitId: string): Promise<ProgressResponse | null> {
    let p = this.#progress.get(unitId);
    if (!p) {
      p = this.ctx.api
        .getProgress({ planId: this.plan.id, year: this.year - 1, ...(unitId ? { unitId } : {}) })
        .catch(() => null);
      this.#progress.set(unitId, p);
    }
    return p;
  }

  async #card(r: Report): Promise<HTMLElement> {
    const { t, lang } = this.ctx;
    const agencyUnitId = this.#names.registry.agencies.find((a) => a.id === r.agencyId)?.unitId;
    const units = new Set(
      r.content.measures.map((m) => (m.unitId && m.unitId !== agencyUnitId ? m.unitId : '')),
    );
    const own = agencyUnitId ?? '';
    const progress = new Map<string, ProgressResponse | null>();
    await Promise.all([...units].map(async (u) => progress.set(u, await this.#lastYear(u === '' ? own : u))));
    const wasReturned = r.events.some((e) => e.type === 'returned');
    const returned =
      wasReturned && r.status !== 'returned'
        ? await this.ctx.api.getReturnedVersion({ reportId: r.id }).catch((e) => {
            if (e instanceof NotFoundError) return null;
            throw e;
          })
        : null;
    const changes = returned ? reportChanges(returned.content, r.content) : null;
    const comments = r.status === 'submitted' ? new FieldComments(this.ctx, r.id) : null;
    const headingId = `report-${r.id}-h`;
    const resubmitted = wasReturned && r.status === 'submitted';
    const article = h(
      'article',
      {
        class: 'report-card',
        id: `report-${r.id}`,
        'aria-labelledby': headingId,
        'data-agency': r.agencyId,
        'data-status': r.status,
      },
      h(
        'div',
        { class: 'report-head' },
        h('h3', { id: headingId, tabindex: '-1' }, this.#names.agency(r.agencyId)),
        h('span', { class: `badge badge-${r.status}` }, t(`status.${r.status}` as MessageKey)),
      ),
      h(
        'p',
        { class: 'meta' },
        r.submittedAt ? `${t('review.submittedAt')}: ${formatDateTime(r.submittedAt, lang)} · ` : '',
        `${t('review.version')} ${r.version}`,
        resubmitted && changes ? ` · ${t('review.changes')}: ${changes.length}` : '',
      ),
      ...reportCardBody(this.ctx, this.#names, this.year, {
        report: r,
        progress,
        agencyUnitId,
        returned,
        changes,
        comments,
      }),
    );
    if (comments) article.append(this.#actions(r, comments));
    return article;
  }

  #actions(r: Report, comments: FieldComments): HTMLElement {
    const { t } = this.ctx;
    const id = `comment-${r.id}`;
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const textarea = h('textarea', {
      id,
      name: 'comment',
      rows: '3',
      maxlength: '5000',
      'aria-describedby': hintId,
    });
    const error = h('p', { class: 'field-error', id: errorId, hidden: true });
    const returnBtn = h(
      'button',
      { type: 'button', class: 'btn btn-warning', 'data-action': 'return' },
      t('review.return'),
    );
    const acceptBtn = h(
      'button',
      { type: 'button', class: 'btn', 'data-action': 'accept' },
      t('review.accept'),
    );
    const name = this.#names.agency(r.agencyId);
    const busy = (on: boolean) => {
      returnBtn.disabled = on;
      acceptBtn.disabled = on;
      comments.disable(on);
    };
    returnBtn.addEventListener('click', async () => {
      if (!textarea.value.trim()) {
        error.textContent = t('review.commentRequired');
        error.hidden = false;
        textarea.setAttribute('aria-invalid', 'true');
        textarea.setAttribute('aria-describedby', `${errorId} ${hintId}`);
        textarea.focus();
        return;
      }
      const fields = comments.collect();
      busy(true);
      await this.#act(
        () =>
          this.ctx.api.returnReport({
            reportId: r.id,
            comment: textarea.value,
            ...(fields.length ? { fields } : {}),
          }),
        `${t('review.returned')} ${name}.`,
      );
      busy(false);
    });
    acceptBtn.addEventListener('click', async () => {
      // Accepting cannot be undone: it asks first, and says so.
      const ok = await confirmAccept(this.ctx, `${name} — ${t('review.version')} ${r.version}`, acceptBtn);
      if (!ok) return;
      busy(true);
      await this.#act(
        () => this.ctx.api.acceptReport({ reportId: r.id }),
        `${t('review.acceptedMsg')} ${name}.`,
      );
      busy(false);
    });
    return h(
      'div',
      { class: 'review-actions' },
      h(
        'div',
        { class: 'return-group' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: id }, t('review.comment')),
          h('p', { class: 'hint', id: hintId }, t('review.commentHint')),
          error,
          textarea,
        ),
        h('div', { class: 'button-row' }, returnBtn),
      ),
      h('div', { class: 'accept-group' }, acceptBtn),
    );
  }

  async #act(call: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await call();
      this.#status.textContent = done;
      await this.refresh();
      refreshWidget(this.tracker);
      (document.getElementById('reports-h') as HTMLElement | null)?.setAttribute('tabindex', '-1');
      document.getElementById('reports-h')?.focus();
    } catch (err) {
      this.#status.textContent = `${this.ctx.t('review.actionFailed')} ${handleAuthError(this.ctx, err)}`;
    }
  }
}

/**
 * Asks a widget to load again: its `refresh()`/`reload()` when it has one, else by setting its
 * `period` (or `year`) anew.
 */
function refreshWidget(el: HTMLElement): void {
  const w = el as HTMLElement & { refresh?: () => void; reload?: () => void };
  if (typeof w.refresh === 'function') w.refresh();
  else if (typeof w.reload === 'function') w.reload();
  else {
    const name = el.hasAttribute('period') ? 'period' : 'year';
    const value = el.getAttribute(name);
    el.removeAttribute(name);
    if (value) requestAnimationFrame(() => el.setAttribute(name, value));
  }
}

/** The consolidated exports of `period` (the server's `exports/:year` takes a period key). */
function setupExports(ctx: PageContext, plan: PlanSummary, period: string): void {
  const status = document.getElementById('export-status') as HTMLElement;
  for (const btn of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    btn.addEventListener('click', async () => {
      const format = btn.dataset.export === 'docx' ? 'docx' : 'xlsx';
      btn.disabled = true;
      status.textContent = ctx.t('review.exporting');
      try {
        const file = await ctx.api.exportReport({ planId: plan.id, year: period, format });
        saveBlob(file.blob, file.filename);
        status.textContent = `${ctx.t('review.exported')}: ${file.filename}`;
      } catch (err) {
        status.textContent = `${ctx.t('review.exportFailed')} ${handleAuthError(ctx, err)}`;
      } finally {
        btn.disabled = false;
      }
    });
  }
}

/** Saves a Blob as a file: an object URL on a temporary `<a download>`, revoked afterwards. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

void main();
