// Line timestamps of a rollout: `parseNativeTimestamp` (parsers.md 2.10) with a cache of the last calendar day.
// Every rollout line carries `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`, and consecutive lines nearly always share the day:
// the day part is then taken from the cache and only the time of day is read.
import type { Timestamp } from '../../hail/types';
import { parseNativeTimestamp } from '../common/time';

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1000000;
}

/**
 * Nanoseconds since midnight of `HH:MM:SS[.f{1,9}]Z` at offset 11 of `s` (the common form of 2.10), or -1 when
 * `s` is not in that form from offset 10 on (`T` included). The day part is not looked at.
 */
function timeOfDayNs(s: string): number {
  const len = s.length;
  if (len < 20 || len > 30 || s.charCodeAt(len - 1) !== 0x5a /* Z */) return -1;
  if (s.charCodeAt(10) !== 0x54 /* T */ || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) return -1;
  const hh = digit(s, 11) * 10 + digit(s, 12);
  const mm = digit(s, 14) * 10 + digit(s, 15);
  const ss = digit(s, 17) * 10 + digit(s, 18);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return -1;
  let nanos = 0;
  if (len > 20) {
    if (s.charCodeAt(19) !== 0x2e /* . */ || len === 21) return -1;
    for (let i = 20; i < len - 1; i++) {
      const d = digit(s, i);
      if (d < 0) return -1;
      nanos = nanos * 10 + d;
    }
    nanos *= 10 ** (30 - len); // 9 - (len - 21) fraction digits
  }
  // below 86,400e9 + 1e9 < 2^53: exact
  return (hh * 3600 + mm * 60 + ss) * 1e9 + nanos;
}

/** parseNativeTimestamp with the day cache (same results for every input). */
export class LineClock {
  /** `YYYY-MM-DD` of the cached day, and its midnight. */
  private day = '';
  private midnight = 0n;

  read(value: unknown): Timestamp | undefined {
    if (typeof value !== 'string') return undefined;
    const day = this.day;
    if (day !== '' && value.length >= 20 && value.startsWith(day)) {
      const tod = timeOfDayNs(value);
      if (tod >= 0) return this.midnight + BigInt(tod);
    }
    const t = parseNativeTimestamp(value);
    if (t !== undefined) {
      const tod = timeOfDayNs(value);
      if (tod >= 0) {
        this.day = value.slice(0, 10);
        this.midnight = t - BigInt(tod);
      }
    }
    return t;
  }
}
