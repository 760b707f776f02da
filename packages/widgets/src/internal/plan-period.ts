import { KehoachError, type Lang, type Period, type Plan, readPlanPeriod } from '@kehoach/sdk';
import { html, type TemplateResult } from 'lit';
import type { LoadState } from './kh-element.js';

/**
 * The attribute (`period` or `year`) naming a period the plan is not reported on: not a period
 * key, not of its cadence, or outside its years. The message is the sdk's (`readPlanPeriod`),
 * naming the attribute; the element shows it instead of its data.
 */
export class PeriodError extends KehoachError {}

/**
 * `key` read against the plan with the sdk's `readPlanPeriod`, the server's check of the report
 * routes; `path` is the attribute it came from.
 * @throws {PeriodError} when the plan is not reported on that period.
 */
export function planPeriod(plan: Pick<Plan, 'period' | 'reporting'>, key: string, path: string): Period {
  const r = readPlanPeriod(plan, key, path);
  if (r.error) throw new PeriodError(r.error.message);
  return r.period;
}

/**
 * The error state of a {@link PeriodError}: the sdk's message in `lang`, without a retry button
 * (loading again cannot help: the attribute must change). Undefined for any other state.
 */
export function periodErrorState(s: LoadState<unknown>, lang: Lang): TemplateResult | undefined {
  return s.status === 'error' && s.error instanceof PeriodError
    ? html`<div class="state" part="state error" role="alert" lang=${lang}><p>${s.error.messages[lang]}</p></div>`
    : undefined;
}
