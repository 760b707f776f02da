import { CONTENT_FIELDS, type ContentPath, contentPath, type FieldComment } from '@kehoach/sdk';
import { h, type PageContext } from '../../common.js';
import type { MessageKey } from '../../i18n.js';

type Row = { kind: keyof typeof CONTENT_FIELDS; id: string; unitId?: string };

interface Entry {
  about: HTMLSelectElement | null;
  path: ContentPath;
  text: HTMLTextAreaElement;
}

/**
 * The reviewer's comments on single rows or fields of one report (ý kiến theo từng mục): a
 * "comment on this item" toggle beside each row opens a field picker and a text box; on return
 * the non-empty ones go as `fields` of the request, with the general comment.
 */
export class FieldComments {
  readonly #entries: Entry[] = [];
  readonly #ctx: PageContext;
  readonly #prefix: string;
  #seq = 0;

  constructor(ctx: PageContext, prefix: string) {
    this.#ctx = ctx;
    this.#prefix = prefix;
  }

  /** The toggle and editor for a row (a field picker when the row has fields), or for a text. */
  control(target: Row | 'difficulties' | 'recommendations', label: string): HTMLElement {
    const { t } = this.#ctx;
    const id = `${this.#prefix}-fc-${this.#seq++}`;
    const row = typeof target === 'string' ? null : target;
    const path = row ? contentPath(row.kind, row.id, undefined, row.unitId) : (target as ContentPath);
    const about = row
      ? h(
          'select',
          { id: `${id}-about`, 'data-path': path },
          h('option', { value: '' }, t('review.fieldWholeRow')),
          ...CONTENT_FIELDS[row.kind].map((f) =>
            h('option', { value: f }, t(`review.field.${f}` as MessageKey)),
          ),
        )
      : null;
    const text = h('textarea', {
      id: `${id}-text`,
      rows: '2',
      maxlength: '2000',
      'data-path': path,
    });
    this.#entries.push({ about, path, text });
    const editor = h(
      'div',
      { class: 'field-comment-editor', id, hidden: true },
      about
        ? h('div', { class: 'field' }, h('label', { for: about.id }, t('review.fieldCommentAbout')), about)
        : null,
      h(
        'div',
        { class: 'field' },
        h('label', { for: text.id }, `${t('review.fieldCommentText')}: ${label}`),
        text,
      ),
    );
    const toggle = h(
      'button',
      { type: 'button', class: 'btn-link', 'aria-expanded': 'false', 'aria-controls': id },
      t('review.fieldComment'),
    );
    toggle.addEventListener('click', () => {
      const open = editor.hidden;
      editor.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) (about ?? text).focus();
    });
    return h('div', { class: 'field-comment' }, toggle, editor);
  }

  /** The comments typed so far, each on its row or the field picked. */
  collect(): FieldComment[] {
    const out: FieldComment[] = [];
    for (const e of this.#entries) {
      const comment = e.text.value.trim();
      if (!comment) continue;
      const field = e.about?.value;
      out.push({ path: field ? `${e.path}/${field}` : e.path, comment });
    }
    return out;
  }

  /** Turn every editor on or off while a request runs. */
  disable(on: boolean): void {
    for (const e of this.#entries) {
      e.text.disabled = on;
      if (e.about) e.about.disabled = on;
    }
  }
}
