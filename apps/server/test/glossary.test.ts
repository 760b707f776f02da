import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { milestoneMessages, reportStatusMessages, statusMessages, taskProgressMessages } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';

/*
 * One glossary: the words of every status and state live in src/i18n/messages.ts and the
 * widgets, the portal and the server's exports import them. A second copy in any of them — the
 * same word written again, or a synonym that made two screens disagree ("Bị trả lại" beside
 * "Đã trả lại", "Đang thực hiện" beside "Đang triển khai") — fails here.
 */
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const shipped = ['packages/widgets/src', 'apps/portal/src', 'apps/server/src'];
const glossary = { reportStatusMessages, statusMessages, taskProgressMessages, milestoneMessages };
/** Words that once named a state beside the glossary's, and must not come back. */
const retired = ['Đã trả lại', 'Đang triển khai', 'Đi xuống', 'Bản nháp', 'Đã nộp, chờ thẩm định'];

function sources(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test(-helper)?\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes('/fixtures/'));
}

/** Every quoted literal of a source file (single, double or backtick quotes, no interpolation). */
function literals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`([^`$\\]*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

describe('glossary', () => {
  const files = shipped.flatMap(sources);

  it('finds the sources it checks', () => {
    for (const dir of shipped) expect(files.some((f) => f.includes(`/${dir}/`))).toBe(true);
  });

  it('has each Vietnamese word written only in the glossary', () => {
    const words = new Set(Object.values(glossary).flatMap((table) => Object.values(table).map((m) => m.vi)));
    const copies = files.flatMap((f) =>
      literals(f)
        .filter((s) => words.has(s))
        .map((s) => `${f.slice(repo.length)}: '${s}'`),
    );
    expect(copies).toEqual([]);
  });

  it('keeps retired synonyms out of every shipped source', () => {
    const found = files.flatMap((f) =>
      literals(f)
        .filter((s) => retired.includes(s))
        .map((s) => `${f.slice(repo.length)}: '${s}'`),
    );
    expect(found).toEqual([]);
  });

  it('names no trajectory by the direction of its line', () => {
    // "Đi xuống" (going down) sat beside rising lines of measures that should fall.
    for (const m of Object.values(statusMessages)) expect(m.vi).not.toMatch(/xuống|lên|tăng|giảm/i);
  });

  it('gives each state one word per language, and no two states the same word', () => {
    for (const table of Object.values(glossary)) {
      const vi = Object.values(table).map((m) => m.vi);
      const en = Object.values(table).map((m) => m.en);
      expect(new Set(vi).size).toBe(vi.length);
      expect(new Set(en).size).toBe(en.length);
    }
  });
});
