/**
 * `kehoach`: what an operator does without writing code. Commands print in Vietnamese and
 * English; refused input exits with status 1 and names every problem (file, row, column),
 * a command line it cannot run with status 2.
 */
import { OperatorError } from '@kehoach/server/operator';
import { DATA_HELP, data } from './commands/data.js';
import { PLAN_HELP, plan } from './commands/plan.js';
import { PLAN_DRAFT_HELP, planDraft } from './commands/plan-draft.js';
import { progress } from './commands/progress.js';
import { USERS_HELP, users } from './commands/users.js';
import { UsageError } from './usage.js';

const HELP = `kehoach progress [--year 2026] [--unit lam-dong] [--lang vi|en]   bảng tiến độ (dữ liệu minh họa)
${PLAN_DRAFT_HELP}
${PLAN_HELP}
${USERS_HELP}
${DATA_HELP}

Cơ sở dữ liệu / database: DATABASE_URL (mặc định / default file:./data/kehoach.sqlite)`;

const [group, ...args] = process.argv.slice(2);
try {
  if (group === 'progress') progress(args);
  else if (group === 'plan' && args[0] === 'draft') await planDraft(args.slice(1));
  else if (group === 'plan') await plan(args);
  else if (group === 'users') await users(args);
  else if (group === 'data') await data(args);
  else if (group === undefined || group === 'help' || group === '--help') console.log(HELP);
  else throw new UsageError(`lệnh không rõ: ${group}\n\n${HELP}`, `unknown command: ${group}`);
} catch (err) {
  if (err instanceof OperatorError) {
    for (const p of err.problems) console.error(`${p.vi}\n  ${p.en}`);
    process.exitCode = 1;
  } else if (err instanceof UsageError) {
    console.error(`${err.vi}\n  ${err.en}`);
    process.exitCode = 2;
  } else if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`tham số không đúng / bad arguments: ${(err as Error).message}`);
    process.exitCode = 2;
  } else throw err;
}
