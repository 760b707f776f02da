// Finds or installs what the project needs beyond Node and npm, so that `npm start` and
// `npm test` work on a fresh machine: Node.js 24 (the version in .node-version, from the npm
// registry), pnpm (the version pinned in package.json) and, for the browser tests, Debian's
// Chromium. Nothing here downloads a browser build or a toolchain from anywhere else.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function log(message) {
  console.log(`\u001b[36m[kehoach]\u001b[0m ${message}`);
}

export { log };

/** The Node.js version everything runs under (.node-version: read by nvm, fnm, volta and us). */
export const nodeVersion = readFileSync(join(root, '.node-version'), 'utf8').trim();
const nodeMajor = nodeVersion.split('.')[0];

/** npm's name for the package that carries Node's binary and headers for this platform. */
function nodePackageName() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' }[process.arch];
  return os && arch ? `node-${os}-${arch}` : null;
}

function stop(message) {
  log(message);
  process.exit(1);
}

/**
 * Makes sure this script runs under Node.js 24. When the Node on PATH is another major, the
 * pinned version is installed from the npm registry into .tools/ (the node-<os>-<arch>
 * package carries the binary and its headers) and this script is started again under it,
 * with that Node first on PATH (so pnpm, turbo and every child use it) and npm_config_nodedir
 * at its headers (so native addons such as better-sqlite3 build against it, not against a
 * system Node's headers). Returns only in the process that runs under Node 24.
 */
export async function ensureNode() {
  if (process.versions.node.split('.')[0] === nodeMajor) return;
  if (process.env.KEHOACH_NODE_BOOTSTRAPPED) {
    stop(`still on Node ${process.version} after switching to Node ${nodeVersion}: check PATH`);
  }
  const pkg = nodePackageName();
  if (!pkg) {
    stop(
      `no Node.js package on the npm registry for ${process.platform}/${process.arch}: install Node.js ${nodeMajor} yourself (https://nodejs.org) and run this again`,
    );
  }
  const prefix = join(root, '.tools', `node-v${nodeVersion}`);
  const home = join(prefix, 'node_modules', pkg);
  const bin = process.platform === 'win32' ? home : join(home, 'bin');
  const node = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(node)) {
    const found = spawnSync('npm', ['view', `${pkg}@${nodeVersion}`, 'version'], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (found.status === 0 && found.stdout.trim() === '') {
      stop(
        `the npm registry has no ${pkg}@${nodeVersion}: install Node.js ${nodeMajor} yourself (https://nodejs.org) and run this again`,
      );
    }
    log(`Node ${process.version} found; installing Node.js ${nodeVersion} into .tools/ (npm package ${pkg})`);
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `${pkg}@${nodeVersion}`,
      ],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (r.status !== 0 || !existsSync(node)) {
      stop(`could not install ${pkg}@${nodeVersion} from the npm registry (exit ${r.status ?? r.signal})`);
    }
  }
  log(`running under Node.js ${nodeVersion} (${node})`);
  const sep = process.platform === 'win32' ? ';' : ':';
  const child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: `${bin}${sep}${process.env.PATH ?? ''}`,
      npm_config_nodedir: home,
      KEHOACH_NODE_BOOTSTRAPPED: '1',
    },
  });
  // Ctrl+C reaches the child through the terminal's process group; keep this process alive
  // until the child has finished its own shutdown, then leave with its status.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) =>
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 128 : 1))),
  );
  process.exit(code);
}

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
  // Native addons were built for the Node that installed them: a tree installed under another
  // Node (an older clone, a switch of version) is rebuilt once for this one.
  const stamp = join(root, 'node_modules', '.kehoach-node');
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  if (built !== null && built !== process.version) {
    log(`dependencies were built under Node ${built}: rebuilding native addons for ${process.version}`);
    pnpm(bin, ['rebuild', '--recursive']);
  }
  writeFileSync(stamp, `${process.version}\n`);
}

/**
 * Installs Debian packages with apt-get (as root, or through `sudo -n`), once `apt-get update`
 * has run; exits the process with `hint` when that is not possible. The one place the
 * test command installs system packages (Chromium, LibreOffice, PostgreSQL).
 */
export function aptInstall(packages, hint) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  log(`installing Debian packages ${packages.join(', ')} with apt-get`);
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const cmd = [...sudo, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      log(`could not install ${packages.join(' ')}. ${hint}`);
      process.exit(1);
    }
  }
}

/** Debian's Chromium for the browser tests: CHROME_PATH, /usr/bin/chromium, or apt-get. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  log('Chromium not found');
  aptInstall(
    ['chromium', 'fonts-noto-core'],
    'Install it yourself (apt-get install chromium) or set CHROME_PATH.',
  );
  return '/usr/bin/chromium';
}
