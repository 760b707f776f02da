/**
 * JSX types of the `kh-*` elements for React 19, which sets properties and listens to custom
 * events of custom elements itself (`@kehoach/widgets/jsx-react`, types only):
 *
 *   import type {} from '@kehoach/widgets/jsx-react';
 *   import '@kehoach/widgets/define/kh-report-form.js'; // before the first render
 *   <kh-report-form api-base={api} plan="dak-nong-2021" year={2026} token={token}
 *     onkh-submitted={(e) => setDone(e.detail.report)} />
 *
 * Register the elements before React renders them: React sets a prop as a property only when
 * the element already has it, and `token` would otherwise become an attribute.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KhIntrinsicElements } from './elements.js';

/** Each tag's props: React's for any element, and the element's own. */
export type KhReactIntrinsicElements = {
  [T in keyof KhIntrinsicElements]: DetailedHTMLProps<
    HTMLAttributes<HTMLElementTagNameMap[T]>,
    HTMLElementTagNameMap[T]
  > &
    KhIntrinsicElements[T];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends KhReactIntrinsicElements {}
  }
}
