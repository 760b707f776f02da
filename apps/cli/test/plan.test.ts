/**
 * `kehoach plan validate|import|versions|diff` as an operator runs them: the built command on
 * bundle directories written from `@kehoach/plans`, and a SQLite file the server's `cli seed`
 * prepared (the demo plan with its reports, version 1).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dakNong2021, dakNongRegistry, qd23 } from '@kehoach/plans';
import { beforeAll, describe, expect, it } from 'vitest';

const kehoach = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverCli = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'kehoach-plan-'));
const dbFile = join(root, 'kehoach.sqlite');
const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [kehoach, ...args], { env, cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rows of the server's database, read with the server's own driver. */
function query(sqlText: string): Record<string, unknown>[] {
  const SQLite = createRequire(serverCli)('better-sqlite3');
  const db = new SQLite(dbFile, { readonly: true });
  try {
    return db.prepare(sqlText).all();
  } finally {
    db.close();
  }
}

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** A bundle directory: the three files as an editor writes them, with `edit` applied to the plan's text. */
function bundleDir(
  name: string,
  options: {
    plan?: unknown;
    planText?: (t: string) => string;
    registryText?: (t: string) => string;
    catalog?: boolean;
  } = {},
): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const planText = pretty(options.plan ?? dakNong2021);
  writeFileSync(join(dir, 'plan.json'), options.planText ? options.planText(planText) : planText);
  const registryText = pretty(dakNongRegistry);
  writeFileSync(
    join(dir, 'registry.json'),
    options.registryText ? options.registryText(registryText) : registryText,
  );
  if (options.catalog !== false) writeFileSync(join(dir, 'catalog.json'), pretty(qd23));
  return dir;
}

/** Line and column (from 1) of the first `needle` in `text`, counted here independently of the command. */
function placeOf(text: string, needle: string, from = 0): string {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, i);
  return `${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
}

const replaceOnce = (t: string, from: string, to: string) => {
  if (!t.includes(from)) throw new Error(`not found: ${from}`);
  return t.replace(from, to);
};

beforeAll(() => {
  execFileSync(process.execPath, [serverCli, 'seed'], { env, cwd: root, stdio: 'ignore' });
});

describe('kehoach --help', () => {
  it('lists the plan commands', () => {
    const r = run('--help');
    for (const c of ['plan validate <', 'plan import <', 'plan versions <', 'plan diff <'])
      expect(r.stdout).toContain(`kehoach ${c}`);
    expect(run('plan', 'nope').status).toBe(2);
  });
});

describe('kehoach plan validate', () => {
  it('a good directory: exit 0 and a short summary in both languages', () => {
    const dir = bundleDir('good');
    const r = run('plan', 'validate', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'hợp lệ — kế hoạch dak-nong-2021, 6 nhóm, 16 nhiệm vụ, 11 phân công, 26 trách nhiệm',
    );
    expect(r.stdout).toContain(
      'valid — plan dak-nong-2021, 6 groups, 16 tasks, 11 assignments, 26 responsibilities',
    );
    expect(r.stderr).toBe('');
  });

  it('names the document by its kind: a programme is a programme, a scheme a scheme', () => {
    const programme = run('plan', 'validate', join(repoRoot, 'packages/plans/bundles/byt-dinh-duong-2026'));
    expect(programme.status, programme.stderr).toBe(0);
    expect(programme.stdout).toContain('hợp lệ — chương trình byt-dinh-duong-2026');
    expect(programme.stdout).toContain('valid — programme byt-dinh-duong-2026');
    const scheme = run(
      'plan',
      'validate',
      join(repoRoot, 'packages/plans/bundles/lam-dong-de-an-mam-non-2026'),
    );
    expect(scheme.stdout).toContain('hợp lệ — đề án lam-dong-de-an-mam-non-2026');
  });

  it('without catalog.json: valid, and says the catalog is checked on import', () => {
    const r = run('plan', 'validate', bundleDir('no-catalog', { catalog: false }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('not included: checked on import against the stored one');
  });

  it('an unknown key and a wrong type: each at file:line:column, its JSON pointer, Vietnamese / English; exit 1', () => {
    let text = '';
    const dir = bundleDir('unknown-key', {
      planText: (t) => {
        text = replaceOnce(
          replaceOnce(t, '"label": "a",', '"label": "a",\n          "quarter": 1,'),
          '"place": "Đắk Nông"',
          '"place": 12',
        );
        return text;
      },
    });
    const r = run('plan', 'validate', dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${dir}/plan.json:${placeOf(text, '12,')}  /place  Trường place: cần chuỗi ký tự / Field place: expected text`,
      `${dir}/plan.json:${placeOf(text, '"quarter"')}  /taskGroups/0/tasks/0/quarter  Trường taskGroups.0.tasks.0.quarter: cần không có trường này (trường lạ) / Field taskGroups.0.tasks.0.quarter: expected no such field (unknown field)`,
      '2 lỗi / 2 errors',
    ]);
  });

  it('a reference the registry does not have: at the id, with the rule of the sdk', () => {
    let text = '';
    const dir = bundleDir('unknown-agency', {
      planText: (t) => {
        text = replaceOnce(t, '"agencyIds": [\n        "', '"agencyIds": [\n        "no.such-agency", "');
        return text;
      },
    });
    const r = run('plan', 'validate', dir);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${dir}/plan.json:${placeOf(text, '"no.such-agency"')}  /assignments/0/agencyIds/0  Trường assignments.0.agencyIds.0: cần một cơ quan có trong danh mục tổ chức (registry) / Field assignments.0.agencyIds.0: expected an agency of the organisation registry`,
    );
  });

  it('syntax: a trailing comma, a comment and a key given twice are errors at their line:column', () => {
    let registry = '';
    const dir = bundleDir('syntax', {
      planText: (t) =>
        replaceOnce(
          t,
          '"milestones": [\n    2025,\n    2030\n  ]',
          '"milestones": [\n    2025,\n    2030,\n  ]',
        ),
      registryText: (t) => {
        registry = replaceOnce(t, '"agencies": [', '"agencies": [ // Sở, ban, ngành');
        return registry;
      },
    });
    const r = run('plan', 'validate', dir);
    expect(r.status).toBe(1);
    const plan = readFileSync(join(dir, 'plan.json'), 'utf8');
    expect(r.stderr).toContain(
      `${dir}/plan.json:${placeOf(plan, ']', plan.indexOf('2030,'))}  -  Lỗi cú pháp JSON: cần một giá trị (hay dấu phẩy thừa trước "]") / JSON syntax error: a value expected (or a trailing comma before "]")`,
    );
    expect(r.stderr).toContain(
      `${dir}/registry.json:${placeOf(registry, '// Sở')}  -  Lỗi cú pháp JSON: JSON không cho phép chú thích / JSON syntax error: JSON allows no comments`,
    );

    let twice = '';
    const dupDir = bundleDir('twice', {
      planText: (t) => {
        twice = replaceOnce(t, '"place": "Đắk Nông",', '"place": "Đắk Nông",\n  "place": "Gia Nghĩa",');
        return twice;
      },
    });
    const d = run('plan', 'validate', dupDir);
    expect(d.status).toBe(1);
    expect(d.stderr.split('\n')[0]).toBe(
      `${dupDir}/plan.json:${placeOf(twice, '"place": "Gia')}  /place  Trường place: có hai lần trong cùng đối tượng (lần sau sẽ xóa lần trước) / Field place: given twice in one object (the second would erase the first)`,
    );
  });

  it('a missing registry.json is named; a missing directory argument is a usage error (2)', () => {
    const dir = bundleDir('no-registry');
    rmSync(join(dir, 'registry.json'));
    const r = run('plan', 'validate', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${dir}/registry.json  -  không có tệp này`);
    expect(r.stderr).toContain('no such file');
    expect(run('plan', 'validate').status).toBe(2);
  });
});

describe('kehoach plan import, versions, diff', () => {
  const other = { ...dakNong2021, id: 'lam-dong-2026' };
  const versions = (id: string) =>
    query(`select version from plan_versions where plan_id = '${id}' order by version`).map((r) => r.version);

  it('a new plan is version 1; the same directory again is unchanged', () => {
    const dir = bundleDir('new', { plan: other });
    let r = run('plan', 'import', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan lam-dong-2026: created, version 1');
    r = run('plan', 'import', dir);
    expect(r.stdout).toContain('plan lam-dong-2026: unchanged, still version 1');
    expect(versions('lam-dong-2026')).toEqual([1]);
    const audit = query(`select action, detail from audit_log where entity_id = 'lam-dong-2026' order by id`);
    expect(audit.map((a) => [a.action, JSON.parse(String(a.detail))])).toEqual([
      ['plan.imported', { version: 1, outcome: 'created', by: 'operator' }],
      ['plan.imported', { version: 1, outcome: 'unchanged', by: 'operator' }],
    ]);
  });

  it('changed content is version 2; a report written before keeps version 1; diff shows old → new', () => {
    const before = query(`select id, plan_version from reports where plan_id = 'dak-nong-2021'`);
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((r) => r.plan_version))).toEqual(new Set([1]));

    const [g, ...groups] = dakNong2021.taskGroups;
    const [t, ...tasks] = g!.tasks;
    const [a, ...assignments] = dakNong2021.assignments;
    const changed = {
      ...dakNong2021,
      taskGroups: [
        {
          ...g!,
          tasks: [
            { ...t!, text: { vi: `${t!.text.vi} (sửa)` } },
            ...tasks,
            { id: 'II.1.z', label: 'z', text: { vi: 'Nhiệm vụ mới' } },
          ],
        },
        ...groups,
      ],
      assignments: [{ ...a!, responsibilities: a!.responsibilities.slice(0, -1) }, ...assignments],
    };
    // The seed's demo registry (illustrative communes) is version 1: the same registry here,
    // so that the plan's changes are all there is.
    const demoRegistry = JSON.parse(
      String(query(`select registry from plans where id = 'dak-nong-2021'`)[0]!.registry),
    );
    const dir = bundleDir('changed', { plan: changed, registryText: () => pretty(demoRegistry) });
    const r = run('plan', 'import', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan dak-nong-2021: new version 2');
    expect(versions('dak-nong-2021')).toEqual([1, 2]);
    expect(query(`select version from plans where id = 'dak-nong-2021'`)).toEqual([{ version: 2 }]);
    expect(query(`select id, plan_version from reports where plan_id = 'dak-nong-2021'`)).toEqual(before);

    const lastDuty = a!.responsibilities.at(-1)!;
    const diff = run('plan', 'diff', 'dak-nong-2021', '1', '2');
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout.trim().split('\n')).toEqual([
      'kế hoạch dak-nong-2021: phiên bản 1 → 2, 3 thay đổi',
      'plan dak-nong-2021: version 1 → 2, 3 changes',
      `~ /taskGroups/${g!.id}/tasks/${t!.id}/text/vi: ${JSON.stringify(t!.text.vi)} → ${JSON.stringify(`${t!.text.vi} (sửa)`)}`,
      `+ task /taskGroups/${g!.id}/tasks/II.1.z: "Nhiệm vụ mới"`,
      `- responsibility /assignments/${a!.id}/responsibilities/${lastDuty.id}: ${JSON.stringify(lastDuty.text.vi)}`,
    ]);
    const json = JSON.parse(run('plan', 'diff', 'dak-nong-2021', '2', '1', '--json').stdout);
    expect(json).toMatchObject({ planId: 'dak-nong-2021', from: 2, to: 1 });
    expect(json.changes).toEqual([
      {
        kind: 'changed',
        path: `/taskGroups/${g!.id}/tasks/${t!.id}/text/vi`,
        before: `${t!.text.vi} (sửa)`,
        after: t!.text.vi,
      },
      {
        kind: 'added',
        path: `/assignments/${a!.id}/responsibilities/${lastDuty.id}`,
        row: 'responsibility',
        text: lastDuty.text.vi,
      },
      { kind: 'removed', path: `/taskGroups/${g!.id}/tasks/II.1.z`, row: 'task', text: 'Nhiệm vụ mới' },
    ]);

    const listed = JSON.parse(run('plan', 'versions', 'dak-nong-2021', '--json').stdout);
    expect(listed.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('a failed import stores nothing and names the error at its place', () => {
    const before = query('select plan_id, version from plan_versions order by plan_id, version');
    let text = '';
    const dir = bundleDir('unknown-catalog', {
      plan: { ...other, catalogId: 'no-such-catalog' },
      catalog: false,
      planText: (t) => {
        text = t;
        return t;
      },
    });
    const r = run('plan', 'import', dir);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${dir}/plan.json:${placeOf(text, '"no-such-catalog"')}  /catalogId  Trường catalogId: cần mã của một bộ chỉ tiêu đã lưu hoặc đi kèm (catalog.json) / Field catalogId: expected the id of a stored catalog or of one that comes with it (catalog.json)`,
    );
    expect(query('select plan_id, version from plan_versions order by plan_id, version')).toEqual(before);
  });

  it('diff of a version that does not exist: exit 1, said in both languages', () => {
    const r = run('plan', 'diff', 'dak-nong-2021', '1', '9');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kế hoạch dak-nong-2021 không có phiên bản 9');
    expect(r.stderr).toContain('plan dak-nong-2021 has no version 9');
    expect(run('plan', 'diff', 'dak-nong-2021', '1', 'x').status).toBe(2);
  });
});
