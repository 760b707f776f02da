// Finds or installs what the project needs beyond Node and npm, so that `npm start` and
// `npm test` work on a fresh machine: pnpm (the version pinned in package.json) and, for the
// browser tests, Debian's Chromium. Nothing here downloads a browser build of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function log(message) {
  console.log(`\u001b[36m[kehoach]\u001b[0m ${message}`);
}

export { log };

function versionOf(cmd) {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Path of a pnpm of the pinned version: the one on PATH, or a copy installed under .tools/. */
export function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (!existsSync(local) || versionOf(local) !== pinned) {
    log(`installing pnpm ${pinned} into .tools/ (from the npm registry)`);
    execFileSync(
      'npm',
      ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', `pnpm@${pinned}`],
      {
        stdio: 'inherit',
      },
    );
  }
  // Turborepo and pnpm's own scripts look pnpm up on PATH: put the local copy first for them.
  process.env.PATH = `${dirname(local)}:${process.env.PATH ?? ''}`;
  return local;
}

/** Run pnpm with arguments in the repository root; exits the process on failure. */
export function pnpm(bin, args, env = {}) {
  const r = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    log(`pnpm ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

export function installDependencies(bin) {
  log('installing dependencies (pnpm install --frozen-lockfile)');
  pnpm(bin, ['install', '--frozen-lockfile', '--prefer-offline']);
}

/** Debian's Chromium for the browser tests: CHROME_PATH, /usr/bin/chromium, or apt-get. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  log('Chromium not found: installing Debian package "chromium" with apt-get');
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'],
  ]) {
    const cmd = [...sudo, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      log('could not install Chromium. Install it yourself (apt-get install chromium) or set CHROME_PATH.');
      process.exit(1);
    }
  }
  return '/usr/bin/chromium';
}
