// `npm start`: set up a fresh machine (pnpm, dependencies), build what is needed, then bring
// up the reference app — the API server on an embedded SQLite database (created and seeded
// with illustrative demo data on first run) serving the demo provincial portal on one URL.
// `npm start -- --table` prints the plan's progress table from the illustrative dataset instead.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode, ensurePnpm, installDependencies, log, pnpm, root } from './toolchain.mjs';

const table = process.argv.includes('--table');
await ensureNode();
const bin = ensurePnpm();
installDependencies(bin);

if (table) {
  pnpm(bin, ['exec', 'turbo', 'run', 'build', '--filter=@kehoach/cli...', '--output-logs=errors-only']);
  pnpm(bin, [
    '--silent',
    '--filter',
    '@kehoach/cli',
    'kehoach',
    'progress',
    ...process.argv.slice(2).filter((a) => a !== '--table'),
  ]);
  process.exit(0);
}

log('building the packages, the widgets and the portal');
pnpm(bin, [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@kehoach/server...',
  '--filter=@kehoach/portal...',
  '--output-logs=errors-only',
]);

const dataDir = join(root, 'apps', 'server', 'data');
mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  SEED_DEMO: process.env.SEED_DEMO ?? '1',
  PORTAL_DIR: process.env.PORTAL_DIR ?? join(root, 'apps', 'portal', 'dist'),
  DATABASE_URL: process.env.DATABASE_URL ?? `file:${join(dataDir, 'kehoach.sqlite')}`,
  PORT: process.env.PORT ?? '8787',
};
log('starting the reference server (Ctrl+C to stop)');
// The built server (apps/server/dist, made by the turbo build above) run by this same Node, as an
// operator runs it: no TypeScript loader, and signals reach the server without pnpm in between.
const serverDir = join(root, 'apps', 'server');
const server = spawn(process.execPath, ['--enable-source-maps', join(serverDir, 'dist', 'main.js')], {
  cwd: serverDir,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
