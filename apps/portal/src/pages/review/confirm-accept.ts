import { h, type PageContext } from '../../common.js';

let dialog: HTMLDialogElement | null = null;

/**
 * Asks before accepting (chấp nhận không thể hoàn tác): a modal `<dialog>` naming the report and
 * saying it cannot be undone. Cancel has the focus first, Escape cancels, and the focus goes back
 * to `opener` when the dialog closes. Resolves true only on the explicit confirm button.
 */
export function confirmAccept(ctx: PageContext, what: string, opener: HTMLElement): Promise<boolean> {
  const { t } = ctx;
  dialog?.remove();
  const titleId = 'accept-dialog-title';
  const descId = 'accept-dialog-desc';
  const cancel = h(
    'button',
    { type: 'button', class: 'btn btn-secondary', autofocus: true },
    t('review.cancel'),
  );
  const confirm = h('button', { type: 'button', class: 'btn btn-confirm' }, t('review.acceptConfirm'));
  const d = h(
    'dialog',
    { class: 'confirm-dialog', 'aria-labelledby': titleId, 'aria-describedby': descId },
    h('h2', { id: titleId }, t('review.acceptTitle')),
    h('p', { class: 'confirm-what' }, what),
    h('p', { id: descId, class: 'confirm-warning' }, t('review.acceptWarning')),
    h('div', { class: 'button-row' }, cancel, confirm),
  );
  dialog = d;
  document.body.append(d);
  return new Promise((resolve) => {
    cancel.addEventListener('click', () => d.close('cancel'));
    confirm.addEventListener('click', () => d.close('accept'));
    d.addEventListener('close', () => {
      resolve(d.returnValue === 'accept');
      d.remove();
      if (dialog === d) dialog = null;
      if (opener.isConnected) opener.focus();
    });
    d.showModal();
    cancel.focus();
  });
}
