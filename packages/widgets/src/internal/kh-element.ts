import type { Lang } from '@kehoach/sdk';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
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

/** What an element loads in `api-base` mode; `signal` aborts it when the source changes. */
export type Load<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Base of every kh-* element: language, theme, and the one data source every element has —
 * a JSON snapshot at `src`, the `data` property, or the kehoach API at `api-base` — with its
 * loading, error and retry states. An element says what its data is (its schema) and which of
 * its own properties load again (both given to this constructor), how to load from the API
 * (`fromApi`), and how to show a value (`renderReady`). `M` maps the names of the element's `kh-*` events to their
 * types (`KhReportFormEventMap`…); `D` is the shape of `data` and of the snapshot, when the
 * element derives what it shows (`T`) from it (`fromData`).
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
   * Base URL of the kehoach API: an origin such as `https://kehoach.example.gov.vn`, or a path;
   * empty for the page's own origin. The element's description says what else it needs (`plan`…).
   */
  declare apiBase: string | undefined;
  #state: LoadState<T> = { status: 'idle' };
  #abort: AbortController | undefined;
  #lastLoad: Load<T> | undefined;
  #schema: ZodMiniType<D>;
  #sources: string[];

  /**
   * @param schema The shape of `data` and of the snapshot at `src`; a snapshot that does not
   *   match shows "not in the expected format".
   * @param sources The element's own properties whose change loads again (`plan`, `year`…), besides `src` and `api-base`.
   */
  constructor(schema: ZodMiniType<D>, sources: string[] = []) {
    super();
    this.#schema = schema;
    this.#sources = ['src', 'apiBase', ...sources];
    this.theme = 'auto';
  }

  /** What the element shows for a snapshot or `data`: the value itself unless the element derives more. */
  protected fromData(data: D): T {
    return data as unknown as T;
  }

  /** The load of `api-base` mode, or nothing while a property it needs is missing (nothing is shown then). */
  protected abstract fromApi(apiBase: string): Load<T> | undefined;

  /** Shows `data` when it changes; else loads again when a source property changed. */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && this.data) this.show(this.fromData(this.data));
    else if (!this.data && this.#sources.some((k) => changed.has(k))) this.load();
  }

  /** Loads from `src`, else from `api-base`; with neither complete (e.g. signed out), shows nothing. */
  protected load(): void {
    const { src, apiBase } = this;
    const load: Load<T> | undefined = src
      ? async (signal) => {
          const parsed = this.#schema.safeParse(await fetchJson(src, signal));
          if (!parsed.success) throw new InvalidDataError(parsed.error.message);
          return this.fromData(parsed.data);
        }
      : apiBase != null
        ? this.fromApi(apiBase)
        : undefined;
    if (load) this.run(load);
    else this.reset();
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
    const s = this.state;
    switch (s.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(
          s.error instanceof InvalidDataError ? common.invalid : common.error,
          this.#lastLoad && (() => this.retry()),
        );
      case 'ready':
        return this.renderReady(s.value);
    }
  }

  /** The loading block; also for a part of the value loading on its own (the dashboard's other years). */
  protected renderLoading(): TemplateResult {
    return html`<div class="state" part="state loading" role="status" lang=${this.locale}><span class="spinner" aria-hidden="true"></span>${common.loading[this.locale]}</div>`;
  }

  /** The error block, with a retry button when there is something to retry. */
  protected renderError(text: { vi: string; en: string }, retry?: () => void): TemplateResult {
    const lang = this.locale;
    return html`<div class="state" part="state error" role="alert" lang=${lang}>
      <p>${text[lang]}</p>
      ${retry ? html`<button type="button" part="retry-button" @click=${retry}>${common.retry[lang]}</button>` : nothing}
    </div>`;
  }

  /** The empty block: nothing to show (by default "no data yet"), e.g. when filters match nothing. */
  protected renderEmpty(text: { vi: string; en: string } = common.empty): TemplateResult {
    return html`<p class="state" part="state empty" lang=${this.locale}>${text[this.locale]}</p>`;
  }
}

/** Events leave the shadow root (`composed`) so that portal scripts can listen on the page. */
export function khEvent<D>(type: `kh-${string}`, detail: D): CustomEvent<D> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
}

/** GETs JSON, failing on HTTP errors so that the element shows its error state. */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
}
