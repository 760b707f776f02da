/**
 * The time of a figure (thời gian của số liệu) as a tidy file or a command names it: a year in a
 * `Year` cell; in a `Period` cell a year (the whole year's figure) or a period shorter than a
 * year of the plan's cadence (`2026-H1` for a six-monthly plan, `2026-Q3` quarterly, `2026-07`
 * monthly). One reading for the import's rows, the template's `--period` and the API.
 */
import { periodMessages } from '../i18n/messages.js';
import { parsePeriod } from '../periods/key.js';
import type { Plan } from '../schemas/plan.js';

/** A figure's year, and its period when shorter than the year. */
export interface ObservationTime {
  year: number;
  period?: string;
}

/** The time read, or what is wrong with it in both languages (the caller names the place). */
export function readObservationTime(
  plan: Pick<Plan, 'reporting'>,
  text: string,
  column: 'Year' | 'Period',
): ObservationTime | { vi: string; en: string } {
  const t = text.trim();
  if (column === 'Year') {
    if (t === '') return { vi: 'thiếu năm', en: 'the year is missing' };
    if (!/^\d{4}$/.test(t))
      return {
        vi: `"${t}" không phải là một năm (ví dụ 2024); số liệu theo kỳ dùng cột Period (ví dụ 2024-Q1)`,
        en: `"${t}" is not a year (e.g. 2024); figures by period use a Period column (e.g. 2024-Q1)`,
      };
  } else if (t === '') return { vi: 'thiếu kỳ', en: 'the period is missing' };
  const p = parsePeriod(t);
  if (!p) {
    if (/^\d{4}$/.test(t))
      return { vi: `năm ${t} ngoài khoảng 1900–2100`, en: `year ${t} is outside 1900–2100` };
    return {
      vi: `"${t}" không phải là ${periodMessages.period_key.vi}`,
      en: `"${t}" is not ${periodMessages.period_key.en}`,
    };
  }
  if (p.cadence === 'yearly') return { year: p.year };
  const cadence = plan.reporting.frequency;
  if (cadence === 'yearly')
    return {
      vi: `"${t}": kế hoạch báo cáo hằng năm, chỉ có số liệu năm (ví dụ ${p.year})`,
      en: `"${t}": the plan reports yearly, so its figures are yearly (e.g. ${p.year})`,
    };
  if (p.cadence !== cadence)
    return {
      vi: `"${t}" không phải là một năm hay ${periodMessages[cadence].vi}`,
      en: `"${t}" is not a year nor ${periodMessages[cadence].en}`,
    };
  return { year: p.year, period: p.key };
}
