import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dakNong2021 } from '../src/index.js';

/**
 * The bundle against the plan as issued, `sources/dak-nong-2021/plan.md` (a copy of the
 * original transcription, shipped with the package; nothing outside the repository is read).
 *
 * Normalisation, and nothing else:
 * 1. The page break inside the last responsibility of item IV.6 ("… vào các câu lạc", blank
 *    line, "bộ phòng, chống bạo lực gia đình …") is joined with one space. It is replaced
 *    explicitly, and the test fails if it is not found exactly once.
 * 2. Markdown markup that is not text is dropped: heading markers (`#`), emphasis (`*`, `**`,
 *    `***`) and the `<sub>…</sub>` tags around "(Hp)" in the last line of "Nơi nhận".
 * 3. Runs of whitespace become one space, lines are trimmed (this also removes the two-space
 *    hard line breaks of the signature block) and blank lines are dropped.
 * The words, their order, letter case and punctuation are compared exactly.
 */
const RAW = readFileSync(new URL('../sources/dak-nong-2021/plan.md', import.meta.url), 'utf8');
const PAGE_BREAK = 'câu lạc\n\nbộ phòng, chống bạo lực gia đình';

function normalisedLines(md: string): string[] {
  const breaks = md.split(PAGE_BREAK).length - 1;
  if (breaks !== 1) throw new Error(`expected the IV.6 page break exactly once, found ${breaks}`);
  return md
    .replace(PAGE_BREAK, 'câu lạc bộ phòng, chống bạo lực gia đình')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#+\s*/, '')
        .replace(/\*+/g, '')
        .replace(/<\/?sub>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

const LINES = normalisedLines(RAW);

/** Lines of a top-level section ("II. …") up to the next one, or up to `until`. */
function section(numeral: string, until?: RegExp): string[] {
  const start = LINES.findIndex((l) => l.startsWith(`${numeral}. `));
  if (start < 0) throw new Error(`section ${numeral} not found`);
  const rest = LINES.slice(start + 1);
  const end = rest.findIndex((l) => /^(I|II|III|IV|V)\. /.test(l) || (until ? until.test(l) : false));
  return end < 0 ? rest : rest.slice(0, end);
}

const SECTION_II = section('II');
const SECTION_IV = section('IV', /^Trên đây /);

/** Section II as printed: groups "1. …" with their lettered tasks "a) …". */
function sourceTasks() {
  const groups: { number: number; title: string; tasks: { label: string; text: string }[] }[] = [];
  for (const line of SECTION_II) {
    const g = /^(\d+)\. (.+)$/.exec(line);
    const t = /^([a-zđ])\) (.+)$/.exec(line);
    if (g) groups.push({ number: Number(g[1]), title: g[2]!, tasks: [] });
    else if (t && groups.length) groups.at(-1)!.tasks.push({ label: t[1]!, text: t[2]! });
    else throw new Error(`unexpected line in section II: ${line}`);
  }
  return groups;
}

/** Section IV as printed: items "1. …" with their "- " bullets. */
function sourceAssignments() {
  const items: { number: number; line: string; bullets: string[] }[] = [];
  for (const line of SECTION_IV) {
    const item = /^(\d+)\. (.+)$/.exec(line);
    if (item) items.push({ number: Number(item[1]), line: item[2]!, bullets: [] });
    else if (line.startsWith('- ') && items.length) items.at(-1)!.bullets.push(line.slice(2));
    else throw new Error(`unexpected line in section IV: ${line}`);
  }
  return items;
}

const tasks = dakNong2021.taskGroups.flatMap((g) => g.tasks.map((t) => ({ group: g.number, ...t })));

describe('the plan bundle is word for word the plan as issued', () => {
  it('reads the source byte for byte as copied (a formatter must not touch it)', () => {
    const sha256 = createHash('sha256')
      .update(readFileSync(new URL('../sources/dak-nong-2021/plan.md', import.meta.url)))
      .digest('hex');
    expect(sha256).toBe('df5c4e1039a77e4464ca16ef60c01e54ddded75fa9c1c6f2dcc2a08e502f8dc3');
  });

  it('reads 6 groups and 16 tasks in section II, 11 items and 22 bullets in section IV', () => {
    expect(sourceTasks().map((g) => g.tasks.length)).toEqual([3, 3, 2, 3, 3, 2]);
    const items = sourceAssignments();
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(items.flatMap((i) => i.bullets)).toHaveLength(22);
  });

  it('has every task of the bundle, word for word, as a lettered line of its group', () => {
    expect(tasks).toHaveLength(16);
    for (const t of tasks) {
      expect(SECTION_II, t.id).toContain(`${t.label}) ${t.text.vi}`);
      expect(t.id).toBe(`II.${t.group}.${t.label}`);
    }
  });

  it('has every lettered line of section II in the bundle, in order, under the same group title', () => {
    expect(sourceTasks().map((g) => ({ number: g.number, title: g.title, tasks: g.tasks }))).toEqual(
      dakNong2021.taskGroups.map((g) => ({
        number: g.number,
        title: g.title.vi,
        tasks: g.tasks.map((t) => ({ label: t.label, text: t.text.vi })),
      })),
    );
  });

  it('has every responsibility of the bundle word for word in its item of section IV', () => {
    const items = new Map(sourceAssignments().map((i) => [i.number, i]));
    for (const a of dakNong2021.assignments) {
      const item = items.get(a.number);
      expect(item, a.id).toBeDefined();
      if (!item) continue;
      if (item.bullets.length > 0) {
        // A heading line followed by bullets.
        expect(item.line).toBe(a.heading);
        expect(a.responsibilities.map((r) => r.text.vi)).toEqual(item.bullets);
      } else {
        // A single sentence after the number: "Heading: sentence" (3, 8), or a sentence that
        // itself names the agency (9 "Các Sở, Ban, ngành căn cứ …", 11 "Đề nghị …").
        expect(a.responsibilities).toHaveLength(1);
        const text = a.responsibilities[0]!.text.vi;
        expect([`${a.heading}: ${text}`, text], a.id).toContain(item.line);
        expect(item.line).toContain(a.heading);
      }
      expect(a.responsibilities.map((r) => r.id)).toEqual(
        a.responsibilities.map((_, k) => `${a.id}.${k + 1}`),
      );
    }
  });

  it('has every item and every "- " bullet of section IV in the bundle', () => {
    const items = sourceAssignments();
    expect(dakNong2021.assignments.map((a) => a.number)).toEqual(items.map((i) => i.number));
    const bundled = new Set(dakNong2021.assignments.flatMap((a) => a.responsibilities.map((r) => r.text.vi)));
    for (const bullet of items.flatMap((i) => i.bullets)) expect(bundled.has(bullet), bullet).toBe(true);
  });

  it('joins the page break of IV.6 inside "câu lạc bộ"', () => {
    const iv6 = dakNong2021.assignments.find((a) => a.id === 'IV.6')!;
    expect(iv6.responsibilities.at(-1)!.text.vi).toContain(
      'vào các câu lạc bộ phòng, chống bạo lực gia đình',
    );
    expect(RAW).toContain('câu lạc\n\nbộ');
  });

  it('keeps the heading block, section I, section III, the closing and the signature as issued', () => {
    const p = dakNong2021;
    expect(LINES).toContain(p.number.asIssued);
    expect(p.number.value).toBeNull();
    // Day left blank in the original: the date is known only to the month.
    expect(LINES).toContain(`${p.place}, ngày tháng 02 năm 2021`);
    expect(p.issued).toEqual({ year: 2021, month: 2 });
    expect(LINES).toContain(p.title.vi);
    expect(LINES).toContain(p.preamble.vi);
    expect(p.preamble.vi).toContain(`Quyết định số ${p.implements.number} ngày 07/01/2021`);
    expect(p.preamble.vi).toContain(p.implements.title.vi.replace(/^Phê/, 'phê'));
    expect(p.purposes.map((x) => `1. Mục đích: ${x.vi}`)).toEqual([expect.any(String)]);
    expect(LINES).toContain(`1. Mục đích: ${p.purposes[0]!.vi}`);
    expect(LINES).toContain(`2. Yêu cầu: ${p.requirements[0]!.vi}`);
    expect(section('III').filter((l) => /^\d+\. /.test(l))).toEqual(
      p.funding.map((f) => `${f.number}. ${f.text.vi}`),
    );
    expect(LINES).toContain(p.closing!.vi);
    expect(p.reporting.text.vi).toBe(p.closing!.vi);
    expect(p.reporting.text.vi).toContain('hàng năm trước ngày 15/12 về Ủy ban nhân dân tỉnh');
    const recipients = LINES.slice(LINES.indexOf('Nơi nhận:') + 1).filter((l) => l.startsWith('- '));
    expect(recipients).toEqual(p.recipients.map((r) => `- ${r}`));
    expect(LINES.slice(-4)).toEqual([...p.signer.titleLines, p.signer.name]);
  });
});
