import { type Lang, PUBLISHED_DECIMALS } from '@kehoach/sdk';

/** Strings every element shares; element-specific ones live next to the element. */
export const common = {
  loading: { vi: 'Đang tải dữ liệu…', en: 'Loading…' },
  empty: { vi: 'Chưa có dữ liệu', en: 'No data yet' },
  error: { vi: 'Không tải được dữ liệu.', en: 'The data could not be loaded.' },
  invalid: {
    vi: 'Dữ liệu nhận được không đúng định dạng.',
    en: 'The data received is not in the expected format.',
  },
  retry: { vi: 'Thử lại', en: 'Try again' },
} as const;

/** What was done about a task in a year: the sdk glossary's words (the form offers them, the tracker shows them). */
export { taskProgressMessages as taskProgress } from '@kehoach/sdk';

/**
 * Only the element's own `lang` attribute switches to English: many portal templates say
 * lang="en" by accident, and the brief wants Vietnamese unless someone asks otherwise.
 */
export function resolveLang(lang: string | null | undefined): Lang {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Text in the element's language, falling back to Vietnamese (the language of record). */
export function pick(text: { vi: string; en?: string | undefined }, lang: Lang): string {
  return (lang === 'en' && text.en) || text.vi;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Numbers as each language writes them, rounded as published: 97,5 in Vietnamese, 97.5 in English. */
export function formatNumber(value: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: PUBLISHED_DECIMALS,
    });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}
