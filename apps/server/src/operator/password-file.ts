import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import type { IssuedPassword } from './accounts.js';
import { OperatorError } from './problems.js';

/**
 * The file generated passwords go to, for the operator to hand out: created new (an existing
 * file is never overwritten), readable by its owner only. Opened before anything is changed,
 * so that a bad path stops the command while nothing has been written.
 */
export class PasswordFile {
  readonly path: string;
  #fd: number | undefined;

  constructor(path: string) {
    this.path = path;
    try {
      this.#fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new OperatorError([
        code === 'EEXIST'
          ? { vi: `${path}: tệp đã có; hãy chọn tệp mới`, en: `${path}: the file exists; choose a new one` }
          : { vi: `${path}: không tạo được tệp (${code})`, en: `${path}: cannot create the file (${code})` },
      ]);
    }
  }

  /** Write `username,password` lines and close. */
  write(passwords: IssuedPassword[]): void {
    if (this.#fd === undefined) throw new Error('password file already closed');
    writeSync(
      this.#fd,
      `username,password\n${passwords.map((p) => `${p.username},${p.password}\n`).join('')}`,
    );
    closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** Close and remove the file: the command failed and no password was issued. */
  discard(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
    unlinkSync(this.path);
  }
}
