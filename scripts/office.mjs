// Finds or installs what the office checks of the exports need: LibreOffice headless to turn
// the docx into a PDF, poppler's pdfinfo/pdftotext/pdffonts/pdftoppm to read that PDF, and the
// Liberation fonts 2.x (metric-compatible with Times New Roman, and unlike 1.07 in
// fonts-liberation, with every Vietnamese letter: 1.07 lacks "ỉ", "ố", "ế" …, which LibreOffice
// then draws in another font) so the layout LibreOffice computes is the one Word computes. Only Debian packages through apt-get, like ensureChromium.
import { spawnSync } from 'node:child_process';
import { log } from './toolchain.mjs';

const PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-liberation2'];

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function fontsPresent() {
  const r = spawnSync('fc-list', [':family=Liberation Serif', 'file'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('/liberation2/');
}

/**
 * The path of `soffice`, installing Debian's libreoffice-writer-nogui, poppler-utils and
 * fonts-liberation2 with apt-get (as root, or through `sudo -n`) when one of them is missing.
 * Exits the process with a message when that is not possible: the office checks must not be
 * skipped in CI for want of a tool.
 */
export function ensureLibreOffice() {
  const found = onPath('soffice') || onPath('libreoffice');
  if (found && onPath('pdftotext') && onPath('pdffonts') && fontsPresent()) {
    process.env.SOFFICE_PATH ??= found;
    return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  log(`LibreOffice or poppler missing: installing Debian packages ${PACKAGES.join(', ')} with apt-get`);
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES],
  ]) {
    const cmd = [...sudo, ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      log(`could not install LibreOffice. Install it yourself (apt-get install ${PACKAGES.join(' ')}).`);
      process.exit(1);
    }
  }
  const soffice = onPath('soffice') || '/usr/bin/soffice';
  process.env.SOFFICE_PATH ??= soffice;
  return soffice;
}

// `node scripts/office.mjs` installs what is missing and prints the path of soffice.
if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureLibreOffice());
