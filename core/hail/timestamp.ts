// HAIL timestamps (hail-and-store.md section 2.7): bigint nanoseconds since the Unix epoch, UTC.
// Hand-written because Date keeps only milliseconds and Date.parse accepts non-RFC forms.

import { Timestamp } from './types';

const NS_PER_SEC = 1_000_000_000n;
const SECONDS_PER_DAY = 86400;

/** Seconds from 0000-01-01T00:00:00Z to the epoch (negative) and from the epoch to 10000-01-01. */
const MIN_SECONDS = -62167219200; // 0000-01-01T00:00:00Z
const MAX_SECONDS_EXCL = 253402300800; // 10000-01-01T00:00:00Z

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;

/** Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export class TimestampError extends Error {
  constructor(readonly value: string) {
    super(`invalid timestamp \`${value}\``);
    this.name = 'TimestampError';
  }
}

/** Parses the RFC 3339 read grammar of section 2.7. Throws TimestampError (``invalid timestamp `{value}` ``). */
export function parseTimestamp(s: string): Timestamp {
  const fast = parseCommonForm(s);
  if (fast !== undefined) return fast;
  const m = TIMESTAMP_RE.exec(s);
  if (m === null) throw new TimestampError(s);
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hh = +m[4];
  const mm = +m[5];
  const ss = +m[6];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) {
    throw new TimestampError(s);
  }
  let offset = 0;
  if (m[8] !== undefined) {
    const oh = +m[9];
    const om = +m[10];
    if (oh > 23 || om > 59) throw new TimestampError(s);
    offset = (oh * 60 + om) * 60;
    if (m[8] === '-') offset = -offset;
  }
  const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
  if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCL) throw new TimestampError(s);
  let nanos = 0;
  const frac = m[7];
  if (frac !== undefined) {
    // digits beyond the 9th are dropped, not rounded
    nanos = frac.length >= 9 ? +frac.slice(0, 9) : +frac * 10 ** (9 - frac.length);
  }
  return BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1000000;
}

/**
 * Hand-rolled parse of the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (no regex, no captures);
 * undefined for anything else, which then takes the general path.
 */
export function parseCommonForm(s: string): Timestamp | undefined {
  const len = s.length;
  if (len < 20 || s.charCodeAt(len - 1) !== 0x5a /* Z */) return undefined;
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54) return undefined;
  if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) return undefined;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  const hh = digit(s, 11) * 10 + digit(s, 12);
  const mm = digit(s, 14) * 10 + digit(s, 15);
  const ss = digit(s, 17) * 10 + digit(s, 18);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return undefined;
  let nanos = 0;
  let fracLen = 0;
  if (len > 20) {
    if (s.charCodeAt(19) !== 0x2e || len > 30) return undefined;
    fracLen = len - 21;
    if (fracLen < 1) return undefined;
    for (let i = 20; i < len - 1; i++) {
      const d = digit(s, i);
      if (d < 0) return undefined;
      nanos = nanos * 10 + d;
    }
    nanos *= 10 ** (9 - fracLen);
  }
  const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
  const t = BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
  // remember an input already in tsZ form: writers usually format the value they have just read
  if (fracLen === 0 || ((fracLen === 3 || fracLen === 6 || fracLen === 9) && !s.endsWith('000Z'))) {
    lastValue = t;
    lastText = s;
  }
  return t;
}

let lastValue: Timestamp | undefined;
let lastText = '';

/** Same as parseTimestamp but returns undefined instead of throwing. */
export function tryParseTimestamp(s: string): Timestamp | undefined {
  try {
    return parseTimestamp(s);
  } catch {
    return undefined;
  }
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function formatDigits(t: Timestamp): string {
  let secs = t / NS_PER_SEC;
  let nanos = Number(t - secs * NS_PER_SEC);
  if (nanos < 0) {
    nanos += 1_000_000_000;
    secs -= 1n;
  }
  const s = Number(secs);
  const days = Math.floor(s / SECONDS_PER_DAY);
  const sod = s - days * SECONDS_PER_DAY;
  const [y, mo, d] = civilFromDays(days);
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  let out =
    ys +
    '-' +
    pad2(mo) +
    '-' +
    pad2(d) +
    'T' +
    pad2(Math.floor(sod / 3600)) +
    ':' +
    pad2(Math.floor(sod / 60) % 60) +
    ':' +
    pad2(sod % 60);
  if (nanos !== 0) {
    if (nanos % 1_000_000 === 0) out += '.' + String(nanos / 1_000_000).padStart(3, '0');
    else if (nanos % 1000 === 0) out += '.' + String(nanos / 1000).padStart(6, '0');
    else out += '.' + String(nanos).padStart(9, '0');
  }
  return out;
}

/** `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
export function formatTsZ(t: Timestamp): string {
  if (t === lastValue) return lastText;
  // events of one record share its timestamp: format each value once
  if (t !== lastFormatted) {
    lastFormattedText = formatDigits(t) + 'Z';
    lastFormatted = t;
  }
  return lastFormattedText;
}

let lastFormatted: Timestamp | undefined;
let lastFormattedText = '';

/** Same digits as formatTsZ with `+00:00` instead of `Z`. */
export function formatTsOffset(t: Timestamp): string {
  return formatDigits(t) + '+00:00';
}

/** Timestamp from epoch milliseconds (fractional milliseconds are truncated toward negative infinity). */
export function timestampFromMillis(ms: number): Timestamp {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n;
}

/** Epoch milliseconds of a timestamp (floored). */
export function timestampToMillis(t: Timestamp): number {
  const ms = t / 1_000_000n;
  return Number(t < 0n && ms * 1_000_000n !== t ? ms - 1n : ms);
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
