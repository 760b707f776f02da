import {
  localizeError,
  NetworkError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationFailedError,
} from '@kehoach/sdk';
import { h, initPage, type PageContext } from '../common.js';
import type { MessageKey } from '../i18n.js';
import { saveSession } from '../session.js';

/**
 * Sign-in: a plain form whose submission goes to `POST /api/v1/auth/login` through the sdk's
 * client. The token goes to sessionStorage only (this tab), never into a URL.
 */
// The submit handler is in place before the (possibly asynchronous: offline demo) set-up ends, so
// a quick click never posts the form natively.
const ready = initPage();
const form = document.getElementById('login-form') as HTMLFormElement;
const summary = document.getElementById('login-error') as HTMLElement;
const status = document.getElementById('login-status') as HTMLElement;
const submit = document.getElementById('login-submit') as HTMLButtonElement;
const username = document.getElementById('username') as HTMLInputElement;
const password = document.getElementById('password') as HTMLInputElement;

/** Where to go after signing in: `?next=` when it is a path of this site, else the account's page. */
function destination(ctx: PageContext, role: string): string {
  const next = ctx.params.get('next');
  if (next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return role === 'reporter'
    ? '/report.html'
    : role === 'reviewer' || role === 'admin'
      ? '/review.html'
      : '/';
}

function showErrors(text: string, fields: HTMLInputElement[] = []): void {
  summary.replaceChildren(h('p', {}, text));
  if (fields.length) {
    summary.append(
      h(
        'ul',
        {},
        ...fields.map((f) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: `#${f.id}` },
              document.querySelector(`label[for="${f.id}"]`)?.textContent ?? f.name,
            ),
          ),
        ),
      ),
    );
  }
  for (const f of [username, password]) {
    if (fields.includes(f)) f.setAttribute('aria-invalid', 'true');
    else f.removeAttribute('aria-invalid');
  }
  summary.hidden = false;
  summary.focus();
}

summary.addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest('a');
  if (!a) return;
  e.preventDefault();
  document.querySelector<HTMLInputElement>(a.getAttribute('href') ?? '')?.focus();
});

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const ctx = await ready;
  const missing = [username, password].filter((f) => f.value.trim() === '');
  if (missing.length) {
    showErrors(ctx.t('login.missing'), missing);
    return;
  }
  submit.disabled = true;
  status.textContent = ctx.t('login.signingIn');
  try {
    const res = await ctx.api.login({ username: username.value.trim(), password: password.value });
    saveSession(res);
    password.value = '';
    location.assign(destination(ctx, res.user.role));
  } catch (err) {
    status.textContent = '';
    let key: MessageKey | null = null;
    if (err instanceof UnauthenticatedError || err instanceof ValidationFailedError) key = 'login.failed';
    else if (err instanceof RateLimitedError) key = 'login.rateLimited';
    else if (err instanceof NetworkError) key = 'login.network';
    showErrors(key ? ctx.t(key) : localizeError(err, ctx.lang));
    password.value = '';
  } finally {
    submit.disabled = false;
  }
});

const page = await ready;
if (page.params.get('reason') === 'expired') showErrors(page.t('common.sessionExpired'));
if (page.session) status.textContent = '';
