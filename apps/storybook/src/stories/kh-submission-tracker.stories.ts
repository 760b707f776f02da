import type { Report } from '@kehoach/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-submission-tracker.js';
import { computeSubmissions, createHandlers, createMockState, demo } from '@kehoach/mocks';
import { html } from 'lit';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, fn, waitFor } from 'storybook/test';
import {
  DEMO_NOW,
  DEMO_OVERDUE_NOW,
  desktop,
  inShadow,
  loadStates,
  phone,
  portalTheme,
  reviewerToken,
} from './_shared.js';

const TAG = 'kh-submission-tracker';
const SNAPSHOT = '/demo/submission-tracker.json';
const reports2026 = demo.reports.filter((r) => r.year === demo.year);
/**
 * Who has filed the 2026 demo reports at `now`, computed by the mocks as `getSubmissions` answers,
 * in the shape the tracker reads from `src`.
 */
function submissionSnapshot(now: string = DEMO_NOW, reports: readonly Report[] = reports2026) {
  return {
    submissions: computeSubmissions(demo, reports, demo.year, new Date(now)),
    organizations: demo.registry,
    timeZone: demo.plan.reporting.timeZone,
    illustrative: true,
  };
}
/** Every agency that owes the 2026 report has it accepted, before the due date. */
const allAccepted: Report[] = submissionSnapshot().submissions.entries.map((e, i) => ({
  ...reports2026[0]!,
  id: `rpt-2026-accepted-${i}`,
  agencyId: e.agencyId,
  status: 'accepted',
  submittedAt: e.submittedAt ?? `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00+07:00`,
}));
/** The snapshot URL answered by msw; bodies from @kehoach/mocks (loading and errors are made here: they are the transport's). */
const ok = (body: unknown) => [http.get(SNAPSHOT, () => HttpResponse.json(body as JsonBodyType))];
const $ = (c: HTMLElement, s: string) => inShadow(c, TAG, s);

interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  src: string;
  'api-base': string;
  plan: string;
  year: number | undefined;
  period: string;
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
    period: '',
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
      plan=${a.plan || undefined} year=${a.year ?? undefined} period=${a.period || undefined} now=${a.now} .token=${a.token || undefined}></kh-submission-tracker>`,
};
export default meta;
type Story = StoryObj<Args>;
const load = loadStates<Args>(TAG, SNAPSHOT, '[part~="countdown"]');

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
      handlers: ok(submissionSnapshot(DEMO_NOW, allAccepted)),
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
    // The first agency in the list with a report: the lead agency's 2026 draft in the demo.
    const entry = submissionSnapshot().submissions.entries.find((e) => e.reportId)!;
    await expect(onOpen).toHaveBeenCalledWith({
      reportId: entry.reportId,
      agencyId: entry.agencyId,
      status: entry.status,
    });
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

/**
 * The demo plan reported on every six months (due 6 days after each half's cut-off window: H1 on
 * 20/06/2026), from the mocked API; the health department filed its first half on 1 July.
 */
function sixMonthlyApi() {
  const state = createMockState();
  state.plan = {
    ...state.plan,
    reporting: { ...state.plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
  };
  const health = demo.reports.find((r) => r.agencyId === 'lam-dong.so-y-te')!;
  state.reports = [
    {
      ...structuredClone(health),
      id: 'rpt-2026-H1-so-y-te',
      period: '2026-H1',
      status: 'submitted',
      submittedAt: '2026-07-01T10:00:00+07:00',
    },
  ];
  return createHandlers({ baseUrl: '/mock', state });
}

/** `period="2026-H1"` on a six-monthly plan: the first half, its heading, deadline and overdue flags. */
export const SixMonthly: Story = {
  args: {
    src: '',
    'api-base': '/mock',
    plan: 'dak-nong-2021',
    period: '2026-H1',
    now: demo.now,
    token: reviewerToken,
  },
  parameters: { msw: { handlers: sixMonthlyApi() } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="countdown"]')).not.toBeNull(), { timeout: 5000 });
    await expect($(canvasElement, '[part~="title"]')?.textContent).toBe(
      'Tình hình nộp báo cáo 6 tháng đầu năm 2026',
    );
    await expect($(canvasElement, '[part~="countdown"]')?.textContent).toContain('Hạn nộp: 20/06/2026');
    await expect($(canvasElement, '[part~="countdown"]')?.textContent).toContain('Đã quá hạn 161 ngày');
    // Filed after 20 June: submitted, and still flagged overdue.
    const health = [...($(canvasElement, 'tbody')?.querySelectorAll('tr') ?? [])].find((r) =>
      r.textContent?.includes('Sở Y tế tỉnh Lâm Đồng'),
    );
    await expect(health?.querySelector('[part~="status-submitted"]')).not.toBeNull();
    await expect(health?.querySelector('[part~="status-overdue"]')).not.toBeNull();
  },
};

/** A quarter asked of a six-monthly plan: the sdk's message naming the attribute, nothing else. */
export const WrongPeriod: Story = {
  name: 'Period not of the plan',
  args: { ...SixMonthly.args, period: '2026-Q1' },
  parameters: { msw: { handlers: sixMonthlyApi() } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="error"]')?.textContent).toContain(
        'Trường period: cần một kỳ báo cáo 6 tháng',
      ),
    );
    await expect($(canvasElement, '[part~="retry-button"]')).toBeNull();
  },
};
