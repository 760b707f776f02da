import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-task-tracker.js';
import { createHandlers, demo } from '@kehoach/mocks';
import { html } from 'lit';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_NOW, desktop, inShadow, loadStates, phone, portalTheme, reviewerToken } from './_shared.js';

const TAG = 'kh-task-tracker';
const SNAPSHOT = '/demo/task-tracker.json';
const NOW = DEMO_NOW;
/**
 * The demo plan with the 2026 demo reports (every lifecycle state; a `Report` fits the shape),
 * as a snapshot for `src` — what `getPlan`, `getOrganizations` and `listReports` answer.
 */
const taskSnapshot = {
  plan: demo.plan,
  organizations: demo.registry,
  year: demo.year,
  illustrative: true,
  reports: demo.reports
    .filter((r) => r.year === demo.year)
    .map((r) => ({ agencyId: r.agencyId, status: r.status, tasks: r.content.tasks })),
};
/** The same plan before anyone has reported. */
const taskNoReports = { ...taskSnapshot, reports: [] };
const FIRST_TASK = demo.plan.taskGroups![0]!.tasks[0]!.id;
/** The snapshot URL answered by msw; bodies from @kehoach/mocks (loading and errors are made here: they are the transport's). */
const ok = (body: JsonBodyType) => [http.get(SNAPSHOT, () => HttpResponse.json(body))];
const $ = (c: HTMLElement, s: string) => inShadow(c, TAG, s);

interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  src: string;
  'api-base': string;
  plan: string;
  year: number | undefined;
  now: string;
  token: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kh-task-tracker',
  component: TAG,
  args: {
    lang: 'vi',
    theme: 'auto',
    src: SNAPSHOT,
    'api-base': '',
    plan: '',
    year: undefined,
    now: NOW,
    token: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: { msw: { handlers: ok(taskSnapshot as JsonBodyType) } },
  decorators: desktop,
  render: (a) =>
    html`<kh-task-tracker lang=${a.lang} theme=${a.theme} src=${a.src || undefined} api-base=${a['api-base'] || undefined}
      plan=${a.plan || undefined} year=${a.year ?? undefined} now=${a.now} .token=${a.token || undefined}></kh-task-tracker>`,
};
export default meta;
type Story = StoryObj<Args>;
const load = loadStates<Args>(TAG, SNAPSHOT, 'table');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'table')?.textContent).toContain('Hoàn thành (2)'));
  },
};
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'table')?.textContent).toContain('Completed (2)'));
  },
};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#0d0f12' } } };
export const DarkEnglish: Story = {
  args: { theme: 'dark', lang: 'en' },
  parameters: { backgrounds: { value: '#0d0f12' } },
};
export const PortalTheme: Story = { decorators: portalTheme(TAG) };
export const Phone: Story = { decorators: phone, parameters: { viewport: { value: 'mobile1' } } };
export const PhoneEnglish: Story = { args: { lang: 'en' }, decorators: phone };

/** A row expanded: the agencies as issued, today's successor, each one's reported status. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="toggle"]')).not.toBeNull());
    const onToggle = fn();
    canvasElement
      .querySelector(TAG)!
      .addEventListener('kh-task-toggle', (e) => onToggle((e as CustomEvent).detail));
    const button = $(canvasElement, '[part~="toggle"]') as HTMLButtonElement;
    button.click();
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    await expect(onToggle).toHaveBeenCalledWith({ taskId: FIRST_TASK, expanded: true });
    await expect($(canvasElement, `#d-${CSS.escape(FIRST_TASK)}`)?.hidden).toBe(false);
  },
};

export const FilteredByAgency: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'select')).not.toBeNull());
    const select = $(canvasElement, 'select') as HTMLSelectElement;
    // The last agency the plan names (option 0 is "all").
    select.value = select.options[select.options.length - 1]!.value;
    select.dispatchEvent(new Event('change'));
    await waitFor(() =>
      expect(canvasElement.querySelector(TAG)!.shadowRoot!.querySelectorAll('tbody').length).toBe(1),
    );
  },
};

export const NothingReported: Story = {
  parameters: { msw: { handlers: ok(taskNoReports as JsonBodyType) } },
};

export const Loading: Story = { parameters: load.Loading.parameters, play: load.Loading.play };
export const LoadError: Story = {
  name: 'Error',
  parameters: load.LoadError.parameters,
  play: load.LoadError.play,
};
export const RetryAfterError: Story = {
  beforeEach: load.RetryAfterError.beforeEach,
  play: load.RetryAfterError.play,
};
/** A tiny local body on purpose: the mocks only make valid data, this state needs a malformed snapshot. */
export const InvalidSnapshot: Story = {
  parameters: { msw: { handlers: ok({ plan: 1 }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="error"]')?.textContent).toContain('không đúng định dạng'),
    );
  },
};

/** The Đắk Nông plan from the mocked API, without a token: tasks and agencies, no statuses. */
export const FromApiPublic: Story = {
  args: { src: '', 'api-base': '/mock', plan: 'dak-nong-2021', year: 2026 },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock' }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="notice"]')).not.toBeNull(), { timeout: 5000 });
  },
};

/** The same with a reviewer's token (property only): the 2026 reports' statuses. */
export const FromApiReviewer: Story = {
  args: { src: '', 'api-base': '/mock', plan: 'dak-nong-2021', year: 2026, token: reviewerToken },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock' }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'table')).not.toBeNull(), { timeout: 5000 });
    await expect($(canvasElement, '[part~="notice"]')).toBeNull();
  },
};
