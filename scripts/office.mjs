// Finds or installs what the office checks of the exports need: LibreOffice headless to turn
// the docx into a PDF, poppler's pdfinfo/pdftotext/pdffonts/pdftoppm to read that PDF, and the
// Liberation fonts 2.x (metric-compatible with Times New Roman, and unlike 1.07 in
// fonts-liberation, with every Vietnamese letter: 1.07 lacks "ỉ", "ố", "ế" …, which LibreOffice
// then draws in another font) so the layout LibreOffice computes is the one Word computes. Only Debian packages, through
// aptInstall.
import { spawnSync } from 'node:child_process';
import { aptInstall, log } from './toolchain.mjs';

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
  log('LibreOffice or poppler missing');
  aptInstall(PACKAGES, `Install them yourself (apt-get install ${PACKAGES.join(' ')}).`);
  const soffice = onPath('soffice') || '/usr/bin/soffice';
  process.env.SOFFICE_PATH ??= soffice;
  return soffice;
}

// `node scripts/office.mjs` installs what is missing and prints the path of soffice.
if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureLibreOffice());
