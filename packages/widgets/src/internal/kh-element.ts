import type { Lang } from '@kehoach/sdk';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ZodMiniType } from 'zod/mini';
import type { DetailOf, ElementEventMap, KhElementEventMap } from '../events.js';
import { common, resolveLang } from './i18n.js';

/** The values of `theme`. */
export type Theme = KhElement<unknown>['theme'];

/** What an element knows about the data it shows. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/** Thrown when fetched JSON does not match the element's schema: shown differently from a network failure. */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

/** Options of `addEventListener`, as the DOM takes them. */
type ListenerOptions = boolean | AddEventListenerOptions;

/**
 * `addEventListener` and `removeEventListener` typed with the element's `kh-*` events `M`, the
 * way the DOM's own elements are typed (`HTMLVideoElement` and its event map). Declarations
 * only: merged into the class below, they add no JavaScript.
 */
export interface KhElement<T, M extends KhElementEventMap<T> = KhElementEventMap<T>> {
  addEventListener<K extends keyof ElementEventMap<M>>(
    type: K,
    listener: (this: this, event: ElementEventMap<M>[K]) => unknown,
    options?: ListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: ListenerOptions,
  ): void;
  removeEventListener<K extends keyof ElementEventMap<M>>(
    type: K,
    listener: (this: this, event: ElementEventMap<M>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** A load `run` starts: from the snapshot at `src` (`snapshot`) or from the API; `signal` aborts it when the source changes. */
export type Load<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Base of every kh-* element: language, theme, and the one data source every element has —
 * a JSON snapshot at `src` (loaded with `snapshot`), the `data` property, or the kehoach API at
 * `api-base` — with its loading, error and retry states. An element picks the source when its
 * properties change (`willUpdate`: each has its own rules on `plan`, `year`, `token`…), and says
 * how to show a value (`renderReady`). `M` maps the names of the element's `kh-*` events to their
 * types (`KhReportFormEventMap`…); `D` is the shape of `data` and of the snapshot when the element
 * derives what it shows (`T`) from it.
 *
 * Documented once here, inherited by every element in the manifest and docs/widgets.md:
 *
 * @fires {CustomEvent<KhErrorDetail>} kh-error - Loading failed; `detail.error` says why. The element shows a retry button.
 *
 * @csspart state - Loading, empty and error blocks; also `loading`, `empty`, `error`.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop --kh-font-family - Font of the widget.
 * @cssprop --kh-font-size - Base font size; by default the reader's (`medium`), whatever the page's `html` font-size. `1rem` follows the page.
 * @cssprop --kh-color-text - Text colour.
 * @cssprop --kh-color-text-muted - Secondary text colour.
 * @cssprop --kh-color-surface - Card background.
 * @cssprop --kh-color-surface-subtle - Tiles, group rows and notices.
 * @cssprop --kh-color-border - Borders and rules.
 * @cssprop --kh-color-primary - Links, buttons, the trend line.
 * @cssprop --kh-color-on-primary - Text on primary buttons.
 * @cssprop --kh-color-success - Good progress, completed or accepted.
 * @cssprop --kh-color-warning - Limited progress, drafts, the illustrative notice.
 * @cssprop --kh-color-danger - Deterioration, missing reports, errors.
 * @cssprop --kh-color-focus - Focus ring.
 * @cssprop --kh-radius - Corner radius.
 * @cssprop --kh-space - Inner padding.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface above only adds overloads of inherited methods, which HTMLElement implements.
export abstract class KhElement<
  T,
  M extends KhElementEventMap<T> = KhElementEventMap<T>,
  D = T,
> extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    src: {},
    data: { attribute: false },
    apiBase: { attribute: 'api-base' },
  };

  /** `vi` (default) or `en`. Only this attribute counts, not the page's. */
  declare lang: string;
  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force a scheme. */
  // Spelled out rather than `Theme`: the manifest, and the editor data made from it, list the values.
  declare theme: 'auto' | 'light' | 'dark';
  /**
   * URL of a JSON snapshot, for portals without an API; its shape is the element's data schema
   * (`ProgressDashboardDataSchema`…, named in the element's description).
   */
  declare src: string | undefined;
  /** The data itself, in the snapshot's shape; takes precedence over `src` and `api-base`. */
  declare data: D | undefined;
  /**
   * Base URL of the kehoach API: its origin, e.g. `https://kehoach.example.gov.vn`, plus the path
   * prefix if a proxy mounts it under one. The element's description says what else it needs (`plan`…).
   */
  declare apiBase: string | undefined;
  #state: LoadState<T> = { status: 'idle' };
  #abort: AbortController | undefined;
  #lastLoad: Load<T> | undefined;

  constructor() {
    super();
    this.theme = 'auto';
  }

  /** Current data state; a private field rather than a Lit `state` so it stays out of the manifest. */
  protected get state(): LoadState<T> {
    return this.#state;
  }
  protected set state(next: LoadState<T>) {
    this.#state = next;
    this.requestUpdate();
  }

  protected get locale(): Lang {
    return resolveLang(this.lang);
  }

  /** Starts `load`, cancelling whatever load was running; re-run by the retry button. */
  protected run(load: Load<T>): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#lastLoad = load;
    this.state = { status: 'loading' };
    load(abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.state = { status: 'ready', value };
        (this as KhElement<T, KhElementEventMap<T>, D>).emit('kh-load', { value });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.state = { status: 'error', error };
        (this as KhElement<T, KhElementEventMap<T>, D>).emit('kh-error', { error });
      },
    );
  }

  /** Shows a value given directly (the `data` property), dropping any pending load. */
  protected show(value: T): void {
    this.#abort?.abort();
    this.#lastLoad = undefined;
    this.state = { status: 'ready', value };
  }

  /** Back to the initial state (nothing loaded), dropping any pending load: e.g. after a sign-out. */
  protected reset(): void {
    this.#abort?.abort();
    this.#lastLoad = undefined;
    this.state = { status: 'idle' };
  }

  /** Loads the data again after an error. */
  retry(): void {
    if (this.#lastLoad) this.run(this.#lastLoad);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  /**
   * Dispatches a `kh-*` event of `M` that crosses shadow roots; its detail must have the type the
   * map declares. Document each event with `@fires {CustomEvent<Detail>} name` on the element.
   */
  protected emit<K extends keyof M & `kh-${string}`>(type: K, detail: DetailOf<M[K]>): boolean {
    return this.dispatchEvent(khEvent(type, detail));
  }

  protected abstract renderReady(value: T): TemplateResult;

  protected override render(): TemplateResult | typeof nothing {
    const lang = this.locale;
    const s = this.state;
    switch (s.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<div class="state" part="state loading" role="status" lang=${lang}>
          <span class="spinner" aria-hidden="true"></span>${common.loading[lang]}
        </div>`;
      case 'error':
        return html`<div class="state" part="state error" role="alert" lang=${lang}>
          <p>${(s.error instanceof InvalidDataError ? common.invalid : common.error)[lang]}</p>
          ${
            this.#lastLoad
              ? html`<button type="button" part="retry-button" @click=${() => this.retry()}>${common.retry[lang]}</button>`
              : nothing
          }
        </div>`;
      case 'ready':
        return this.renderReady(s.value);
    }
  }

  /** Shared empty block, for elements whose value can hold nothing to show. */
  protected renderEmpty(): TemplateResult {
    return html`<p class="state" part="state empty">${common.empty[this.locale]}</p>`;
  }
}

/** Events leave the shadow root (`composed`) so that portal scripts can listen on the page. */
export function khEvent<D>(type: `kh-${string}`, detail: D): CustomEvent<D> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
}

/**
 * Loads the JSON snapshot at `src` for `run`: `schema` is the element's data shape, and a body
 * that does not match shows "not in the expected format" (`InvalidDataError`).
 */
export function snapshot<D>(src: string, schema: ZodMiniType<D>): Load<D> {
  return async (signal) => {
    const parsed = schema.safeParse(await fetchJson(src, signal));
    if (!parsed.success) throw new InvalidDataError(parsed.error.message);
    return parsed.data;
  };
}

/** GETs JSON, failing on HTTP errors so that the element shows its error state. */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
}
