/**
 * `kehoach plan …`: plan bundles. `validate` reads a bundle directory and prints every error at
 * its place; `import` stores it in the server's database (DATABASE_URL) as the plan's next
 * version, all or nothing; `versions` and `diff` show what the database keeps. Validation is the
 * sdk's (`validateBundle`) and storing the server's (`importBundle`, then `storeBundles` as the seed and
 * the API use it).
 */
import { parseArgs } from 'node:util';
import { documentKindMessages, type PlanChange, planChanges, validateBundle } from '@kehoach/sdk';
import {
  BundleValidationError,
  configFromEnv,
  importBundle,
  listPlanVersions,
  OperatorError,
  openDatabase,
  readPlanVersion,
} from '@kehoach/server/operator';
import { UsageError } from '../usage.js';
import { type BundleDir, formatLocated, type Located, locateAll, readBundleDir } from './bundle-dir.js';

const line = (command: string, what: string) => `${command.padEnd(55)}${what}`;

export const PLAN_HELP = [
  line('kehoach plan validate <thư mục>', 'kiểm tra bộ dữ liệu (plan.json, registry.json, catalog.json)'),
  line('kehoach plan import <thư mục>', 'nhập vào cơ sở dữ liệu (phiên bản mới nếu nội dung khác)'),
  line('kehoach plan versions <mã kế hoạch> [--json]', 'các phiên bản đã nhập'),
  line('kehoach plan diff <mã kế hoạch> <v1> <v2> [--json]', 'khác nhau giữa hai phiên bản'),
].join('\n');

/** Problems of a bundle directory, printed; exit status 1. */
class BundleProblems extends Error {
  readonly problems: Located[];
  constructor(problems: Located[]) {
    super(`${problems.length} problems`);
    this.problems = problems;
  }
}

function print(problems: readonly Located[]): void {
  for (const p of problems) console.error(formatLocated(p));
  console.error(`${problems.length} lỗi / ${problems.length} errors`);
  process.exitCode = 1;
}

/** Read and validate a directory; throws BundleProblems with every error found. */
function checked(dirPath: string) {
  const dir = readBundleDir(dirPath);
  if (dir.problems.length > 0) throw new BundleProblems(dir.problems);
  const r = validateBundle({
    plan: dir.plan!.value,
    registry: dir.registry!.value,
    ...(dir.catalog ? { catalog: dir.catalog.value } : {}),
  });
  if (!r.success) throw new BundleProblems(locateAll(dir, r.errors));
  return { dir, bundle: r.data };
}

function validateCommand(dirPath: string): void {
  const { dir, bundle } = checked(dirPath);
  const { plan } = bundle;
  // Optional parts a document may not have count as none.
  const groups = plan.taskGroups ?? [];
  const assignments = plan.assignments ?? [];
  const tasks = groups.reduce((n, g) => n + g.tasks.length, 0);
  const duties = assignments.reduce((n, a) => n + (a.responsibilities?.length ?? 0), 0);
  const catalogVi = dir.catalog ? 'kèm catalog.json' : 'chưa kèm: kiểm tra khi nhập với bộ đã lưu';
  const catalogEn = dir.catalog
    ? 'in catalog.json'
    : 'not included: checked on import against the stored one';
  // The document named by its own kind ("chương trình …", "đề án …"), not always "kế hoạch".
  const kind = documentKindMessages[plan.kind];
  console.log(
    `${dirPath}: hợp lệ — ${kind.vi.toLowerCase()} ${plan.id}, ${groups.length} nhóm, ${tasks} nhiệm vụ, ${assignments.length} phân công, ${duties} trách nhiệm; bộ chỉ tiêu ${plan.catalogId} (${catalogVi})`,
  );
  console.log(
    `${dirPath}: valid — ${kind.en.toLowerCase()} ${plan.id}, ${groups.length} groups, ${tasks} tasks, ${assignments.length} assignments, ${duties} responsibilities; catalog ${plan.catalogId} (${catalogEn})`,
  );
}

async function importCommand(dirPath: string): Promise<void> {
  const { dir, bundle } = checked(dirPath);
  const db = await openDatabase({ url: configFromEnv().databaseUrl });
  try {
    const s = await importBundle(db.kysely, bundle, new Date().toISOString(), {
      userId: null,
      userName: null,
      by: 'operator',
    });
    const outcome = {
      created: ['đã tạo, phiên bản 1', 'created, version 1'],
      updated: [`phiên bản mới ${s.version}`, `new version ${s.version}`],
      unchanged: [`không đổi, vẫn phiên bản ${s.version}`, `unchanged, still version ${s.version}`],
    }[s.outcome];
    console.log(`kế hoạch ${s.planId}: ${outcome[0]}`);
    console.log(`plan ${s.planId}: ${outcome[1]}`);
  } catch (err) {
    // Against the stored catalog (no catalog.json): its references are checked here, in the import's transaction.
    if (err instanceof BundleValidationError)
      throw new BundleProblems(locateAll(dir as BundleDir, err.bundleErrors));
    throw err;
  } finally {
    await db.close();
  }
}

const versionNumber = (s: string | undefined): number => {
  if (!s || !/^[1-9]\d*$/.test(s))
    throw new UsageError(`số phiên bản không đúng: ${s ?? ''}`, `not a version number: ${s ?? ''}`);
  return Number(s);
};

const notFound = (planId: string, version?: number) =>
  new OperatorError([
    version === undefined
      ? { vi: `không có kế hoạch ${planId}`, en: `no plan ${planId}` }
      : {
          vi: `kế hoạch ${planId} không có phiên bản ${version}`,
          en: `plan ${planId} has no version ${version}`,
        },
  ]);

async function versionsCommand(planId: string, json: boolean): Promise<void> {
  const db = await openDatabase({ url: configFromEnv().databaseUrl });
  try {
    const versions = await listPlanVersions(db.kysely, planId);
    if (!versions) throw notFound(planId);
    if (json) console.log(JSON.stringify(versions, null, 2));
    else
      for (const v of versions)
        console.log(
          [
            v.version,
            v.importedAt,
            v.catalogId,
            v.importedBy ?? '-',
            v.contentHash.slice(0, 12),
            v.current ? '*' : '',
          ].join('\t'),
        );
  } finally {
    await db.close();
  }
}

/** One change as a line: `+ task /taskGroups/II.1/tasks/II.1.c: "…"`, `~ /path: "old" → "new"`. */
export function formatChange(c: PlanChange): string {
  const q = (s: string | null) => (s === null ? '∅' : JSON.stringify(s));
  if (c.kind === 'changed') return `~ ${c.path}: ${q(c.before)} → ${q(c.after)}`;
  return `${c.kind === 'added' ? '+' : '-'} ${c.row} ${c.path}: ${q(c.text)}`;
}

async function diffCommand(planId: string, from: number, to: number, json: boolean): Promise<void> {
  const db = await openDatabase({ url: configFromEnv().databaseUrl });
  try {
    const before = await readPlanVersion(db.kysely, planId, from);
    const after = await readPlanVersion(db.kysely, planId, to);
    if (!before) throw notFound(planId, from);
    if (!after) throw notFound(planId, to);
    const changes = planChanges(before, after);
    if (json) {
      console.log(JSON.stringify({ planId, from, to, changes }, null, 2));
      return;
    }
    console.log(`kế hoạch ${planId}: phiên bản ${from} → ${to}, ${changes.length} thay đổi`);
    console.log(`plan ${planId}: version ${from} → ${to}, ${changes.length} changes`);
    for (const c of changes) console.log(formatChange(c));
  } finally {
    await db.close();
  }
}

export async function plan(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const arg = (i: number, vi: string, en: string) => {
    const v = positionals[i];
    if (!v) throw new UsageError(`${vi}\n${PLAN_HELP}`, en);
    return v;
  };
  try {
    switch (command) {
      case 'validate':
        return validateCommand(arg(0, 'thiếu thư mục bộ dữ liệu', 'a bundle directory is required'));
      case 'import':
        return await importCommand(arg(0, 'thiếu thư mục bộ dữ liệu', 'a bundle directory is required'));
      case 'versions':
        return await versionsCommand(
          arg(0, 'thiếu mã kế hoạch', 'a plan id is required'),
          values.json === true,
        );
      case 'diff':
        return await diffCommand(
          arg(0, 'thiếu mã kế hoạch', 'a plan id is required'),
          versionNumber(positionals[1]),
          versionNumber(positionals[2]),
          values.json === true,
        );
      // `plan draft` is dispatched by main.ts before this (its own options, commands/plan-draft.ts).
      default:
        throw new UsageError(
          `lệnh plan không rõ: ${command ?? ''}\n${PLAN_HELP}`,
          `unknown plan command: ${command ?? ''}`,
        );
    }
  } catch (err) {
    if (err instanceof BundleProblems) print(err.problems);
    else throw err;
  }
}
