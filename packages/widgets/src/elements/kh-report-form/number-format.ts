import type { Lang } from '@kehoach/sdk';

/**
 * Numbers as officers type them: "97,5" or "97.5", "1.250.000" or "1,250,000". Groups of three
 * follow the language's grouping mark. Blank is undefined; what cannot be read becomes NaN so
 * that the sdk schema reports it.
 */
export function parseNumber(raw: string, lang: Lang): number | undefined {
  let s = raw.replace(/\s/g, '');
  if (!s) return undefined;
  // "1.250" is a thousand in Vietnamese, "1,250" in English; otherwise a lone mark is a decimal point.
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  if (!s.includes(decimal) && !/^-?\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(group, decimal);
  s = s.split(group).join('').replace(decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** A number written back in the officer's language, every decimal kept (up to 6): the sdk's `formatTyped`. */
export { formatTyped as formatInput } from '@kehoach/sdk';
