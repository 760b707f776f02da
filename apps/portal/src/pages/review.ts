import type { IndicatorCatalog, OrganizationRegistry, Plan, PlanSummary, Report } from '@kehoach/sdk';
import {
  configureWidget,
  formatDateTime,
  formatNumber,
  goToLogin,
  h,
  handleAuthError,
  initPage,
  type PageContext,
  resolvePlan,
  resolveYear,
  setupYearForm,
  showPageError,
} from '../common.js';
import type { MessageKey } from '../i18n.js';
import { pick } from '../pick.js';

/**
 * The reviewer's page: kh-submission-tracker for who has filed, the filed reports with
 * return-with-comment and accept, and the consolidated exports (fetched with the bearer token,
 * saved as a file; the token never goes into a link).
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
    const year = resolveYear(ctx, summary);
    setupYearForm(ctx, summary, year);
    const planTitle = document.getElementById('plan-title');
    if (planTitle) planTitle.textContent = pick(summary.title, ctx.lang);
    const [plan, catalog, registry] = await Promise.all([
      ctx.api.getPlan({ planId: summary.id }),
      ctx.api.getCatalog({ catalogId: summary.catalogId }),
      ctx.api.getOrganizations({ planId: summary.id }),
    ]);
    document.getElementById('review-content')?.removeAttribute('hidden');
    const tracker = document.getElementById('tracker') as HTMLElement;
    await configureWidget(tracker, { plan: summary.id, lang: ctx.lang, year, token: session.token });
    const page = new ReviewPage(ctx, summary, year, { plan, catalog, registry }, tracker);
    for (const type of ['kh-report-open', 'kh-select'])
      tracker.addEventListener(type, (e) => page.focusReport((e as CustomEvent).detail));
    setupExports(ctx, summary, year);
    await page.refresh();
  } catch (err) {
    showPageError(handleAuthError(ctx, err));
  }
}

class ReviewPage {
  readonly #list = document.getElementById('reports') as HTMLElement;
  readonly #status = document.getElementById('review-status') as HTMLElement;
  readonly #measures = new Map<string, { code: string; title: string; unit: string }>();
  readonly #tasks = new Map<string, string>();

  readonly ctx: PageContext;
  readonly plan: PlanSummary;
  readonly year: number;
  readonly lookup: Lookup;
  readonly tracker: HTMLElement;

  constructor(ctx: PageContext, plan: PlanSummary, year: number, lookup: Lookup, tracker: HTMLElement) {
    this.ctx = ctx;
    this.plan = plan;
    this.year = year;
    this.lookup = lookup;
    this.tracker = tracker;
    const unitSuffix = { percent: '%', per_1000: '‰', per_100000: '/100.000', count: '' } as const;
    for (const o of lookup.catalog.objectives)
      for (const i of o.indicators)
        for (const m of i.measures)
          this.#measures.set(m.id, {
            code: m.code,
            title: pick(m.title, ctx.lang),
            unit: unitSuffix[m.unit.kind] ?? '',
          });
    for (const g of lookup.plan.taskGroups)
      for (const t of g.tasks) this.#tasks.set(t.id, `${g.number}.${t.label}) ${pick(t.text, ctx.lang)}`);
  }

  agencyName(id: string): string {
    const a = this.lookup.registry.agencies.find((x) => x.id === id);
    return a ? pick(a.name, this.ctx.lang) : id;
  }

  async refresh(): Promise<void> {
    const reports = (await this.ctx.api.listReports({ planId: this.plan.id, year: this.year })).filter(
      (r) => r.status !== 'draft',
    );
    reports.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    this.#list.replaceChildren(
      ...(reports.length ? reports.map((r) => this.#render(r)) : [h('p', {}, this.ctx.t('review.none'))]),
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

  #render(r: Report): HTMLElement {
    const { t, lang } = this.ctx;
    const headingId = `report-${r.id}-h`;
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
        h('h3', { id: headingId, tabindex: '-1' }, this.agencyName(r.agencyId)),
        h('span', { class: `badge badge-${r.status}` }, t(`status.${r.status}` as MessageKey)),
      ),
      h(
        'p',
        { class: 'meta' },
        r.submittedAt ? `${t('review.submittedAt')}: ${formatDateTime(r.submittedAt, lang)} · ` : '',
        `${t('review.version')} ${r.version}`,
      ),
      this.#measuresTable(r),
      this.#tasksTable(r),
      this.#narrative(r),
      this.#history(r),
    );
    if (r.status === 'submitted') article.append(this.#actions(r));
    return article;
  }

  #measuresTable(r: Report): HTMLElement {
    const { t, lang } = this.ctx;
    const rows = r.content.measures.map((m) => {
      const info = this.#measures.get(m.measureId);
      const value =
        m.value === null ? t('review.noValue') : `${formatNumber(m.value, lang)}${info?.unit ?? ''}`;
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, info ? `${info.code}. ${info.title}` : m.measureId),
        h('td', { class: 'num' }, value),
        h('td', {}, m.dataSource || m.note || ''),
      );
    });
    return h(
      'details',
      { open: rows.length > 0 && rows.length <= 8 },
      h('summary', {}, `${t('review.values')} (${rows.length})`),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('review.measure')),
              h('th', { scope: 'col' }, t('review.value')),
              h('th', { scope: 'col' }, t('review.source')),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    );
  }

  #tasksTable(r: Report): HTMLElement {
    const { t } = this.ctx;
    const rows = r.content.tasks.map((x) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, this.#tasks.get(x.taskId) ?? x.taskId),
        h('td', {}, t(`task.${x.status}` as MessageKey)),
        h('td', {}, x.results),
      ),
    );
    return h(
      'details',
      {},
      h('summary', {}, `${t('review.tasks')} (${rows.length})`),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('review.task')),
              h('th', { scope: 'col' }, t('review.taskStatus')),
              h('th', { scope: 'col' }, t('review.results')),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    );
  }

  #narrative(r: Report): HTMLElement | string {
    const { t } = this.ctx;
    const { difficulties, recommendations } = r.content;
    if (!difficulties.trim() && !recommendations.trim()) return '';
    return h(
      'dl',
      { class: 'narrative' },
      h('dt', {}, t('review.difficulties')),
      h('dd', {}, difficulties || '—'),
      h('dt', {}, t('review.recommendations')),
      h('dd', {}, recommendations || '—'),
    );
  }

  #history(r: Report): HTMLElement {
    const { t, lang } = this.ctx;
    const steps = r.events.filter((e) => e.type !== 'saved' && e.type !== 'created');
    return h(
      'details',
      {},
      h('summary', {}, t('review.history')),
      h(
        'ol',
        { class: 'history' },
        ...steps.map((e) =>
          h(
            'li',
            {},
            h('time', { datetime: e.at }, formatDateTime(e.at, lang)),
            ` — ${t(`event.${e.type}` as MessageKey)} (${e.by.name})`,
            e.comment ? h('blockquote', {}, e.comment) : null,
          ),
        ),
      ),
    );
  }

  #actions(r: Report): HTMLElement {
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
    const name = this.agencyName(r.agencyId);
    const busy = (on: boolean) => {
      returnBtn.disabled = on;
      acceptBtn.disabled = on;
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
      busy(true);
      await this.#act(
        () => this.ctx.api.returnReport({ reportId: r.id, comment: textarea.value }),
        `${t('review.returned')} ${name}.`,
      );
      busy(false);
    });
    acceptBtn.addEventListener('click', async () => {
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
        { class: 'field' },
        h('label', { for: id }, t('review.comment')),
        h('p', { class: 'hint', id: hintId }, t('review.commentHint')),
        error,
        textarea,
      ),
      h('div', { class: 'button-row' }, returnBtn, acceptBtn),
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

/** Asks a widget to load again: its `refresh()`/`reload()` when it has one, else by setting `year` anew. */
function refreshWidget(el: HTMLElement): void {
  const w = el as HTMLElement & { refresh?: () => void; reload?: () => void };
  if (typeof w.refresh === 'function') w.refresh();
  else if (typeof w.reload === 'function') w.reload();
  else {
    const year = el.getAttribute('year');
    el.removeAttribute('year');
    if (year) requestAnimationFrame(() => el.setAttribute('year', year));
  }
}

function setupExports(ctx: PageContext, plan: PlanSummary, year: number): void {
  const status = document.getElementById('export-status') as HTMLElement;
  for (const btn of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
    btn.addEventListener('click', async () => {
      const format = btn.dataset.export === 'docx' ? 'docx' : 'xlsx';
      btn.disabled = true;
      status.textContent = ctx.t('review.exporting');
      try {
        const file = await ctx.api.exportReport({ planId: plan.id, year, format });
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
