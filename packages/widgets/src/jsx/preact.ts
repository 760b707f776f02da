/**
 * JSX types of the `kh-*` elements for Preact, which sets properties and listens to custom
 * events of custom elements itself (`@kehoach/widgets/jsx-preact`, types only):
 *
 *   import type {} from '@kehoach/widgets/jsx-preact';
 *   import '@kehoach/widgets/define/kh-report-form.js';
 *   <kh-report-form api-base={api} plan="dak-nong-2021" year={2026} token={token}
 *     onkh-submitted={(e) => setDone(e.detail.report)} />
 */
import type { HTMLAttributes } from 'preact';
import type { KhIntrinsicElements } from './elements.js';

/** Each tag's props: Preact's for any element, and the element's own. */
export type KhPreactIntrinsicElements = {
  [T in keyof KhIntrinsicElements]: HTMLAttributes<HTMLElementTagNameMap[T]> & KhIntrinsicElements[T];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends KhPreactIntrinsicElements {}
  }
}
