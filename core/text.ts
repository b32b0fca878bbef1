// Text helpers with the exact semantics of hail-and-store.md section 1.
// Use these instead of String.prototype.trim / toLowerCase / sort where the spec names them.

const WHITESPACE_CODES = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export function isWhitespace(code: number): boolean {
  return WHITESPACE_CODES.has(code);
}

/** Removes leading and trailing Unicode White_Space (not U+FEFF; U+0085 included). */
export function trim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && WHITESPACE_CODES.has(s.charCodeAt(start))) start++;
  while (end > start && WHITESPACE_CODES.has(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** A string value that is non-empty after trim ("set"): returns the trimmed value, else undefined. */
export function setString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = trim(value);
  return t.length > 0 ? t : undefined;
}

const WHITESPACE_RUN = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Splits on whitespace runs, drops empty pieces, joins with one space. */
export function collapse(s: string): string {
  return s
    .split(WHITESPACE_RUN)
    .filter((p) => p.length > 0)
    .join(' ');
}

/** Truncates to at most n UTF-8 bytes (cut at max(n-3,0) on a code-point boundary, then `...`). */
export function truncate(s: string, n: number): string {
  if (Buffer.byteLength(s, 'utf8') <= n) return s;
  const limit = Math.max(n - 3, 0);
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > limit) break;
    bytes += size;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return s.slice(0, i) + '...';
}

/** Drops later duplicates, keeping first-occurrence order. */
export function dedupe<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Maps only A-Z to a-z. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * Byte-wise (UTF-8, unsigned) comparison. UTF-8 order equals code-point order, which differs from
 * UTF-16 code-unit order only when a surrogate is compared with a unit in U+E000..U+FFFF.
 */
export function compareBytewise(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys && (x >= 0xe000 || y >= 0xe000)) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** Sets `obj[key] = value` as an own data property, also for the key `__proto__`. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
