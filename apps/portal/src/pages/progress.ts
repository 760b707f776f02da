import type { IndicatorCatalog, OrganizationRegistry, PlanSummary } from '@kehoach/sdk';
import { configureWidget, initPage, resolvePlan, showPageError } from '../common.js';

/**
 * Public progress page: the dashboard of every measure, the card of the measure chosen in it
 * (kept in `?measure=` so the view can be shared), and the tasks with their agencies.
 */
const ctx = await initPage();
const dashboard = document.getElementById('dashboard') as HTMLElement;
const tasks = document.getElementById('tasks') as HTMLElement;
const card = document.getElementById('card') as HTMLElement & { data?: unknown };
const detail = document.getElementById('detail') as HTMLElement;
const detailHeading = document.getElementById('detail-h') as HTMLElement;
let returnFocus: HTMLElement | null = null;

interface Selection {
  measureId: string;
  unitId?: string;
  year?: number;
}

/** Reads what the dashboard's selection event carries, whatever its exact shape. */
function selectionFrom(e: Event): Selection | null {
  const d = (e as CustomEvent).detail as Record<string, unknown> | null | undefined;
  if (!d) return null;
  const m = d.measureId ?? d.measure ?? (d.value as Record<string, unknown> | undefined)?.measureId;
  if (typeof m !== 'string' || !m) return null;
  const sel: Selection = { measureId: m };
  if (typeof d.unitId === 'string') sel.unitId = d.unitId;
  if (typeof d.year === 'number') sel.year = d.year;
  return sel;
}

const catalogs = new Map<string, Promise<IndicatorCatalog>>();
let registry: Promise<OrganizationRegistry> | undefined;

/** `IndicatorCardData` for a selection: the measure from the catalog, its progress, the unit's name. */
async function cardData(plan: PlanSummary, sel: Selection) {
  if (!catalogs.has(plan.catalogId))
    catalogs.set(plan.catalogId, ctx.api.getCatalog({ catalogId: plan.catalogId }));
  registry ??= ctx.api.getOrganizations({ planId: plan.id });
  const [catalog, orgs, progress] = await Promise.all([
    catalogs.get(plan.catalogId)!,
    registry,
    ctx.api.getProgress({
      planId: plan.id,
      ...(sel.year ? { year: sel.year } : {}),
      ...(sel.unitId ? { unitId: sel.unitId } : {}),
    }),
  ]);
  const measure = catalog.objectives
    .flatMap((o) => o.indicators.flatMap((i) => i.measures))
    .find((m) => m.id === sel.measureId);
  const mp = progress.measures.find((m) => m.measureId === sel.measureId);
  if (!measure || !mp) throw new Error(`no progress for ${sel.measureId}`);
  const unit = orgs.units.find((u) => u.id === mp.unitId);
  return { measure, progress: mp, ...(unit ? { unit: { id: unit.id, name: unit.name } } : {}) };
}

async function main(): Promise<void> {
  let plan: PlanSummary | null;
  try {
    plan = await resolvePlan(ctx);
  } catch {
    showPageError(ctx.t('common.loadFailed'));
    return;
  }
  if (!plan) {
    showPageError(ctx.t('common.noPlan'));
    return;
  }
  const y = Number(ctx.params.get('year'));
  const year = Number.isInteger(y) && y >= plan.period.from && y <= plan.period.to ? y : undefined;
  const settings = { plan: plan.id, lang: ctx.lang, ...(year ? { year } : {}) };
  // Task statuses come from the year's reports, which reviewers (and admins) may read: the tracker
  // gets their session's token (a property, never markup), so they see the statuses instead of
  // "sign in". A reporter's token would only earn a 403 there, so it gets none.
  const role = ctx.session?.user.role;
  const token = role === 'reviewer' || role === 'admin' ? ctx.session?.token : undefined;
  await Promise.all([
    configureWidget(dashboard, settings),
    configureWidget(tasks, { ...settings, ...(token ? { token } : {}) }),
  ]);

  const cardTakesApi = async () => {
    await customElements.whenDefined('kh-indicator-card');
    const ctor = customElements.get('kh-indicator-card') as { observedAttributes?: string[] } | undefined;
    return Boolean(ctor?.observedAttributes?.includes('api-base'));
  };

  const showDetail = async (sel: Selection, focus: boolean) => {
    detail.hidden = false;
    card.setAttribute('lang', ctx.lang);
    if (await cardTakesApi()) {
      await configureWidget(card, { ...settings, ...(sel.year ? { year: sel.year } : {}) });
      card.setAttribute('measure', sel.measureId);
      if (sel.unitId) card.setAttribute('unit', sel.unitId);
      else card.removeAttribute('unit');
    } else {
      // The card takes its data as a property: build it from the public API, as any portal could.
      try {
        card.data = await cardData(plan, sel);
      } catch {
        showPageError(ctx.t('common.loadFailed'));
      }
    }
    const url = new URL(location.href);
    url.searchParams.set('measure', sel.measureId);
    history.replaceState(null, '', url);
    if (focus) detailHeading.focus();
  };

  for (const type of ['kh-select', 'kh-measure-select']) {
    dashboard.addEventListener(type, (e) => {
      const sel = selectionFrom(e);
      if (!sel) return;
      const origin = e.composedPath()[0];
      returnFocus = origin instanceof HTMLElement ? origin : null;
      void showDetail(sel, true);
    });
  }
  document.getElementById('detail-close')?.addEventListener('click', () => {
    detail.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('measure');
    history.replaceState(null, '', url);
    (returnFocus?.isConnected ? returnFocus : dashboard).focus();
  });

  const initial = ctx.params.get('measure');
  if (initial) void showDetail({ measureId: initial }, false);
}

void main();
