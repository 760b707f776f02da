// Building an Intl.DateTimeFormat costs far more than using one; keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
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
