/**
 * Sort rows by a text key in code-point order, as SQLite's default (BINARY) collation does.
 * PostgreSQL orders text by the database's collation (with `en_US.UTF-8`, `-` and `.` are all
 * but ignored), so lists whose order clients see are sorted here, the same on both databases.
 */
export function sortByText<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
