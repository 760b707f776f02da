// `pnpm kehoach …` (or `npm run kehoach -- …`): the operator's command, from the repository.
// Sets up the machine as `npm start` does (Node 24, pnpm, dependencies), builds the command and
// what it uses, then runs the built `kehoach` in the directory it was called from, so that file
// paths on the command line mean what the operator typed. Without DATABASE_URL it works on the
// database `npm start` runs on (apps/server/data/kehoach.sqlite).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureNode, ensurePnpm, installDependencies, pnpm, root } from './toolchain.mjs';

await ensureNode();
const bin = ensurePnpm();
installDependencies(bin);
pnpm(bin, ['exec', 'turbo', 'run', 'build', '--filter=@kehoach/cli...', '--output-logs=errors-only']);
const child = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'apps', 'cli', 'dist', 'main.js'), ...process.argv.slice(2)],
  {
    cwd: process.env.INIT_CWD || process.cwd(),
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL:
        process.env.DATABASE_URL ?? `file:${join(root, 'apps', 'server', 'data', 'kehoach.sqlite')}`,
    },
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
