import type { Lang } from '@kehoach/sdk';
import { html, type TemplateResult } from 'lit';

/** Words that qualify a figure or a link, said in text (never by colour alone). */
export const marks = {
  /** A figure the compilers could not confirm against the legal text (`unconfirmed`). */
  unconfirmed: { vi: 'chưa xác nhận', en: 'unconfirmed' },
  /** A link the compilers read into the plan rather than one it states (`basis: 'interpretation'`). */
  interpretation: { vi: 'diễn giải', en: 'interpretation' },
} as const;

/** The "unconfirmed" mark beside a measure or a target; a `.badge` coloured by `.unconf`. */
export const unconfirmedMark = (lang: Lang): TemplateResult =>
  html` <span class="badge unconf" part="unconfirmed">${marks.unconfirmed[lang]}</span>`;
