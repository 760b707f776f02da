import type { LocalizedText } from '@kehoach/sdk';
import type { Lang } from './i18n.js';

/** The text in `lang`, falling back to Vietnamese (the language plans are issued in). */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' ? text.en : undefined) ?? text.vi;
}
