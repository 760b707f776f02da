/**
 * Property: whatever Unicode an officer (or a hostile caller) sends in the text fields of a
 * report, either the API refuses it with 400 naming exactly the fields that cannot be held, or it
 * stores the text in NFC and both consolidated exports still parse as XML 1.0 (strictly) and
 * carry it. Issue 10: one U+FFFE used to make both exports unreadable for good.
 */
import { type ApiErrorBody, type Report, type ReportContent, XML_TEXT_PATTERN } from '@kehoach/sdk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { asXmlReads, docxParagraphs, xlsxStrings } from './export-readback.js';
import {
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  type TestServer,
  testServer,
  useTestServer,
  YEAR,
} from './helpers.js';

const s = useTestServer('file');
let health: string;
let reviewer: string;

beforeAll(async () => {
  health = await login(s.app, 'so-y-te');
  reviewer = await login(s.app, 'reviewer');
});

/** Characters no XML 1.0 document can carry. */
const unholdable = fc.constantFrom(
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0008',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\uFDD0',
  '\u{1FFFE}',
  '\u{10FFFF}',
);
/** Decomposed sequences, line ends, markup and formula look-alikes, astral characters. */
const tricky = fc.constantFrom(
  'e\u0301',
  'a\u0323\u0302',
  '\u1100\u1161\u11A8',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '<b>',
  '&amp;',
  ']]>',
  '=SUM(A1)',
  '😀',
  '𠀀',
  'Tiếng Việt',
);
const joined = (part: fc.Arbitrary<string>) => fc.array(part, { maxLength: 8 }).map((a) => a.join(''));
/** Text an XML document can carry (after NFC), in any form it may arrive in. */
const clean = fc.oneof(
  fc.string({ unit: 'grapheme-composite', maxLength: 24 }),
  joined(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 }))),
);
/** Anything: every code point, lone surrogates, the characters above. */
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  joined(fc.oneof(unholdable, tricky, fc.string({ unit: 'grapheme', maxLength: 4 }))),
);
// Mostly clean, so that about 40 % of the reports (all six fields clean) reach the exports.
const text = fc.oneof({ weight: 5, arbitrary: clean }, { weight: 1, arbitrary: anything });

/** The text fields of a report, as request paths, and how to set each in a content. */
const FIELDS = {
  'content.tasks.0.results': (c: ReportContent, v: string) => {
    c.tasks[0]!.results = v;
  },
  'content.measures.0.dataSource': (c: ReportContent, v: string) => {
    c.measures[0]!.dataSource = v;
  },
  'content.measures.0.note': (c: ReportContent, v: string) => {
    c.measures[0]!.note = v;
  },
  'content.measures.0.explanation': (c: ReportContent, v: string) => {
    c.measures[0]!.explanation = v;
  },
  'content.difficulties': (c: ReportContent, v: string) => {
    c.difficulties = v;
  },
  'content.recommendations': (c: ReportContent, v: string) => {
    c.recommendations = v;
  },
} as const;
type Field = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as Field[];

const holdable = (v: string) => XML_TEXT_PATTERN.test(v.normalize('NFC'));
const read = (path: string, c: ReportContent): string =>
  path
    .split('.')
    .slice(1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], c) as string;

async function exportOf(on: TestServer, format: 'xlsx' | 'docx', token: string): Promise<ArrayBuffer> {
  const res = await on.app.request(`/api/v1/plans/${PLAN}/exports/${YEAR}/${format}`, jsonReq('GET', token));
  expect(res.status).toBe(200);
  return res.arrayBuffer();
}

describe('random Unicode in every text field of a report', () => {
  // The consolidated exports carry accepted reports only, and an accepted report never changes:
  // each run that is stored gets a server of its own, where the report is accepted and exported.
  it('is refused naming the field, or stored NFC and carried by both exports, which parse', async () => {
    const outcomes = { refused: 0, exported: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.record(Object.fromEntries(NAMES.map((n) => [n, text])) as Record<Field, typeof text>),
        async (texts) => {
          const content = healthContent();
          // A measure line with a note and an explanation (any value: the text is what is tried).
          for (const n of NAMES) FIELDS[n](content, texts[n]);
          const bad = NAMES.filter((n) => !holdable(texts[n]));
          if (bad.length > 0) {
            const res = await s.app.request(
              `${REPORT_PATH}/submit`,
              jsonReq('POST', health, { content }, { 'idempotency-key': `k-${Math.random()}` }),
            );
            expect(res.status).toBe(400);
            const body = (await res.json()) as ApiErrorBody;
            const named = (body.error.fieldErrors ?? []).filter((e) => e.code === 'invalid_characters');
            expect(named.map((e) => e.path).sort()).toEqual([...bad].sort());
            for (const e of named) {
              expect(e.message.vi).toContain(`Trường ${e.path}: `);
              expect(e.message.en).toContain(`Field ${e.path}: `);
            }
            // Nothing stored: the officer still has no report.
            expect((await s.app.request(REPORT_PATH, jsonReq('GET', health))).status).toBe(404);
            outcomes.refused++;
            return;
          }
          const own = await testServer();
          try {
            const officer = await login(own.app, 'so-y-te');
            const lead = await login(own.app, 'reviewer');
            const res = await own.app.request(
              `${REPORT_PATH}/submit`,
              jsonReq('POST', officer, { content }, { 'idempotency-key': 'k-exported' }),
            );
            expect(res.status).toBe(200);
            const report = (await res.json()) as Report;
            for (const n of NAMES) expect(read(n, report.content)).toBe(texts[n].normalize('NFC'));
            const accepted = await own.app.request(
              `/api/v1/reports/${report.id}/accept`,
              jsonReq('POST', lead),
            );
            expect(accepted.status).toBe(200);

            const cells = (await xlsxStrings(await exportOf(own, 'xlsx', lead))).map((c) =>
              asXmlReads(c.text),
            );
            const paragraphs = (await docxParagraphs(await exportOf(own, 'docx', lead))).map(asXmlReads);
            const results = asXmlReads(report.content.tasks[0]!.results);
            if (results) expect(cells).toContain(results);
            expect(paragraphs.some((p) => p.endsWith(`): ${results || '—'}`))).toBe(true);
            for (const n of ['difficulties', 'recommendations'] as const) {
              const v = report.content[n];
              if (v.trim()) expect(paragraphs.some((p) => p.endsWith(`: ${asXmlReads(v)}`))).toBe(true);
            }
            outcomes.exported++;
          } finally {
            await own.close();
          }
        },
      ),
      { numRuns: 25 },
    );
    // Both outcomes were tried (each is all but certain in 25 runs: 1 − 0.6^25, 1 − 0.4^25).
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.exported).toBeGreaterThan(0);
  }, 300_000);

  it('a return comment is refused naming the field, or stored NFC', async () => {
    const mine = await s.app.request(REPORT_PATH, jsonReq('GET', health));
    const current = mine.status === 404 ? null : ((await mine.json()) as Report);
    const first = await s.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq(
        'POST',
        health,
        { content: healthContent() },
        { 'idempotency-key': 'c-0', ...(current ? { 'if-match': `"${current.version}"` } : {}) },
      ),
    );
    let report = (await first.json()) as Report;
    expect(report.status).toBe('submitted');
    await fc.assert(
      fc.asyncProperty(text, async (comment) => {
        const res = await s.app.request(
          `/api/v1/reports/${report.id}/return`,
          jsonReq('POST', reviewer, { comment }),
        );
        // The comment is trimmed before it is checked: white space at its ends (vertical tab and
        // form feed included, which XML could not carry) is not part of what is kept.
        const nfc = comment.normalize('NFC').trim();
        if (!XML_TEXT_PATTERN.test(nfc) || nfc === '') {
          expect(res.status).toBe(400);
          const paths = ((await res.json()) as ApiErrorBody).error.fieldErrors?.map((e) => e.path);
          expect(paths).toEqual(['comment']);
          return;
        }
        expect(res.status).toBe(200);
        report = (await res.json()) as Report;
        expect(report.events.at(-1)?.comment).toBe(nfc);
        const again = await s.app.request(
          `${REPORT_PATH}/submit`,
          jsonReq(
            'POST',
            health,
            { content: healthContent() },
            { 'idempotency-key': `c-${report.version}`, 'if-match': `"${report.version}"` },
          ),
        );
        expect(again.status).toBe(200);
        report = (await again.json()) as Report;
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
