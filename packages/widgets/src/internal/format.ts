import { type Lang, localDate, type MeasureUnit } from '@kehoach/sdk';
import { formatNumber } from './i18n.js';

/** A unit's sign as written after a figure: %, ‰, /100.000 (/100,000 in English), none for a count. */
export function unitSign(kind: MeasureUnit['kind'], lang: Lang): string {
  return kind === 'percent'
    ? '%'
    : kind === 'per_1000'
      ? '‰'
      : kind === 'per_100000'
        ? `/${formatNumber(100_000, lang)}`
        : '';
}

/**
 * A value with its unit's sign, rounded as published (sdk `PUBLISHED_DECIMALS`) and written as
 * each language writes it: 98,5% in Vietnamese, 98.5% in English.
 */
export function formatValue(value: number, unit: MeasureUnit, lang: Lang): string {
  return formatNumber(value, lang) + unitSign(unit.kind, lang);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, timeZone: string, time: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${time}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone,
      day: 'numeric',
      month: lang === 'vi' ? '2-digit' : 'long',
      year: 'numeric',
      ...(time ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/** A calendar day (YYYY-MM-DD): 15/12/2026 in Vietnamese, 15 December 2026 in English. */
export function formatDay(day: string, lang: Lang): string {
  return dateFormat(lang, 'UTC', false).format(new Date(`${day}T00:00:00Z`));
}

/** An instant, with its time, as read in `timeZone` (the plan's, Asia/Ho_Chi_Minh). */
export function formatInstant(instant: string, timeZone: string, lang: Lang): string {
  return dateFormat(lang, timeZone, true).format(new Date(instant));
}

/**
 * Today's calendar day in `timeZone`. `now` (ISO instant) pins "today" for demos and tests;
 * the current time otherwise.
 */
export function today(timeZone: string, now?: string | null): string {
  const d = now ? new Date(now) : new Date();
  return localDate(Number.isNaN(d.getTime()) ? new Date() : d, timeZone);
}
