import { isApiError } from '@kehoach/sdk';
import {
  configureWidget,
  goToLogin,
  handleAuthError,
  initPage,
  resolvePlan,
  resolveYear,
  setupYearForm,
  showPageError,
} from '../common.js';

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

void main();
