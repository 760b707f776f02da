import {
  type ContentChange,
  contentPath,
  type IndicatorCatalog,
  type Measure,
  type OrganizationRegistry,
  type Plan,
  type ProgressResponse,
  planMeasures,
  type Report,
  type ReportEvent,
  type ReturnedVersion,
  statusMessages,
} from '@kehoach/sdk';
import { formatDateTime, formatNumber, h, type PageContext } from '../../common.js';
import type { MessageKey } from '../../i18n.js';
import { pick } from '../../pick.js';
import { type ChangeLabels, changesView } from './changes-view.js';
import type { FieldComments } from './field-comments.js';
import { measureContext, targetText, withUnit } from './measure-context.js';

/** The plan, catalog and registry the cards name things from, indexed once per page. */
export class Names {
  readonly measures = new Map<string, Measure>();
  readonly tasks = new Map<string, string>();
  readonly funding = new Map<string, string>();
  readonly registry: OrganizationRegistry;
  readonly #lang: PageContext['lang'];

  constructor(ctx: PageContext, plan: Plan, catalog: IndicatorCatalog, registry: OrganizationRegistry) {
    this.#lang = ctx.lang;
    this.registry = registry;
    // The plan's measures (its own too), with the targets in force for the plan.
    for (const { measure: m } of planMeasures(plan, catalog)) this.measures.set(m.id, m);
    for (const g of plan.taskGroups ?? [])
      for (const t of g.tasks) this.tasks.set(t.id, `${g.number}.${t.label}) ${pick(t.text, ctx.lang)}`);
    for (const f of plan.funding ?? []) this.funding.set(f.id, `III.${f.number}. ${pick(f.text, ctx.lang)}`);
  }

  agency(id: string): string {
    const a = this.registry.agencies.find((x) => x.id === id);
    return a ? pick(a.name, this.#lang) : id;
  }

  unit(id: string): string {
    const u = this.registry.units.find((x) => x.id === id);
    return u ? pick(u.name, this.#lang) : id;
  }

  measure(id: string, unitId?: string): string {
    const m = this.measures.get(id);
    const title = m ? `${m.code}. ${pick(m.title, this.#lang)}` : id;
    return unitId ? `${title} — ${this.unit(unitId)}` : title;
  }
}

/** What a card shows beyond the report itself. */
export interface CardData {
  report: Report;
  /** Progress of the year before, by unit id ('' for the agency's own unit). */
  progress: ReadonlyMap<string, ProgressResponse | null>;
  /** The agency's own unit, for measure lines without one. */
  agencyUnitId: string | undefined;
  /** What the report held when last returned, when the server kept it. */
  returned: ReturnedVersion | null;
  changes: readonly ContentChange[] | null;
  /** Comment editors, when the report awaits review. */
  comments: FieldComments | null;
}

/** The row a content path is on: `measures/<id>[@unit]` of `measures/<id>[@unit]/<field>`. */
const rowOf = (path: string) => path.split('/').slice(0, 2).join('/');

/**
 * One report on the reviewer's desk: for each measure the value, last year's, the targets and
 * the status they give, the implausibility flag with the officer's explanation, source and note;
 * the tasks, budget and narrative; what changed since the returned version; the comments of the
 * last return beside the rows they were on. DOM calls only: every value is text someone typed.
 */
export function reportCardBody(ctx: PageContext, names: Names, year: number, d: CardData): HTMLElement[] {
  const { report: r } = d;
  const last = [...r.events].reverse().find((e) => e.type === 'returned');
  const earlier = new Map<string, string[]>();
  for (const f of last?.fields ?? []) {
    const row = rowOf(f.path);
    earlier.set(row, [...(earlier.get(row) ?? []), f.comment]);
  }
  const changed = new Set((d.changes ?? []).map((c) => rowOf(c.path)));
  const labels: ChangeLabels = {
    row: (path) => {
      const m = /^(tasks|measures|budget)\/([^/@]+)(?:@([^/]+))?/.exec(path);
      if (!m)
        return ctx.t(path.startsWith('difficulties') ? 'review.difficulties' : 'review.recommendations');
      if (m[1] === 'tasks') return names.tasks.get(m[2]!) ?? m[2]!;
      if (m[1] === 'budget') return names.funding.get(m[2]!) ?? m[2]!;
      return names.measure(m[2]!, m[3]);
    },
    measureValue: (path, n) => {
      const id = /^measures\/([^/@]+)/.exec(path)?.[1];
      return withUnit(id ? names.measures.get(id) : undefined, n, ctx.lang);
    },
  };
  const parts: HTMLElement[] = [];
  if (last && r.status !== 'returned') {
    if (d.returned && d.changes) parts.push(changesView(ctx, d.returned, d.changes, labels));
    else parts.push(h('p', { class: 'hint' }, ctx.t('review.changesUnavailable')));
  }
  const tools = { ctx, names, earlier, changed, comments: d.comments };
  parts.push(measuresSection(tools, r, year, d), tasksSection(tools, r), budgetSection(tools, r));
  parts.push(narrativeSection(tools, r), historySection(ctx, r, labels));
  return parts;
}

interface Tools {
  ctx: PageContext;
  names: Names;
  earlier: Map<string, string[]>;
  changed: Set<string>;
  comments: FieldComments | null;
}

/** Marks, comments of the last return, and the comment editor shared by every kind of row. */
function rowExtras(
  tools: Tools,
  path: string,
  label: string,
  target: Parameters<FieldComments['control']>[0],
) {
  const { t } = tools.ctx;
  return [
    ...(tools.earlier.get(path) ?? []).map((c) =>
      h('p', { class: 'earlier-comment' }, h('strong', {}, `${t('review.earlierComment')}: `), c),
    ),
    tools.comments ? tools.comments.control(target, label) : null,
  ];
}

function entryTitle(tools: Tools, path: string, text: string): HTMLElement {
  return h(
    'p',
    { class: 'entry-title' },
    text,
    tools.changed.has(path)
      ? h('span', { class: 'change-tag change-changed' }, tools.ctx.t('review.changed'))
      : null,
  );
}

/** One term and its value; wrapped in a `div` (allowed in a `dl`) so a grid keeps them together. */
function fact(label: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('div', {}, h('dt', {}, label), h('dd', {}, ...value))];
}

function section(summary: string, open: boolean, ...body: (Node | null)[]): HTMLElement {
  return h('details', { open }, h('summary', {}, summary), ...body);
}

function measuresSection(tools: Tools, r: Report, year: number, d: CardData): HTMLElement {
  const { ctx, names } = tools;
  const { t, lang } = ctx;
  const items = r.content.measures.map((line) => {
    const measure = names.measures.get(line.measureId);
    const unitKey = line.unitId && line.unitId !== d.agencyUnitId ? line.unitId : '';
    const context = measureContext(measure, line, year, d.progress.get(unitKey) ?? null);
    const path = contentPath('measures', line.measureId, undefined, line.unitId);
    const title = names.measure(line.measureId, line.unitId);
    const value =
      line.value === null
        ? h('span', { class: 'no-value' }, t('review.noValue'))
        : withUnit(measure, line.value, lang);
    const ratio =
      line.numerator !== undefined && line.denominator !== undefined
        ? ` (${formatNumber(line.numerator, lang)}/${formatNumber(line.denominator, lang)})`
        : '';
    const targets = measure?.targets.length
      ? h('ul', { class: 'plain' }, ...measure.targets.map((x) => h('li', {}, targetText(measure, x, lang))))
      : t('review.noTarget');
    const status = context.assessment
      ? h(
          'span',
          { class: `progress-status status-${context.assessment.status}` },
          statusMessages[context.assessment.status][lang],
        )
      : '—';
    const explanation = line.explanation?.trim();
    return h(
      'li',
      { class: 'entry', 'data-path': path, 'data-implausible': context.implausible ? 'true' : undefined },
      entryTitle(tools, path, title),
      h(
        'dl',
        { class: 'facts' },
        ...fact(t('review.value'), h('span', { class: 'value' }, value, ratio)),
        ...fact(
          `${t('review.previous')} (${year - 1})`,
          context.previous === undefined ? '—' : withUnit(measure, context.previous, lang),
        ),
        ...fact(t('review.targets'), targets),
        ...fact(t('review.assessment'), status),
      ),
      context.implausible
        ? h(
            'div',
            { class: 'flag' },
            h('p', { class: 'flag-title' }, `⚠ ${t('review.implausible')}`),
            h(
              'p',
              {},
              h('strong', {}, `${t('review.explanation')}: `),
              explanation || h('em', {}, t('review.noExplanation')),
            ),
          )
        : explanation
          ? h('p', {}, h('strong', {}, `${t('review.explanation')}: `), explanation)
          : null,
      h(
        'dl',
        { class: 'texts' },
        ...fact(t('review.source'), line.dataSource || '—'),
        ...(line.note || line.value === null
          ? fact(t(line.value === null ? 'review.missingNote' : 'review.note'), line.note || '—')
          : []),
      ),
      ...rowExtras(tools, path, title, { kind: 'measures', id: line.measureId, unitId: line.unitId }),
    );
  });
  return section(
    `${t('review.values')} (${items.length})`,
    r.status === 'submitted' || items.length <= 8,
    items.length ? h('ol', { class: 'entries' }, ...items) : null,
  );
}

function tasksSection(tools: Tools, r: Report): HTMLElement {
  const { t } = tools.ctx;
  const items = r.content.tasks.map((x) => {
    const path = contentPath('tasks', x.taskId);
    const title = tools.names.tasks.get(x.taskId) ?? x.taskId;
    return h(
      'li',
      { class: 'entry', 'data-path': path },
      entryTitle(tools, path, title),
      h(
        'dl',
        { class: 'texts' },
        ...fact(t('review.taskStatus'), t(`task.${x.status}` as MessageKey)),
        ...fact(t('review.results'), x.results || '—'),
      ),
      ...rowExtras(tools, path, title, { kind: 'tasks', id: x.taskId }),
    );
  });
  return section(
    `${t('review.tasks')} (${items.length})`,
    r.status === 'submitted' && items.length <= 8,
    items.length ? h('ol', { class: 'entries' }, ...items) : null,
  );
}

function budgetSection(tools: Tools, r: Report): HTMLElement {
  const { t, lang } = tools.ctx;
  const items = r.content.budget.map((b) => {
    const path = contentPath('budget', b.fundingId);
    const title = tools.names.funding.get(b.fundingId) ?? b.fundingId;
    return h(
      'li',
      { class: 'entry', 'data-path': path },
      entryTitle(tools, path, title),
      h(
        'dl',
        { class: 'facts' },
        ...fact(t('review.planned'), formatNumber(b.planned, lang)),
        ...fact(t('review.spent'), formatNumber(b.spent, lang)),
      ),
      ...rowExtras(tools, path, title, { kind: 'budget', id: b.fundingId }),
    );
  });
  return section(
    `${t('review.budget')} (${items.length})`,
    false,
    items.length ? h('ol', { class: 'entries' }, ...items) : null,
  );
}

function narrativeSection(tools: Tools, r: Report): HTMLElement {
  const { t } = tools.ctx;
  const block = (key: 'difficulties' | 'recommendations') => {
    const label = t(`review.${key}`);
    return h(
      'div',
      { class: 'entry', 'data-path': key },
      entryTitle(tools, key, label),
      h('p', { class: 'narrative-text' }, r.content[key] || '—'),
      ...rowExtras(tools, key, label, key),
    );
  };
  return h('div', { class: 'narrative' }, block('difficulties'), block('recommendations'));
}

function historySection(ctx: PageContext, r: Report, labels: ChangeLabels): HTMLElement {
  const { t, lang } = ctx;
  const steps = r.events.filter((e) => e.type !== 'saved' && e.type !== 'created');
  const fields = (e: ReportEvent) =>
    e.fields?.length
      ? h(
          'ul',
          { class: 'plain' },
          ...e.fields.map((f) => h('li', {}, h('strong', {}, `${labels.row(f.path)}: `), f.comment)),
        )
      : null;
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
          fields(e),
        ),
      ),
    ),
  );
}
