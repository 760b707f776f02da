import { isApiError, periodLabel, type ReportDue, reportPeriodKey, reportStatusMessages } from '@kehoach/sdk';
import {
  configureWidget,
  goToLogin,
  h,
  handleAuthError,
  initPage,
  reportLink,
  resolvePeriod,
  resolvePlan,
  setupPeriodForm,
  showPageError,
} from '../common.js';
import { pick } from '../pick.js';

/**
 * An agency's report on one period (`?period=2026-H1`; `?year=2026` still opens the yearly
 * report): kh-report-form, signed in through the `token` property.
 */
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
      if (!ctx.params.has('year') && !ctx.params.has('period'))
        ctx.params.set('period', reportPeriodKey(due[0]!));
    }
    const plan = await resolvePlan(ctx);
    if (!plan) {
      showPageError(ctx.t('common.noPlan'));
      return;
    }
    // The plan's cadence and years decide which periods it is reported on.
    const full = await ctx.api.getPlan({ planId: plan.id });
    const period = resolvePeriod(ctx, full);
    setupPeriodForm(ctx, full, period);
    const form = document.getElementById('report-form') as HTMLElement;
    form.addEventListener('kh-error', (e) => {
      // The widget's copy of the sdk is its own: test the error's brand, not its class.
      if (isApiError((e as CustomEvent<{ error?: unknown }>).detail?.error, 'unauthenticated'))
        goToLogin('expired');
    });
    document.getElementById('form-section')?.removeAttribute('hidden');
    await configureWidget(form, { plan: plan.id, lang: ctx.lang, period, token: session.token });
  } catch (err) {
    showPageError(handleAuthError(ctx, err));
  }
}

/** Every report the agency owes: plan, period, deadline (the plan's time zone), state, a link to it. */
function showDueList(due: ReportDue[]): void {
  const section = document.getElementById('due-section');
  if (!section) return;
  const row = (d: ReportDue) => {
    // Each report by its period: `?year=` would open the yearly report, which a six-monthly plan has not.
    const period = reportPeriodKey(d);
    const status = reportStatusMessages[d.status][ctx.lang];
    return h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('a', { href: reportLink(ctx, d.planId, period) }, pick(d.planTitle, ctx.lang)),
      ),
      // As the regime names it ("6 tháng đầu năm 2026"); answers written before periods have only the year.
      h('td', {}, periodLabel(period, ctx.lang)),
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
