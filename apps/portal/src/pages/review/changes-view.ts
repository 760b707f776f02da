import type { ChangeValue, ContentChange, ReturnedVersion } from '@kehoach/sdk';
import { formatDateTime, formatNumber, h, type PageContext } from '../../common.js';
import type { MessageKey } from '../../i18n.js';

/** How the page names rows and formats values, for the list of changes. */
export interface ChangeLabels {
  /** The row a content path is about: "5a. Tỷ lệ …", "II.1.a) …", "Khó khăn, vướng mắc". */
  row(path: string): string;
  /** A measure value with its unit, for `measures/<id>/value`. */
  measureValue(path: string, n: number): string;
}

/** The field a content path names (`tasks/<id>/<field>`), if any. */
const fieldOf = (path: string): string | undefined => path.split('/')[2];

/**
 * "What changed since the returned version": one line per change (the sdk's `reportChanges`),
 * the row, the field, the value before (struck through) and after. Built with DOM calls only:
 * every value is text the officer typed.
 */
export function changesView(
  ctx: PageContext,
  returned: ReturnedVersion,
  changes: readonly ContentChange[],
  labels: ChangeLabels,
): HTMLElement {
  const { t, lang } = ctx;
  const show = (path: string, v: ChangeValue): string => {
    if (v === null) return t('review.empty');
    if (typeof v === 'number')
      return fieldOf(path) === 'value' ? labels.measureValue(path, v) : formatNumber(v, lang);
    return fieldOf(path) === 'status' && path.startsWith('tasks/') ? t(`task.${v}` as MessageKey) : v;
  };
  const items = changes.map((c) => {
    const row = labels.row(c.path);
    if (c.kind !== 'changed')
      return h(
        'li',
        { 'data-path': c.path, 'data-kind': c.kind },
        h(
          'span',
          { class: `change-tag change-${c.kind}` },
          t(c.kind === 'added' ? 'review.added' : 'review.removed'),
        ),
        ` ${row}`,
      );
    const field = fieldOf(c.path);
    const isText = c.path === 'difficulties' || c.path === 'recommendations';
    return h(
      'li',
      { 'data-path': c.path, 'data-kind': 'changed' },
      h('span', { class: 'change-row' }, row),
      !isText && field ? ` — ${t(`review.field.${field}` as MessageKey)}` : '',
      h(
        'span',
        { class: 'change-values' },
        h(
          'del',
          {},
          h('span', { class: 'visually-hidden' }, `${t('review.before')}: `),
          show(c.path, c.before),
        ),
        h('span', { 'aria-hidden': 'true' }, ' → '),
        h(
          'ins',
          {},
          h('span', { class: 'visually-hidden' }, `${t('review.after')}: `),
          show(c.path, c.after),
        ),
      ),
    );
  });
  return h(
    'section',
    { class: 'changes', 'aria-label': t('review.changes') },
    h(
      'p',
      { class: 'changes-head' },
      h('strong', {}, `${t('review.changes')} `),
      `(${t('review.version').toLowerCase()} ${returned.version}, ${t('review.changesOf')} ${formatDateTime(returned.returnedAt, lang)})`,
    ),
    items.length ? h('ul', { class: 'change-list' }, ...items) : h('p', {}, t('review.noChanges')),
  );
}
