import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-report-form.js';
import { demoReport } from '@kehoach/widgets/fixtures/report-form.js';
import {
  createFakeReportServer,
  type FakeReportServer,
  type FakeReportServerOptions,
} from '@kehoach/widgets/fixtures/report-form-server.js';
import { html } from 'lit';
import { delay, HttpResponse, http } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * The report form against a stateful fake of the API (until @kehoach/mocks carries these
 * routes): every story gets a fresh server, so `once` faults and saved drafts never leak.
 */
interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  year: number;
  readonly: boolean;
}

const PLAN = 'demo-plan';
const YEAR = 2026;
let server: FakeReportServer;

function serve(options: FakeReportServerOptions = {}) {
  return ({ msw }: { msw: { use: (...h: ReturnType<typeof http.all>[]) => void } }) => {
    server = createFakeReportServer(options);
    for (const k of Object.keys(localStorage))
      if (k.startsWith('kh-report-form:')) localStorage.removeItem(k);
    msw.use(
      http.all('/api/v1/*', async ({ request }) => (await server.handle(request)) ?? HttpResponse.error()),
    );
  };
}

const form = (canvas: HTMLElement) => canvas.querySelector('kh-report-form')!;
const inner = <E extends HTMLElement = HTMLElement>(canvas: HTMLElement, sel: string) =>
  form(canvas).shadowRoot?.querySelector<E>(sel) ?? null;
const field = (canvas: HTMLElement, path: string) => inner<HTMLInputElement>(canvas, `[name="${path}"]`)!;
const ready = (canvas: HTMLElement) =>
  waitFor(() => expect(inner(canvas, 'form')).not.toBeNull(), { timeout: 5000 });

/** Types at the end of a field, then leaves it (Testing Library's clear and tab stop at the shadow root). */
async function type(canvas: HTMLElement, path: string, text: string) {
  const f = field(canvas, path);
  await userEvent.type(f, text);
  f.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}
async function fill(canvas: HTMLElement) {
  for (const i of [0, 1, 2]) {
    await userEvent.selectOptions(
      field(canvas, `tasks.${i}.status`) as unknown as HTMLSelectElement,
      'completed',
    );
    await type(canvas, `tasks.${i}.results`, 'Đã thực hiện');
  }
  await type(canvas, 'measures.0.value', '39');
  await type(canvas, 'measures.1.value', '93,5');
  await type(canvas, 'measures.2.value', '8,9');
  await type(canvas, 'budget.0.planned', '1250000000');
  await type(canvas, 'budget.0.spent', '1100000000');
}
const click = (canvas: HTMLElement, part: string) =>
  inner<HTMLButtonElement>(canvas, `[part~="${part}"]`)!.click();

const meta: Meta<Args> = {
  title: 'Widgets/kh-report-form',
  component: 'kh-report-form',
  args: { lang: 'vi', theme: 'auto', year: YEAR, readonly: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  beforeEach: serve(),
  // The token is handed over as a property, as a portal does after its login.
  render: (a) =>
    html`<kh-report-form api-base="" plan=${PLAN} year=${a.year} lang=${a.lang} theme=${a.theme}
      ?readonly=${a.readonly} .token=${'demo-token'}></kh-report-form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new report (no draft yet), in Vietnamese. */
export const Draft: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Chưa nộp');
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="title"]')?.textContent).toContain('Implementation report');
  },
};

export const SavedDraft: Story = {
  name: 'Draft on the server',
  beforeEach: serve({ reports: [demoReport(YEAR, 'draft')] }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(field(canvasElement, 'measures.1.value').value).toBe('94,1');
  },
};

export const Overdue: Story = {
  args: { year: 2025 },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="overdue"]')?.textContent).toBe('Quá hạn');
  },
};

export const Returned: Story = {
  beforeEach: serve({ reports: [demoReport(YEAR, 'returned')] }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="comments"]')?.textContent).toContain('Đề nghị bổ sung');
  },
};

export const Submitted: Story = {
  beforeEach: serve({ reports: [demoReport(YEAR, 'submitted')] }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="submit-button"]')).toBeNull();
  },
};

export const Accepted: Story = {
  beforeEach: serve({ reports: [demoReport(YEAR, 'accepted')] }),
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(field(canvasElement, 'measures.0.value').readOnly).toBe(true);
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.all('/api/v1/*', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="loading"]')).not.toBeNull());
  },
};

export const Empty: Story = {
  name: 'Empty (nothing to report)',
  beforeEach: serve({ user: { id: 'u', username: 'x', name: 'X', role: 'reporter', agencyId: 'demo.ubnd' } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="empty"]')).not.toBeNull());
  },
};

export const LoadError: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => {
    msw.use(http.all('/api/v1/*', () => new HttpResponse(null, { status: 503 })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="error"]')?.getAttribute('role')).toBe('alert'));
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  beforeEach: serve({ reports: [demoReport(YEAR, 'returned')] }),
  parameters: { backgrounds: { value: '#0d0f12' } },
};

/** A portal's own theme, through `--kh-*` custom properties and `::part`. */
export const Themed: Story = {
  decorators: [
    (story) => html`<style>
        .portal kh-report-form { --kh-color-primary: #7a1f1f; --kh-color-focus: #7a1f1f; --kh-radius: 0; --kh-font-family: Georgia, serif; }
        .portal kh-report-form::part(title) { text-transform: uppercase; }
      </style>
      <div class="portal">${story()}</div>`,
  ],
};

export const Phone: Story = {
  parameters: { viewport: { value: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
};

export const Desktop: Story = {
  args: { lang: 'en' },
  decorators: [(story) => html`<div style="max-width: 1100px">${story()}</div>`],
};

/** Fill, submit with a mistake, read the summary, fix, submit. */
export const InvalidThenFixed: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await type(canvasElement, 'measures.1.numerator', '950');
    click(canvasElement, 'submit-button');
    // Submitting with mistakes: the summary takes the focus and links to each field.
    await waitFor(() => expect(inner(canvasElement, '[part~="summary"]')).not.toBeNull());
    await expect(form(canvasElement).shadowRoot!.activeElement).toBe(
      inner(canvasElement, '[part~="summary"]'),
    );
    await fill(canvasElement);
    await type(canvasElement, 'measures.1.denominator', '1000');
    await expect(inner(canvasElement, '[part~="summary"]')).toBeNull();
    click(canvasElement, 'submit-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Đã nộp'));
  },
};

export const SaveDraft: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.selectOptions(
      field(canvasElement, 'tasks.0.status') as unknown as HTMLSelectElement,
      'in_progress',
    );
    click(canvasElement, 'save-button');
    await waitFor(() => expect(server.reports.get(`${PLAN}:${YEAR}:demo.so-yte`)?.version).toBe(1));
    await expect(inner(canvasElement, '[role="status"]')?.textContent).toContain('Đã lưu lên máy chủ');
  },
};

/** The connection drops (after the server applied the submission); "Thử lại" completes it, once. */
export const NetworkFailureThenRetry: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await fill(canvasElement);
    server.dropNext(3, { route: 'submit', afterApply: true });
    click(canvasElement, 'submit-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="message-error"]')).not.toBeNull(), {
      timeout: 8000,
    });
    click(canvasElement, 'message-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Đã nộp'), {
      timeout: 8000,
    });
    await expect(new Set(server.submitKeys).size).toBe(1);
    await expect(server.applied).toBe(1);
  },
};

export const ReturnedThenResubmitted: Story = {
  beforeEach: serve({ reports: [demoReport(YEAR, 'returned')] }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await type(canvasElement, 'measures.2.dataSource', 'Sổ A6 và báo cáo trạm y tế');
    click(canvasElement, 'submit-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Đã nộp'));
    await expect(inner(canvasElement, '[part~="comments"]')).toBeNull();
  },
};
