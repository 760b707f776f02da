import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-submission-tracker.js';
import { createHandlers, demo } from '@kehoach/mocks';
import {
  DEMO_NOW,
  DEMO_OVERDUE_NOW,
  submissionSnapshot,
} from '@kehoach/widgets/fixtures/submission-tracker.js';
import { html } from 'lit';
import { delay, HttpResponse, http, type JsonBodyType } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, fn, waitFor } from 'storybook/test';
import { desktop, inShadow, phone, portalTheme, reviewerToken } from './_shared.js';

const TAG = 'kh-submission-tracker';
const SNAPSHOT = '/demo/submission-tracker.json';
const ok = (body: unknown) => [http.get(SNAPSHOT, () => HttpResponse.json(body as JsonBodyType))];
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
  title: 'Widgets/kh-submission-tracker',
  component: TAG,
  args: {
    lang: 'vi',
    theme: 'auto',
    src: SNAPSHOT,
    'api-base': '',
    plan: '',
    year: undefined,
    now: DEMO_NOW,
    token: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: { msw: { handlers: ok(submissionSnapshot()) } },
  decorators: desktop,
  render: (a) =>
    html`<kh-submission-tracker lang=${a.lang} theme=${a.theme} src=${a.src || undefined} api-base=${a['api-base'] || undefined}
      plan=${a.plan || undefined} year=${a.year ?? undefined} now=${a.now} .token=${a.token || undefined}></kh-submission-tracker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="countdown"]')?.textContent).toContain('Còn 17 ngày'),
    );
  },
};
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="countdown"]')?.textContent).toContain('17 days left'),
    );
  },
};

/** After 15 December: the countdown turns, missing and draft reports are overdue. */
export const Overdue: Story = {
  args: { now: DEMO_OVERDUE_NOW },
  parameters: { msw: { handlers: ok(submissionSnapshot(DEMO_OVERDUE_NOW)) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="countdown"]')?.textContent).toContain('Đã quá hạn 5 ngày'),
    );
  },
};
export const OverdueEnglish: Story = {
  args: { now: DEMO_OVERDUE_NOW, lang: 'en' },
  parameters: { msw: { handlers: ok(submissionSnapshot(DEMO_OVERDUE_NOW)) } },
};

/** Only returned reports (status filter). */
export const Returned: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'select')).not.toBeNull());
    const select = $(canvasElement, 'select') as HTMLSelectElement;
    select.value = 'returned';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => expect($(canvasElement, 'tbody')?.querySelectorAll('tr').length).toBe(1));
    await expect($(canvasElement, 'tbody [part~="status-returned"]')).not.toBeNull();
  },
};

/** Everyone accepted, before the due date. */
export const AllAccepted: Story = {
  name: 'Accepted',
  parameters: {
    msw: {
      handlers: ok(
        submissionSnapshot(DEMO_NOW, [
          { id: 'r1', agencyId: 'yt-b', status: 'accepted', submittedAt: '2026-11-20T09:15:00+07:00' },
          { id: 'r2', agencyId: 'gddt-b', status: 'accepted', submittedAt: '2026-11-10T14:00:00+07:00' },
          { id: 'r3', agencyId: 'ca-b', status: 'accepted', submittedAt: '2026-11-18T08:30:00+07:00' },
          { id: 'r4', agencyId: 'phunu-b', status: 'accepted', submittedAt: '2026-11-25T16:00:00+07:00' },
          { id: 'r5', agencyId: 'tp-b', status: 'accepted', submittedAt: '2026-11-26T10:00:00+07:00' },
        ]),
      ),
    },
  },
};

/** A reviewer opens a report: the page gets `kh-report-open`. */
export const OpenReport: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="report-button"]')).not.toBeNull());
    const onOpen = fn();
    canvasElement
      .querySelector(TAG)!
      .addEventListener('kh-report-open', (e) => onOpen((e as CustomEvent).detail));
    ($(canvasElement, '[part~="report-button"]') as HTMLButtonElement).click();
    await expect(onOpen).toHaveBeenCalledWith({ reportId: 'r-yt', agencyId: 'yt-b', status: 'submitted' });
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

export const Empty: Story = {
  parameters: {
    msw: {
      handlers: ok({
        ...submissionSnapshot(),
        submissions: { ...submissionSnapshot().submissions, entries: [] },
      }),
    },
  },
};
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(SNAPSHOT, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="loading"]')).not.toBeNull());
  },
};
export const LoadError: Story = {
  name: 'Error',
  parameters: { msw: { handlers: [http.get(SNAPSHOT, () => new HttpResponse(null, { status: 503 }))] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="error"]')?.getAttribute('role')).toBe('alert'));
  },
};
export const RetryAfterError: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(SNAPSHOT, () => new HttpResponse(null, { status: 503 }), { once: true }));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="retry-button"]')).not.toBeNull());
    $(canvasElement, '[part~="retry-button"]')!.click();
    await waitFor(() => expect($(canvasElement, '[part~="countdown"]')).not.toBeNull());
  },
};
export const InvalidSnapshot: Story = {
  args: { lang: 'en' },
  parameters: { msw: { handlers: ok({ submissions: { dueDate: 'soon' } }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="error"]')?.textContent).toContain('not in the expected format'),
    );
  },
};

/** api-base without a token: asks to sign in, sends nothing. */
export const NeedsToken: Story = {
  args: { src: '', 'api-base': '/mock', plan: 'dak-nong-2021', year: 2026 },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock' }) } },
};

/** The Đắk Nông plan from the mocked API with a reviewer's token (property only). */
export const FromApi: Story = {
  args: {
    src: '',
    'api-base': '/mock',
    plan: 'dak-nong-2021',
    year: 2026,
    now: demo.now,
    token: reviewerToken,
  },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock' }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="countdown"]')).not.toBeNull(), { timeout: 5000 });
  },
};
