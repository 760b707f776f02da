import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-report-form.js';
import {
  createHandlers,
  createMockState,
  demo,
  demoToken,
  type MockHandlerOptions,
  type MockHandlers,
  type MockState,
} from '@kehoach/mocks';
import { html } from 'lit';
import { getResponse, HttpResponse, http } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, userEvent, waitFor } from 'storybook/test';
import { BY_SEX_MEASURE, bySexDemo } from './_shared.js';

/**
 * The report form against the @kehoach/mocks handlers (the reference API, stateful in memory) on
 * the demo data: every story gets a fresh state, so faults and saved drafts never leak. The
 * signed-in reporter is the one whose agency's demo report is in the state the story shows.
 */
interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  year: number;
  readonly: boolean;
}

const PLAN = demo.plan.id;
const YEAR = demo.year;
const reporters = demo.users.filter((u) => u.role === 'reporter');
const report2026 = (status: string) => demo.reports.find((r) => r.year === YEAR && r.status === status)!;
/** Demo agencies by the state of their 2026 report: none yet (it answers for tasks and measures), draft, … */
const AGENCY = {
  none: reporters.find((u) => !demo.reports.some((r) => r.year === YEAR && r.agencyId === u.agencyId))!
    .agencyId!,
  draft: report2026('draft').agencyId,
  submitted: report2026('submitted').agencyId,
  returned: report2026('returned').agencyId,
};
/** The lead agency, whose 2025 report is accepted and answers for many measures. */
const ACCEPTED_2025 = demo.reports.find((r) => r.year === YEAR - 1 && r.status === 'accepted')!;

let state: MockState;
let token = '';

interface Serve {
  /** The state's changes for this story (e.g. a report taken away). */
  prepare?: (state: MockState) => void;
  scenario?: MockHandlerOptions['scenario'];
  /** Sign in as this demo username instead of the agency's reporter. */
  username?: string;
  /** Extra handlers in front of the mocks', given the mocks' handlers. */
  wrap?: (handlers: MockHandlers) => ReturnType<typeof http.all>[];
}

/** Fresh mock state, signed in as `agencyId`'s demo reporter, no draft left in localStorage. */
function serve(agencyId: string, options: Serve = {}) {
  return ({ msw }: { msw: { use: (...h: ReturnType<typeof http.all>[]) => void } }) => {
    state = createMockState();
    options.prepare?.(state);
    const user = state.users.find((u) => u.role === 'reporter' && u.agencyId === agencyId);
    token = demoToken(options.username ?? user!.username);
    for (const k of Object.keys(localStorage))
      if (k.startsWith('kh-report-form:')) localStorage.removeItem(k);
    const handlers = createHandlers({
      state,
      ...(options.scenario ? { scenario: options.scenario } : {}),
    });
    msw.use(...(options.wrap?.(handlers) ?? []), ...handlers);
  };
}

/**
 * The first `n` answers to a submit are lost after the mocks applied it (a dropped connection).
 * The mocks' `offline-once` loses one; the client retries twice on its own, so the form shows the
 * error only after three.
 */
function dropSubmits(n: number) {
  return (handlers: MockHandlers) => {
    let left = n;
    return [
      http.post('*/api/v1/plans/:planId/reports/:year/mine/submit', async ({ request }) => {
        const answer = await getResponse(handlers, request);
        if (left-- > 0) return HttpResponse.error();
        return answer;
      }),
    ];
  };
}

const OWES_NOTHING = 'owes-nothing';
/** A reporter of an agency that owes no report (the mocks answer 403, the form shows nothing to report). */
function reporterOwingNothing(s: MockState): void {
  const owing = new Set(s.users.map((u) => u.agencyId));
  const agency = s.registry.agencies.find((a) => !owing.has(a.id))!;
  const username = OWES_NOTHING;
  s.users.push({
    id: `user.${username}`,
    username,
    name: 'Cán bộ minh họa (illustrative)',
    role: 'reporter',
    agencyId: agency.id,
    password: 'demo',
    illustrative: true,
  });
  s.tokens.set(demoToken(username), `user.${username}`);
}

const mine = () => state.reports.find((r) => r.year === YEAR && r.agencyId === AGENCY.none);

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
/** Every task done, a value for every measure, the first funding source's budget. */
async function fill(canvas: HTMLElement) {
  for (let i = 0; inner(canvas, `[name="tasks.${i}.status"]`); i++) {
    await userEvent.selectOptions(
      field(canvas, `tasks.${i}.status`) as unknown as HTMLSelectElement,
      'completed',
    );
    await type(canvas, `tasks.${i}.results`, 'Đã thực hiện');
  }
  const values = ['39', '93,5', '8,9'];
  for (let i = 0; inner(canvas, `[name="measures.${i}.value"]`); i++)
    await type(canvas, `measures.${i}.value`, values[i % values.length]!);
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
  beforeEach: serve(AGENCY.none),
  // The token is handed over as a property, as a portal does after its login.
  render: (a) =>
    html`<kh-report-form api-base="" plan=${PLAN} year=${a.year} lang=${a.lang} theme=${a.theme}
      ?readonly=${a.readonly} .token=${token}></kh-report-form>`,
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
  beforeEach: serve(AGENCY.draft),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    // The draft's value from the mocks, in Vietnamese notation; with its numerator and
    // denominator it is derived and shown as published (two decimals).
    const saved = report2026('draft').content.measures[1]!.value!;
    await expect(Number(field(canvasElement, 'measures.1.value').value.replace(',', '.'))).toBeCloseTo(
      saved,
      2,
    );
  },
};

export const Overdue: Story = {
  args: { year: 2025 },
  // Every 2025 report is accepted in the demo: this agency's is taken away, so 2025 is unfiled.
  beforeEach: serve(AGENCY.none, {
    prepare: (s) => {
      s.reports = s.reports.filter((r) => !(r.year === 2025 && r.agencyId === AGENCY.none));
    },
  }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="overdue"]')?.textContent).toBe('Quá hạn');
  },
};

export const Returned: Story = {
  beforeEach: serve(AGENCY.returned),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="comments"]')?.textContent).toContain('đề nghị bổ sung');
  },
};

export const Submitted: Story = {
  beforeEach: serve(AGENCY.submitted),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="submit-button"]')).toBeNull();
  },
};

export const Accepted: Story = {
  // The lead agency's 2025 report (accepted in the demo), which has values to show read-only.
  beforeEach: serve(ACCEPTED_2025.agencyId),
  args: { lang: 'en', year: ACCEPTED_2025.year },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(field(canvasElement, 'measures.0.value').readOnly).toBe(true);
  },
};

export const Loading: Story = {
  beforeEach: serve(AGENCY.none, { scenario: 'slow' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="loading"]')).not.toBeNull());
  },
};

export const Empty: Story = {
  name: 'Empty (nothing to report)',
  beforeEach: serve('', { prepare: reporterOwingNothing, username: OWES_NOTHING }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="empty"]')).not.toBeNull());
  },
};

export const LoadError: Story = {
  name: 'Error',
  beforeEach: serve(AGENCY.none, { scenario: 'error' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="error"]')?.getAttribute('role')).toBe('alert'));
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  beforeEach: serve(AGENCY.returned),
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
    await waitFor(() => expect(mine()?.version).toBe(1));
    // The mocks change their state before the answer reaches the form.
    await waitFor(() =>
      expect(inner(canvasElement, '[role="status"]')?.textContent).toContain('Đã lưu lên máy chủ'),
    );
  },
};

/** The connection drops (after the server applied the submission); "Thử lại" completes it, once. */
export const NetworkFailureThenRetry: Story = {
  beforeEach: serve(AGENCY.none, { wrap: dropSubmits(3) }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await fill(canvasElement);
    click(canvasElement, 'submit-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="message-error"]')).not.toBeNull(), {
      timeout: 8000,
    });
    click(canvasElement, 'message-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Đã nộp'), {
      timeout: 8000,
    });
    // One Idempotency-Key for every attempt, one report, submitted once.
    await expect(state.idempotency.size).toBe(1);
    await expect(mine()?.events.filter((e) => e.type === 'submitted').length).toBe(1);
  },
};

export const ReturnedThenResubmitted: Story = {
  beforeEach: serve(AGENCY.returned),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await type(canvasElement, 'measures.2.dataSource', 'Sổ A6 và báo cáo trạm y tế');
    click(canvasElement, 'submit-button');
    await waitFor(() => expect(inner(canvasElement, '[part~="status"]')?.textContent).toBe('Đã nộp'));
    await expect(inner(canvasElement, '[part~="comments"]')).toBeNull();
  },
};

/** The demo plan reported on every six months, due 6 days after each half's cut-off window. */
const sixMonthly = (s: MockState) => {
  s.plan = {
    ...s.plan,
    reporting: { ...s.plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
  };
};
const onPeriod = (period: string) => (a: Args) =>
  html`<kh-report-form api-base="" plan=${PLAN} period=${period} lang=${a.lang} theme=${a.theme}
    ?readonly=${a.readonly} .token=${token}></kh-report-form>`;

/** `period="2026-H1"` on a six-monthly plan: the first half's report, its title and deadline. */
export const SixMonthly: Story = {
  beforeEach: serve(AGENCY.none, { prepare: sixMonthly }),
  render: onPeriod('2026-H1'),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(inner(canvasElement, '[part~="title"]')?.textContent).toBe(
      'Báo cáo kết quả thực hiện 6 tháng đầu năm 2026',
    );
    await expect(inner(canvasElement, 'header')?.textContent).toContain('Hạn nộp 20/06/2026');
    await type(canvasElement, 'difficulties', 'Thiếu cán bộ');
    await expect(localStorage.getItem(`kh-report-form:${PLAN}:2026-H1:${AGENCY.none}`)).toContain(
      'Thiếu cán bộ',
    );
  },
};

/** A quarter asked of a six-monthly plan: the sdk's message naming the attribute, nothing else. */
export const WrongPeriod: Story = {
  name: 'Period not of the plan',
  beforeEach: serve(AGENCY.none, { prepare: sixMonthly }),
  render: onPeriod('2026-Q1'),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inner(canvasElement, '[part~="error"]')?.textContent).toContain(
        'Trường period: cần một kỳ báo cáo 6 tháng',
      ),
    );
  },
};

/**
 * A measure broken down by sex (phân tổ, `bySexDemo`'s 4a): under the total a row for boys and
 * one for girls, the girls' figure already in the draft. Girls and boys above the total's
 * numerator are refused at the total's field, naming both rows.
 */
export const ByCategory: Story = {
  beforeEach: serve(AGENCY.draft, {
    prepare: (s) => {
      s.catalog = bySexDemo().catalog;
      const draft = s.reports.find((r) => r.year === YEAR && r.agencyId === AGENCY.draft)!;
      const total = draft.content.measures.find((m) => m.measureId === BY_SEX_MEASURE)!;
      draft.content.measures.push({
        ...total,
        categories: { sex: 'female' },
        numerator: 2650,
        denominator: 53000,
        value: 5,
      });
    },
  }),
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const i = [...form(canvasElement).shadowRoot!.querySelectorAll('[part="item"] legend')]
      .filter((l) => l.textContent?.startsWith('Chỉ tiêu'))
      .findIndex((l) => l.textContent?.startsWith('Chỉ tiêu 4a'));
    const rows = [...form(canvasElement).shadowRoot!.querySelectorAll('[part="category"] > legend')];
    await expect(rows.map((l) => l.textContent)).toEqual(['4a — Nam', '4a — Nữ']);
    await expect(field(canvasElement, `measures.${i}.1.numerator`).value).toBe('2.650');
    const total = Number(field(canvasElement, `measures.${i}.numerator`).value.replace(/\./g, ''));
    await type(canvasElement, `measures.${i}.0.numerator`, String(total));
    await type(canvasElement, `measures.${i}.0.denominator`, '60000');
    click(canvasElement, 'save-button');
    await waitFor(() =>
      expect(inner(canvasElement, '[part~="summary"]')?.textContent).toContain(
        'Chỉ tiêu 4a — Nam, Chỉ tiêu 4a — Nữ',
      ),
    );
  },
};
