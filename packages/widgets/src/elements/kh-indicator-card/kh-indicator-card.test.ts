import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../define/kh-indicator-card.js';
import { immunisation, noData } from '../../fixtures/indicator-card.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { define } from '../../internal/define.js';
import { KhIndicatorCard } from './kh-indicator-card.js';

async function mount(attrs: Record<string, string> = {}, data?: unknown): Promise<KhIndicatorCard> {
  const el = document.createElement('kh-indicator-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data as KhIndicatorCard['data'];
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

afterEach(() => {
  document.documentElement.lang = '';
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-indicator-card', () => {
  it('shows the measure in Vietnamese by default, with Vietnamese number format', async () => {
    const el = await mount({}, immunisation);
    expect(part(el, 'title')!.textContent).toContain('tiêm chủng đầy đủ');
    expect(part(el, 'status')!.textContent).toBe('Tiến bộ đáng kể');
    expect(part(el, 'figures')!.textContent).toContain('94,1%');
    expect(part(el, 'figures')!.textContent).toContain('≥ 95%');
    expect(part(el, 'title')!.getAttribute('aria-level')).toBe('3');
    await expectNoAxeViolations(el);
  });

  it('switches to English with lang="en" only', async () => {
    document.documentElement.lang = 'en';
    const vi = await mount({}, immunisation);
    expect(part(vi, 'status')!.textContent).toBe('Tiến bộ đáng kể');
    const en = await mount({ lang: 'en' }, immunisation);
    expect(part(en, 'status')!.textContent).toBe('Substantial progress');
    expect(part(en, 'figures')!.textContent).toContain('94.1%');
    expect(part(en, 'base')!.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(en);
  });

  it('shows the empty state and the reason when there is no value', async () => {
    const el = await mount({}, noData);
    expect(part(el, 'empty')!.textContent).toBe('Chưa có dữ liệu');
    expect(part(el, 'reason')!.textContent).toBe('Chưa có số liệu');
    await expectNoAxeViolations(el);
  });

  it('loads a snapshot from src, showing a loading state first, and fires kh-load', async () => {
    let release!: (r: Response) => void;
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise((r) => (release = r)));
    const loaded = vi.fn();
    document.addEventListener('kh-load', loaded, { once: true });
    const el = await mount({ src: '/snapshot.json' });
    expect(part(el, 'loading')!.getAttribute('role')).toBe('status');
    expect(text(el)).toContain('Đang tải dữ liệu');
    await expectNoAxeViolations(el);
    el.theme = 'dark'; // a dark widget on a light page keeps its contrast while loading
    await el.updateComplete;
    await expectNoAxeViolations(el);
    release(jsonResponse(immunisation));
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());
    expect(loaded).toHaveBeenCalledOnce();
  });

  it('shows an error with a retry button that loads again', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValueOnce(jsonResponse(immunisation));
    const failed = vi.fn();
    document.addEventListener('kh-error', failed, { once: true });
    const el = await mount({ src: '/snapshot.json' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    expect(failed).toHaveBeenCalledOnce();
    await expectNoAxeViolations(el);
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects a snapshot that does not match the schema', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse({ measure: { id: 'x' } }));
    const el = await mount({ src: '/snapshot.json', lang: 'en' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(text(el)).toContain('not in the expected format');
  });

  it('themes through --kh-* properties and a dark theme attribute', async () => {
    const light = await mount({ theme: 'light' }, immunisation);
    const dark = await mount({ theme: 'dark' }, immunisation);
    const bg = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;
    expect(bg(light)).toBe('rgb(255, 255, 255)');
    expect(bg(dark)).toBe('rgb(22, 25, 29)');
    await expectNoAxeViolations(dark);
    light.style.setProperty('--kh-color-surface', 'rgb(250, 240, 230)');
    expect(bg(light)).toBe('rgb(250, 240, 230)');
  });

  it('uses adopted stylesheets, not <style> elements that a strict CSP would block', async () => {
    const el = await mount({}, immunisation);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelector('style, [style]')).toBeNull();
  });

  it('survives being registered twice', () => {
    expect(() => define('kh-indicator-card', class extends KhIndicatorCard {})).not.toThrow();
    expect(customElements.get('kh-indicator-card')).toBe(KhIndicatorCard);
  });
});
