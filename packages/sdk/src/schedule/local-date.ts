// Building an Intl.DateTimeFormat costs far more than using one; keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The day formatter of a time zone, kept; throws RangeError for a zone the runtime does not know. */
export function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    // Throws RangeError for an unknown zone, which is what a caller should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Calendar day (YYYY-MM-DD) of an instant in an IANA time zone (ngày theo giờ địa phương):
 * 2025-12-14T23:30:00Z is 2025-12-15 in Asia/Ho_Chi_Minh (UTC+7).
 * @throws {RangeError} for an invalid instant or an unknown time zone.
 */
export function localDate(instant: Date | string, timeZone: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  let y = '';
  let m = '';
  let day = '';
  for (const p of formatter(timeZone).formatToParts(d)) {
    if (p.type === 'year') y = p.value;
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') day = p.value;
  }
  return `${y.padStart(4, '0')}-${m}-${day}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = clockFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clockFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * Wall-clock time of an instant in an IANA time zone as ISO 8601 with the zone's offset at that
 * instant (giờ địa phương kèm độ lệch): 2026-11-20T03:00:00Z is "2026-11-20T10:00:00+07:00" in
 * Asia/Ho_Chi_Minh. What people are shown carries the offset, so it cannot be read as UTC.
 * @throws {RangeError} for an invalid instant or an unknown time zone.
 */
export function localDateTime(instant: Date | string, timeZone: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  const part: Record<string, number> = {};
  for (const p of clockFormatter(timeZone).formatToParts(d))
    if (p.type !== 'literal') part[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = Math.round((wall - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
