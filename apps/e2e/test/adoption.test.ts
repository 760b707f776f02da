// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * Issue 9, point 4: docs/adopting.md's "From an empty database to a live portal", run exactly as
 * written — the commands between `<!-- adoption:begin -->` and `<!-- adoption:end -->`, in
 * order, from a fresh database — then a signed-in reviewer on the portal and the progress the
 * imported figures give. A command the guide adds that this test does not know fails it, so the
 * guide cannot rot.
 *
 * `pnpm kehoach …` runs the built command (`apps/cli/dist/main.js`, what `pnpm kehoach` runs
 * once it has built it); `npm start` starts the built server on the database (the stack, as
 * `npm start` does). The one deviation: `KEHOACH_DIR` is a temporary directory, not `$HOME/…`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@kehoach/sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, runAxe } from '../src/browser.js';
import { repoRoot } from '../src/paths.js';
import { type Stack, startStack } from '../src/stack.js';

const guide = readFileSync(join(repoRoot, 'docs/adopting.md'), 'utf8');
const block = /<!-- adoption:begin -->\s*```sh\n([\s\S]*?)```\s*<!-- adoption:end -->/.exec(guide)?.[1] ?? '';
const commands = block
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

const work = mkdtempSync(join(tmpdir(), 'kehoach-adoption-'));
const env: Record<string, string> = { ...(process.env as Record<string, string>) };
const expand = (text: string) => text.replace(/\$([A-Z_]+)/g, (_, k: string) => env[k] ?? '');
const cli = join(repoRoot, 'apps/cli/dist/main.js');
const outputs: { command: string; stdout: string; stderr: string }[] = [];

let stack: Stack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  for (const command of commands) {
    expect(command, 'the guide’s commands take no quotes').not.toMatch(/["'`]/);
    const exported = /^export ([A-Z_]+)=(.*)$/.exec(command);
    if (exported) {
      env[exported[1]!] = exported[1] === 'KEHOACH_DIR' ? work : expand(exported[2]!);
      continue;
    }
    if (command.startsWith('pnpm kehoach ')) {
      const args = expand(command.slice('pnpm kehoach '.length)).split(/\s+/);
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, env, encoding: 'utf8' });
      outputs.push({ command, stdout: r.stdout, stderr: r.stderr });
      expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
      continue;
    }
    if (command === 'SEED_DEMO=0 npm start') {
      stack = await startStack({ databaseUrl: env.DATABASE_URL! });
      continue;
    }
    throw new Error(`docs/adopting.md has a command this test does not know how to run: ${command}`);
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('docs/adopting.md, from an empty database to a live portal', () => {
  it('runs every command of the guide, ending with the server up', () => {
    expect(commands.map((c) => c.split(' ').slice(0, 4).join(' '))).toEqual([
      'export KEHOACH_DIR=$HOME/kehoach-lam-dong',
      'export DATABASE_URL=file:$KEHOACH_DIR/kehoach.sqlite',
      'pnpm kehoach plan draft',
      'pnpm kehoach plan validate',
      'pnpm kehoach plan import',
      'pnpm kehoach data import',
      'pnpm kehoach users import',
      'SEED_DEMO=0 npm start',
    ]);
    expect(stack).toBeDefined();
    const said = outputs.map((o) => o.stdout).join('\n');
    expect(said).toContain('plan dak-nong-2021: created, version 1');
    expect(said).toContain('5 added, 0 changed, 0 unchanged');
    expect(said).toContain('created 2 accounts');
  });

  it('drafted the plan word for word as the completed bundle says it', () => {
    const draft = JSON.parse(readFileSync(join(work, 'draft/plan.json'), 'utf8')) as Plan;
    const bundle = JSON.parse(
      readFileSync(join(repoRoot, 'packages/plans/bundles/dak-nong-2021/plan.json'), 'utf8'),
    ) as Plan;
    const texts = (p: Plan) =>
      (p.taskGroups ?? []).flatMap((g) => [g.title.vi, ...g.tasks.map((t) => t.text.vi)]);
    expect(texts(draft)).toEqual(texts(bundle));
    expect(draft.recipients).toEqual(bundle.recipients);
  });

  it('lets an imported account sign in and shows the progress the imported figures give', async () => {
    const passwords = readFileSync(join(work, 'passwords.csv'), 'utf8').trim().split('\n').slice(1);
    const [username, password] = passwords.find((l) => l.startsWith('syt.tonghop,'))!.split(',');
    browser = await launchBrowser();
    const s = await openSession(browser, stack!.baseUrl);
    await s.page.goto('/login.html');
    await s.page.locator('#username').fill(username!);
    await s.page.locator('#password').fill(password!);
    await s.page.locator('#login-submit').click();
    await s.page.waitForURL(/\/review\.html/);
    await s.page.goto('/');
    // The statistics office's 2026 figure for indicator 5a (illustrative in the example file).
    const row = s.page
      .locator('kh-progress-dashboard tr')
      .filter({ hasText: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ' });
    await row.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => row.first().innerText(), { timeout: 30_000 }).toContain('97,4');
    // Imported figures are the office's statistics, not demo data: no "illustrative" notice.
    expect(await s.page.locator('kh-progress-dashboard [part~="illustrative"]').count()).toBe(0);
    expect((await runAxe(s.page)).map((v) => v.id)).toEqual([]);
    expect(s.problems.errors).toEqual([]);
  });
});

/** Signs an imported account in through the portal's sign-in page. */
async function signInAs(username: string) {
  const passwords = readFileSync(join(work, 'passwords.csv'), 'utf8').trim().split('\n').slice(1);
  const password = passwords.find((l) => l.startsWith(`${username},`))!.split(',')[1]!;
  const s = await openSession(browser!, stack!.baseUrl);
  await s.page.goto('/login.html');
  await s.page.locator('#username').fill(username);
  await s.page.locator('#password').fill(password);
  await s.page.locator('#login-submit').click();
  await s.page.waitForURL(/\/(report|review)\.html/);
  return s;
}

describe('many plans at once (issue 9, point 3)', () => {
  const second = 'ke-hoach-thu-hai';
  const title = 'Kế hoạch thứ hai của tỉnh (minh họa)';

  beforeAll(() => {
    // A second plan of the province, imported with the same command: the same duties, due 30 June.
    const plan = JSON.parse(
      readFileSync(join(repoRoot, 'packages/plans/bundles/dak-nong-2021/plan.json'), 'utf8'),
    );
    const dir = join(work, 'second');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({
        ...plan,
        id: second,
        title: { vi: title },
        reporting: { ...plan.reporting, due: { month: 6, day: 30 } },
      }),
    );
    writeFileSync(
      join(dir, 'registry.json'),
      readFileSync(join(repoRoot, 'packages/plans/bundles/dak-nong-2021/registry.json')),
    );
    const r = spawnSync(process.execPath, [cli, 'plan', 'import', dir], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });

  it('a reporter sees every report its agency owes, with the period and deadline of each, and opens one', async () => {
    const s = await signInAs('sgddt.baocao');
    const rows = s.page.locator('#due-section tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    const year = new Date().getFullYear();
    const texts = await rows.allInnerTexts();
    expect(texts).toHaveLength(2);
    expect(texts.find((t) => t.includes(title))).toMatch(
      new RegExp(`${year}[\\s\\S]*30/06/${year}[\\s\\S]*Chưa nộp · Quá hạn`),
    );
    expect(texts.find((t) => !t.includes(title))).toMatch(new RegExp(`15/12/${year}`));
    const violations = (await runAxe(s.page)).map((v) => v.id);
    expect(violations).toEqual([]);
    await rows.filter({ hasText: title }).getByRole('link').click();
    await s.page.waitForURL(new RegExp(`plan=${second}`));
    await s.page.locator('kh-report-form [part~="item"]').first().waitFor({ timeout: 20_000 });
    expect(s.problems.errors).toEqual([]);
  });

  it('every page offers the plans to choose from, and shows the one chosen', async () => {
    const s = await signInAs('syt.tonghop');
    await s.page.goto('/');
    const picker = s.page.locator('form.plan-form select');
    await picker.waitFor({ timeout: 20_000 });
    expect(await picker.locator('option').allInnerTexts()).toContain(title);
    await picker.selectOption(second);
    await s.page.locator('form.plan-form button[type="submit"]').click();
    await s.page.waitForURL(new RegExp(`plan=${second}`));
    await expect
      .poll(() => s.page.locator('kh-progress-dashboard [part~="title"]').innerText(), { timeout: 20_000 })
      .toContain(title);
  });
});
