import { isApiError, type ReportDue, reportStatusMessages } from '@kehoach/sdk';
import {
  configureWidget,
  goToLogin,
  h,
  handleAuthError,
  initPage,
  resolvePlan,
  resolveYear,
  setupYearForm,
  showPageError,
} from '../common.js';
import { pick } from '../pick.js';

/** An agency's yearly report: kh-report-form, signed in through the `token` property. */
const ctx = await initPage();

async function main(): Promise<void> {
  const session = ctx.session;
  if (!session) {
    goToLogin();
    return;
  }
  if (session.user.role !== 'reporter') {
    showPageError(ctx.t('report.notReporter'));
    return;
  }
  try {
    // Without `?plan=`, the agency's reports due decide: one plan opens at once, several are listed.
    if (!ctx.params.has('plan')) {
      const due = await ctx.api.listMyReports();
      if (due.length === 0) {
        showPageError(ctx.t('report.nothingDue'));
        return;
      }
      if (due.length > 1) {
        showDueList(due);
        return;
      }
      ctx.params.set('plan', due[0]!.planId);
      if (!ctx.params.has('year')) ctx.params.set('year', String(due[0]!.year));
    }
    const plan = await resolvePlan(ctx);
    if (!plan) {
      showPageError(ctx.t('common.noPlan'));
      return;
    }
    const year = resolveYear(ctx, plan);
    setupYearForm(ctx, plan, year);
    const form = document.getElementById('report-form') as HTMLElement;
    form.addEventListener('kh-error', (e) => {
      // The widget's copy of the sdk is its own: test the error's brand, not its class.
      if (isApiError((e as CustomEvent<{ error?: unknown }>).detail?.error, 'unauthenticated'))
        goToLogin('expired');
    });
    document.getElementById('form-section')?.removeAttribute('hidden');
    await configureWidget(form, { plan: plan.id, lang: ctx.lang, year, token: session.token });
  } catch (err) {
    showPageError(handleAuthError(ctx, err));
  }
}

/** Every report the agency owes: plan, period, deadline (the plan's time zone), state, a link to it. */
function showDueList(due: ReportDue[]): void {
  const section = document.getElementById('due-section');
  if (!section) return;
  const row = (d: ReportDue) => {
    const q = new URLSearchParams({ plan: d.planId, year: String(d.year) });
    if (ctx.params.has('lang')) q.set('lang', ctx.lang);
    const status = reportStatusMessages[d.status][ctx.lang];
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: `/report.html?${q}` }, pick(d.planTitle, ctx.lang))),
      // The period (2026-H1 for a six-monthly plan); answers written before periods have only the year.
      h('td', {}, d.period ?? String(d.year)),
      h('td', {}, d.dueDate ? formatDate(d.dueDate) : ctx.t('report.noDueDate')),
      h(
        'td',
        {},
        status,
        d.overdue && d.status !== 'accepted'
          ? h('strong', { class: 'overdue' }, ` · ${reportStatusMessages.overdue[ctx.lang]}`)
          : null,
      ),
    );
  };
  section.append(
    h('h2', {}, ctx.t('report.dueHeading')),
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
            ...(['common.planLabel', 'report.duePeriod', 'report.dueDate', 'report.dueStatus'] as const).map(
              (k) => h('th', { scope: 'col' }, ctx.t(k)),
            ),
          ),
        ),
        h('tbody', {}, ...due.map(row)),
      ),
    ),
  );
  section.hidden = false;
}

/** "15/12/2026": a calendar day as it is written, not an instant to convert between zones. */
function formatDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

void main();
