import type { Lang } from '@kehoach/sdk';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * "Tải dữ liệu (CSV)": a link to the plan's statistics in the tidy CSV layout (the sdk's
 * `getObservations`), in `api-base` mode only. The base must be an http(s) or same-site URL,
 * so that an attribute can never make the link run script.
 */
export const dataLink = (
  base: string | undefined,
  plan: string | undefined,
  lang: Lang,
): TemplateResult | typeof nothing =>
  base && plan && /^(https?:\/\/|\/)/.test(base)
    ? html`<a part="download" href="${base.replace(/\/+$/, '')}/api/v1/plans/${encodeURIComponent(plan)}/observations.csv" download>${lang === 'vi' ? 'Tải dữ liệu (CSV)' : 'Download data (CSV)'}</a>`
    : nothing;
