// Native timestamp reader of parsers.md 2.10 and small Timestamp helpers (bigint nanoseconds, UTC).
import { parseCommonForm } from '../../hail/timestamp';
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
  const fast = parseCommonForm(value);
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

/** Epoch milliseconds (a JSON number or a string of ASCII digits) → Timestamp. */
export function parseEpochMs(value: unknown): Timestamp | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return BigInt(Math.trunc(value)) * NS_PER_MS;
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value) * NS_PER_MS;
  return undefined;
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

export const SECOND_NS = NS_PER_S;
