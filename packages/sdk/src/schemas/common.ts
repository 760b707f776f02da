import * as z from 'zod/mini';
import { formatter } from '../schedule/local-date.js';

/**
 * Stable identifier of an entity in a bundle or in the database: letters, digits and `. _ : -`.
 * Ids are data, never display text; the display text lives in `name`/`title` fields.
 */
/** An identifier: letters, digits and `. _ : -`, at most 128 characters, starting with a letter or digit. */
export const ID_PATTERN = '[A-Za-z0-9][A-Za-z0-9._:-]{0,127}';
export const IdSchema = z.string().check(z.regex(new RegExp(`^${ID_PATTERN}$`), { error: 'id' }));
export type Id = z.infer<typeof IdSchema>;

/** A calendar year within the range any plan of this kind can speak about. */
export const YearSchema = z.int().check(z.gte(1900), z.lte(2100));

/** A full ISO date (YYYY-MM-DD) that is a real calendar day. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An IANA time zone the runtime knows ("Asia/Ho_Chi_Minh"): `Intl.DateTimeFormat` throws a
 * RangeError on any other (" ", "Mars/Olympus"), so a zone that passes here works in every
 * date computation of the sdk — it is the sdk's own day formatter that is asked, and kept.
 * JSON Schema cannot say this (error `time_zone`, sdk only).
 *
 * `@__PURE__`: zod's factories are marked free of side effects, but a `.check()` is a method call
 * a bundler must keep; the mark lets a page that never parses a full plan (the dashboard reads its
 * outline) drop the schema.
 */
export const TimeZoneSchema = /* @__PURE__ */ z.string().check(
  z.refine(
    (timeZone) => {
      try {
        return !!formatter(timeZone);
      } catch {
        return false;
      }
    },
    { error: 'time_zone' },
  ),
);

/** An instant with its offset, as the server records it. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A date that may be known only to the month or the year, as administrative documents often
 * leave the day blank ("ngày   tháng 02 năm 2021"). Missing parts stay missing; nothing is invented.
 * `@__PURE__` as {@link TimeZoneSchema}'s.
 */
export const PartialDateSchema = /* @__PURE__ */ z
  .strictObject({
    year: YearSchema,
    month: z.optional(z.int().check(z.gte(1), z.lte(12))),
    day: z.optional(z.int().check(z.gte(1), z.lte(31))),
  })
  .check(
    z.refine((d) => d.day === undefined || d.month !== undefined, {
      error: 'partial_date_day_without_month',
      path: ['day'],
    }),
    z.refine(
      (d) =>
        d.day === undefined ||
        d.month === undefined ||
        d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate(),
      { error: 'partial_date_invalid_day', path: ['day'] },
    ),
  );
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Text every consumer can hold (XML 1.0 in the docx and xlsx exports, JSON, databases, screen
 * readers): no C0 or C1 control character (U+0000–U+001F but tab and line ends, U+007F–U+009F),
 * no lone surrogate, no noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF and U+1FFFE … U+10FFFF).
 * In Unicode mode (`u`), where a class matches whole code points, so `\uD800-\uDFFF` only
 * catches halves without their pair; JSON Schema validators compile `pattern` so too (ajv).
 * `\p{NChar}` is ECMA-262's short alias of `\p{Noncharacter_Code_Point}` (fewer bytes on every page).
 */
export const XML_TEXT_PATTERN = /^[^\0-\x08\v\f\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\p{NChar}]*$/u;

/** NFC, at most `max` characters once normalised, only characters of {@link XML_TEXT_PATTERN}. */
const textChecks = (max: number) =>
  [z.normalize('NFC'), z.maxLength(max), z.regex(XML_TEXT_PATTERN, { error: 'invalid_characters' })] as const;

/**
 * The building block of every text field: stored in Unicode normalisation form NFC (what a
 * keyboard and most systems produce; decomposed input, as some macOS and Windows sources send
 * it, is composed so that search, sorting and duplicate checks see one spelling), at most `max`
 * characters after normalising, only characters of {@link XML_TEXT_PATTERN} (error
 * `invalid_characters`). It may be empty; {@link NonBlankSchema} is the non-blank one.
 */
export const textSchema = (max: number) => z.string().check(...textChecks(max));

/**
 * The one "not blank" check (after trimming) of every {@link nonBlankTextSchema}: a single
 * instance, so the JSON Schema generator can recognise it and add the `\S` pattern that
 * `minLength: 1` alone does not say.
 */
export const NOT_BLANK = z.minLength(1);

/** {@link textSchema}, trimmed and not blank. */
export const nonBlankTextSchema = (max: number) => z.string().check(z.trim(), NOT_BLANK, ...textChecks(max));

/** Text that must not be blank; bounded so a hostile caller cannot store megabytes in a name. */
export const NonBlankSchema = nonBlankTextSchema(20_000);

/** Text in Vietnamese (the language of record) with an optional English rendering. */
export const LocalizedTextSchema = z.strictObject({
  vi: NonBlankSchema,
  en: z.optional(NonBlankSchema),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * An absolute http(s) address without whitespace: `http://` or `https://` (any letter case), a
 * host, then any path, query or fragment — never `javascript:`, `data:` or a relative address.
 * A pattern rather than `z.url()`, whose URL parser and normaliser weigh 0.4 KB gzip in every
 * widget that reads a plan (and never show); it is the `pattern` of the JSON Schemas too, so it
 * spells the letter case out instead of the `i` flag, which a JSON Schema `pattern` cannot carry.
 */
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/;

/** Where a fact comes from: a legal document, a news report, the plan itself. */
export const SourceSchema = z.strictObject({
  title: NonBlankSchema,
  url: z.optional(z.string().check(z.regex(HTTP_URL_PATTERN, { error: 'http_url' }))),
  note: z.optional(NonBlankSchema),
  /** True when the fact is publicly reported but should be checked against the legal text. */
  verify: z.optional(z.boolean()),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Whether a link in a bundle is written in the plan ("as_issued") or is the bundle author's
 * reading of it ("interpretation"). Interpretations are shown as such.
 */
export const BasisSchema = z.enum(['as_issued', 'interpretation']);
export type Basis = z.infer<typeof BasisSchema>;

/** Language of the user interface and of messages. Vietnamese is the default everywhere. */
export const LangSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof LangSchema>;

/**
 * A check that no two items share a key: the items are those of the list reached through the
 * nested lists `lists` (`['agencies']`; `['objectives', 'indicators', 'measures']`: every
 * measure of a catalog), their key is made of `fields` (default `id`); the second and later
 * occurrences get the error `code` (default `duplicate_id`) at their first field, e.g.
 * `agencies.3.id`. JSON Schema cannot say this (`uniqueItems` compares whole items), so the
 * JSON Schemas leave it to the sdk. With no `fields` the items are plain values (dates), each
 * its own key, and the error is at the item (`reporting.holidays.2`): that one `uniqueItems`
 * says too. Checks on the object holding the lists; later checks still run (`continue`), so
 * every duplicate of every list is reported at once.
 */
export const unique = (lists: string[], fields = ['id'], code = 'duplicate_id') =>
  z.check<object>((payload) => {
    const seen = new Set<string>();
    const walk = (node: object, path: PropertyKey[], [list, ...rest]: string[]): void => {
      // A list left out (an optional part the document does not have) has no duplicates.
      for (const [i, item] of ((node as Record<string, Record<string, unknown>[]>)[list!] ?? []).entries()) {
        const at = [...path, list!, i];
        const key = fields.length > 0 ? fields.map((f) => item[f]).join('@') : String(item);
        if (rest.length > 0) walk(item, at, rest);
        else if (seen.has(key))
          payload.issues.push({
            code: 'custom',
            message: code,
            path: fields.length > 0 ? [...at, fields[0]!] : at,
            input: key,
            continue: true,
          });
        else seen.add(key);
      }
    };
    walk(payload.value, [], lists);
  });
