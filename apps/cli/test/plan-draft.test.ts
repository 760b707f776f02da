/**
 * `kehoach plan draft` as an operator runs it: the built command on the Đắk Nông document, the
 * files it writes, what it prints, and its refusals (a non-empty directory, a locked .docx).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dakNongRegistry } from '@kehoach/plans';
import { describe, expect, it } from 'vitest';

const kehoach = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const source = fileURLToPath(
  new URL('../../../packages/plans/sources/dak-nong-2021/plan.md', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'kehoach-plan-draft-'));
const registry = join(dir, 'registry.json');
writeFileSync(registry, JSON.stringify(dakNongRegistry));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [kehoach, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach plan draft', () => {
  it('writes the skeleton, the report, the source map and a copy of the document, and prints the report', () => {
    const r = run('plan', 'draft', source, '-o', 'dak-nong', '--registry', registry);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('6 nhóm nhiệm vụ, 16 nhiệm vụ');
    expect(r.stdout).toContain('11 assignments, 26 responsibilities');
    expect(r.stdout).toContain('/number/value (dòng/line 3): số văn bản để trống trong bản gốc');
    expect(r.stdout).toContain('87: Sở Tư pháp → dak-nong.so-tu-phap (1, name)');
    const out = join(dir, 'dak-nong');
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.taskGroups).toHaveLength(6);
    expect(plan.reporting.due).toEqual({ month: 12, day: 15 });
    const report = JSON.parse(readFileSync(join(out, 'draft-report.json'), 'utf8'));
    expect(report.found).toMatchObject({ tasks: 16, responsibilities: 26, recipients: 10 });
    expect(report.source).toMatchObject({ file: 'plan.md', format: 'md', encoding: 'utf-8' });
    const map = JSON.parse(readFileSync(join(out, 'source-map.json'), 'utf8'));
    expect(map).toContainEqual({ pointer: '/signer/name', line: 162 });
    expect(readFileSync(join(out, 'plan.md'))).toEqual(readFileSync(source));
  });

  it('refuses to write into a directory that is not empty, unless --force', () => {
    writeFileSync(join(dir, 'dak-nong', 'plan.json'), '{"edited": true}\n');
    const r = run('plan', 'draft', source, '-o', 'dak-nong');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dak-nong: thư mục đã có tệp; không ghi đè (thêm --force để ghi đè)');
    expect(r.stderr).toContain('the directory is not empty');
    expect(readFileSync(join(dir, 'dak-nong', 'plan.json'), 'utf8')).toBe('{"edited": true}\n');
    const forced = run('plan', 'draft', source, '-o', 'dak-nong', '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'dak-nong', 'plan.json'), 'utf8')).edited).toBeUndefined();
  });

  it('refuses a password-protected .docx with exit status 1, in both languages, writing nothing', () => {
    const locked = join(dir, 'khoa.docx');
    writeFileSync(
      locked,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const r = run('plan', 'draft', locked, '-o', 'khoa');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('khoa.docx: tệp được bảo vệ bằng mật khẩu');
    expect(r.stderr).toContain('khoa.docx: the file is password-protected');
    expect(existsSync(join(dir, 'khoa'))).toBe(false);
  });

  it('refuses a registry that is not one, naming the field', () => {
    writeFileSync(join(dir, 'bad-registry.json'), JSON.stringify({ agencies: [{ id: 'x' }] }));
    const r = run('plan', 'draft', source, '-o', 'other', '--registry', 'bad-registry.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-registry.json agencies.0.name');
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });

  it('says what is missing from the command line (status 2) and lists itself in --help', () => {
    const r = run('plan', 'draft', source);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thiếu -o <thư mục>');
    expect(r.stderr).toContain('-o <directory> is required');
    expect(run('--help').stdout).toContain('kehoach plan draft <văn bản.docx|.txt|.md> -o <thư mục>');
  });
});
