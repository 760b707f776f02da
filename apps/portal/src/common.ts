import './styles/portal.css';
import {
  createClient,
  isOverdue,
  type KehoachClient,
  localizeError,
  type Plan,
  type PlanSummary,
  parsePeriod,
  periodLabel,
  planPeriods,
  readPlanPeriod,
  UnauthenticatedError,
} from '@kehoach/sdk';
import { type Lang, type MessageKey, tr, translateDom } from './i18n.js';
import { type OfflineMode, startOfflineMode } from './offline.js';
import { pick } from './pick.js';
import { clearSession, readSession, type Session } from './session.js';

const LANG_KEY = 'kehoach.lang';

/** The portal's language: `?lang=` (then remembered), the remembered choice, else Vietnamese. */
export function currentLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') {
    try {
      localStorage.setItem(LANG_KEY, fromUrl);
    } catch {
      // storage disabled: the URL still decides
    }
    return fromUrl;
  }
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage disabled
  }
  return 'vi';
}

export interface PageContext {
  lang: Lang;
  t: (key: MessageKey) => string;
  session: Session | null;
  /** Client of the API on this origin, with the session's token when there is one. */
  api: KehoachClient;
  params: URLSearchParams;
  /** The offline demo (mock API in the browser, see `offline.ts`), or `null` on a real server. */
  offline: OfflineMode | null;
}

/** "Today" for the widgets in the offline demo (its data are set on that day); unset otherwise. */
let demoClock: string | null = null;

/**
 * Common set-up of every page: the offline demo's mock API when asked for (before any request),
 * language, header account area, sign-out.
 */
export async function initPage(): Promise<PageContext> {
  const lang = currentLang();
  const params = new URLSearchParams(location.search);
  document.documentElement.lang = lang;
  translateDom(lang);
  let offline: OfflineMode | null = null;
  try {
    offline = await startOfflineMode();
  } catch {
    showPageError(tr(lang, 'offline.failed'));
  }
  if (offline) showOfflineNotice(offline);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[data-lang]')) {
    const next = new URLSearchParams(location.search);
    next.set('lang', a.dataset.lang ?? 'vi');
    a.href = `${location.pathname}?${next}`;
    if (a.dataset.lang === lang) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
  // The demo's sessions are dated by its clock, not the computer's.
  const session = readSession(offline ? Date.parse(offline.now) : Date.now());
  const api = createClient({ baseUrl: location.origin, lang, token: session?.token ?? null });
  const t = (key: MessageKey) => tr(lang, key);

  const account = document.getElementById('account');
  if (session && account) {
    account.hidden = false;
    const name = document.getElementById('account-name');
    if (name) name.textContent = session.user.name;
    document.querySelector('.nav-login')?.setAttribute('hidden', '');
    document.getElementById('logout')?.addEventListener('click', async () => {
      try {
        await api.logout({ timeoutMs: 5000 });
      } catch {
        // the token is forgotten locally anyway
      }
      clearSession();
      location.assign('/');
    });
  }
  return { lang, t, session, api, params, offline };
}

/**
 * Offline demo: the notice under the demo bar ("Chế độ ngoại tuyến — dữ liệu minh họa"), its
 * reset button, the demo accounts shown on the sign-in page, no link to the (absent) API docs.
 */
function showOfflineNotice(offline: OfflineMode): void {
  demoClock = offline.now;
  document.documentElement.dataset.offline = '';
  const notice = document.getElementById('offline-notice');
  if (notice) notice.hidden = false;
  document.getElementById('offline-reset')?.addEventListener('click', () => {
    offline.reset();
    clearSession();
    location.assign('/');
  });
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/api/"]'))
    a.closest('p')?.setAttribute('hidden', '');
  document.querySelector<HTMLDetailsElement>('details.demo-accounts')?.setAttribute('open', '');
}

/** Shows a page-level message in the `#page-error` alert. */
export function showPageError(text: string): void {
  const el = document.getElementById('page-error');
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
}

/**
 * The plan the page is about: `?plan=`, else the first plan the server lists. When the server
 * carries several, a plan picker (a plain GET form, like the year's) lets the reader switch.
 */
export async function resolvePlan(ctx: PageContext): Promise<PlanSummary | null> {
  const plans = await ctx.api.listPlans();
  const wanted = ctx.params.get('plan');
  const plan = (wanted ? plans.find((p) => p.id === wanted) : plans[0]) ?? null;
  if (plan && plans.length > 1) showPlanPicker(ctx, plans, plan);
  return plan;
}

function showPlanPicker(ctx: PageContext, plans: PlanSummary[], current: PlanSummary): void {
  const anchor = document.getElementById('page-error');
  if (!anchor || document.querySelector('.plan-form')) return;
  const select = h('select', { id: 'plan-select', name: 'plan' });
  for (const p of plans) select.add(new Option(pick(p.title, ctx.lang), p.id, false, p.id === current.id));
  const keep = [...ctx.params].filter(([k]) => k !== 'plan' && k !== 'year' && k !== 'period');
  anchor.after(
    h(
      'form',
      { class: 'year-form plan-form', method: 'get' },
      h('label', { for: 'plan-select' }, ctx.t('common.planLabel')),
      select,
      ...keep.map(([k, v]) => h('input', { type: 'hidden', name: k, value: v })),
      h('button', { type: 'submit', class: 'btn btn-secondary btn-small' }, ctx.t('common.show')),
    ),
  );
}

/**
 * The reporting year: `?year=` when it is inside the plan's period, else this year (the demo's
 * year offline), within the period.
 */
export function resolveYear(ctx: PageContext, plan: Pick<PlanSummary, 'period'>): number {
  const asked = Number(ctx.params.get('year'));
  const { from, to } = plan.period;
  if (Number.isInteger(asked) && asked >= from && asked <= to) return asked;
  return Math.min(Math.max(ctx.offline?.year ?? new Date().getFullYear(), from), to);
}

/**
 * The report period (kỳ báo cáo) the page is about: `?period=`, else `?year=` (a year, the yearly
 * report, or a period key), when the plan is reported on it — read with the sdk's
 * `readPlanPeriod`, as the server reads a report route. Else, in `resolveYear`'s year, the first
 * period whose deadline has not passed (`isOverdue` at today, the demo's offline), or the year's
 * last: for a yearly plan that is `resolveYear`'s year, as before periods existed.
 */
export function resolvePeriod(ctx: PageContext, plan: Pick<Plan, 'period' | 'reporting'>): string {
  for (const asked of [ctx.params.get('period'), ctx.params.get('year')]) {
    const read = asked ? readPlanPeriod(plan, asked) : null;
    if (read?.period) return read.period.key;
  }
  const year = resolveYear(ctx, plan);
  const now = new Date(ctx.offline?.now ?? Date.now());
  const ofYear = planPeriods(plan).filter((k) => parsePeriod(k)?.year === year);
  return ofYear.find((k) => !isOverdue(plan, k, now)) ?? ofYear.at(-1) ?? String(year);
}

/**
 * The report page's link to an agency's report on `period` (`2026-H1`; a year for the yearly
 * report): `?plan=&period=`, with the language when the page was asked for one.
 */
export function reportLink(
  ctx: Pick<PageContext, 'params' | 'lang'>,
  planId: string,
  period: string,
): string {
  const q = new URLSearchParams({ plan: planId, period });
  if (ctx.params.has('lang')) q.set('lang', ctx.lang);
  return `/report.html?${q}`;
}

/**
 * Fills the period picker (a plain GET form: works as a link would) with every period of the
 * plan, latest first. A yearly plan's keeps `?year=` and shows the years, as before; another's
 * asks for `?period=`, each named as the regime does ("6 tháng đầu năm 2026"). `.year-value`
 * elements get the period's label ("năm 2026").
 */
export function setupPeriodForm(ctx: PageContext, plan: Plan, period: string): void {
  const form = document.querySelector<HTMLFormElement>('.year-form');
  const select = document.getElementById('year-select') as HTMLSelectElement | null;
  if (!form || !select) return;
  const yearly = plan.reporting.frequency === 'yearly';
  if (!yearly) {
    select.name = 'period';
    const label = form.querySelector('label');
    if (label) label.textContent = ctx.t('common.periodLabel');
  }
  for (const k of planPeriods(plan).reverse())
    select.add(new Option(yearly ? k : periodLabel(k, ctx.lang), k, k === period, k === period));
  for (const [k, v] of ctx.params) {
    if (k === 'year' || k === 'period') continue;
    form.append(h('input', { type: 'hidden', name: k, value: v }));
  }
  for (const el of document.querySelectorAll('.year-value')) el.textContent = periodLabel(period, ctx.lang);
  form.hidden = false;
}

/** Fills the year picker form (a plain GET form: works as a link would). */
export function setupYearForm(ctx: PageContext, plan: PlanSummary, year: number): void {
  const form = document.querySelector<HTMLFormElement>('.year-form');
  const select = document.getElementById('year-select') as HTMLSelectElement | null;
  if (!form || !select) return;
  for (let y = plan.period.to; y >= plan.period.from; y--) {
    const o = new Option(String(y), String(y), y === year, y === year);
    select.add(o);
  }
  for (const [k, v] of ctx.params) {
    if (k === 'year') continue;
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = k;
    hidden.value = v;
    form.append(hidden);
  }
  for (const el of document.querySelectorAll('.year-value')) el.textContent = String(year);
  form.hidden = false;
}

/** Widget attributes and the token, set the way a portal would: attributes for public settings, a property for the token. */
export interface WidgetSettings {
  plan: string;
  lang: Lang;
  year?: number;
  /** A period key (`2026-H1`), for widgets that take one (`kh-report-form`, `kh-submission-tracker`). */
  period?: string;
  token?: string | null;
}

export async function configureWidget(el: HTMLElement, s: WidgetSettings): Promise<void> {
  if (demoClock) {
    // Offline demo: widgets that take a "today" count deadlines from the demo's.
    await customElements.whenDefined(el.localName);
    const ctor = customElements.get(el.localName) as { observedAttributes?: string[] } | undefined;
    if (ctor?.observedAttributes?.includes('now')) el.setAttribute('now', demoClock);
  }
  el.setAttribute('api-base', location.origin);
  el.setAttribute('plan', s.plan);
  el.setAttribute('lang', s.lang);
  if (s.year !== undefined) el.setAttribute('year', String(s.year));
  if (s.period !== undefined) el.setAttribute('period', s.period);
  if (s.token !== undefined) {
    // Wait for the element's class, so the property goes through its setter and never lands in markup.
    await customElements.whenDefined(el.localName);
    (el as HTMLElement & { token?: string | null }).token = s.token;
  }
}

/** Sends to the sign-in page, coming back here afterwards. */
export function goToLogin(reason?: 'expired'): void {
  const next = location.pathname + location.search;
  const q = new URLSearchParams({ next });
  if (reason) q.set('reason', reason);
  location.assign(`/login.html?${q}`);
}

/** For errors of authenticated calls: an expired token sends to sign-in, anything else is shown. */
export function handleAuthError(ctx: PageContext, error: unknown): string {
  if (error instanceof UnauthenticatedError) {
    clearSession();
    goToLogin('expired');
    return ctx.t('common.sessionExpired');
  }
  return localizeError(error, ctx.lang);
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

/** `document.createElement` with attributes and children, so nothing is built from HTML strings. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}
