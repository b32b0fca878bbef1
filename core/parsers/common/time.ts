// Native timestamp reader of parsers.md 2.10 and small Timestamp helpers (bigint nanoseconds, UTC).
import type { Timestamp } from '../../hail/types';

const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const NATIVE_TS = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;

/**
 * 2.10 native reader: RFC 3339 with `Z`/`z` or `±hh:mm` (separator `T`, `t` or space), or a naive
 * `YYYY-MM-DDTHH:MM:SS[.fraction]` taken as UTC. Up to 9 fractional digits are kept.
 */
export function parseNativeTimestamp(value: unknown): Timestamp | undefined {
  if (typeof value !== 'string') return undefined;
  const fast = fastUtc(value);
  if (fast !== undefined) return fast;
  const m = NATIVE_TS.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[9] !== undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  } // no offset at all: a naive time, taken as UTC
  const fraction = m[7] ?? '';
  const nanos = fraction === '' ? 0 : Number((fraction + '00000000').slice(0, 9));
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return BigInt(seconds) * NS_PER_S + BigInt(nanos);
}

let cachedYmd = -1;
let cachedDays = 0;

function digit(v: string, i: number): number {
  const d = v.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

/**
 * Fast path for the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (hot in large logs); anything else,
 * including invalid values, goes through the full reader.
 */
function fastUtc(v: string): Timestamp | undefined {
  const n = v.length;
  if (
    n < 20 ||
    n > 30 ||
    v.charCodeAt(n - 1) !== 90 ||
    v.charCodeAt(4) !== 45 ||
    v.charCodeAt(7) !== 45 ||
    v.charCodeAt(10) !== 84 ||
    v.charCodeAt(13) !== 58 ||
    v.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const month = digit(v, 5) * 10 + digit(v, 6);
  const day = digit(v, 8) * 10 + digit(v, 9);
  const hour = digit(v, 11) * 10 + digit(v, 12);
  const minute = digit(v, 14) * 10 + digit(v, 15);
  const second = digit(v, 17) * 10 + digit(v, 18);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  )
    return undefined;
  let nanos = 0;
  let fracDigits = 0;
  if (n > 20) {
    if (v.charCodeAt(19) !== 46) return undefined;
    fracDigits = n - 21;
    if (fracDigits < 1 || fracDigits > 9) return undefined;
    for (let i = 20; i < n - 1; i++) {
      const d = digit(v, i);
      if (d < 0) return undefined;
      nanos = nanos * 10 + d;
    }
    for (let i = fracDigits; i < 9; i++) nanos *= 10;
  }
  const ymd = year * 10000 + month * 100 + day;
  if (ymd !== cachedYmd) {
    if (day > daysInMonth(year, month)) return undefined;
    cachedDays = daysFromCivil(year, month, day);
    cachedYmd = ymd;
  }
  const seconds = cachedDays * 86400 + hour * 3600 + minute * 60 + second;
  if (nanos % 1_000_000 === 0) return BigInt(seconds * 1000 + nanos / 1_000_000) * NS_PER_MS;
  return BigInt(seconds) * NS_PER_S + BigInt(nanos);
}

/** Epoch milliseconds (a JSON number or a string of ASCII digits) → Timestamp. */
export function parseEpochMs(value: unknown): Timestamp | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return BigInt(Math.trunc(value)) * NS_PER_MS;
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value) * NS_PER_MS;
  return undefined;
}

export function timestampFromMs(ms: number): Timestamp {
  return BigInt(Math.trunc(ms)) * NS_PER_MS;
}

/** Milliseconds since the epoch, floored. */
export function toEpochMs(ts: Timestamp): bigint {
  const q = ts / NS_PER_MS;
  return ts < 0n && q * NS_PER_MS !== ts ? q - 1n : q;
}

/** Whole milliseconds between two timestamps (b − a), floored, never negative. */
export function durationMs(a: Timestamp, b: Timestamp): number {
  if (b <= a) return 0;
  return Number((b - a) / NS_PER_MS);
}

/** Absolute difference in nanoseconds. */
export function absDiff(a: Timestamp, b: Timestamp): bigint {
  return a > b ? a - b : b - a;
}

export const SECOND_NS = NS_PER_S;
