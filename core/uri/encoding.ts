// Encodings used by source URIs (hail-and-store.md 7.2) and ledger ref names (git-native.md 2.2).

import { UriError } from './types';

const UTF8_ENCODER = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF in the output (the default decoder silently drops it).
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const HEX = '0123456789ABCDEF';

function isUnreserved(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x2d || // -
    b === 0x5f || // _
    b === 0x2e || // .
    b === 0x7e // ~
  );
}

/** Decodes UTF-8 bytes strictly; `undefined` when they are not valid UTF-8. A leading BOM is kept. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return UTF8_DECODER.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Percent-encodes every UTF-8 byte of `s` except ASCII letters, digits and `-_.~` (uppercase hex).
 * Unlike `encodeURIComponent` this also escapes `! ' ( ) *`. A lone surrogate is encoded as U+FFFD
 * (it has no UTF-8 form).
 */
export function percentEncodeSegment(s: string): string {
  const bytes = UTF8_ENCODER.encode(s);
  let out = '';
  for (const b of bytes) {
    if (isUnreserved(b)) out += String.fromCharCode(b);
    else out += '%' + HEX[b >> 4] + HEX[b & 0x0f];
  }
  return out;
}

/** Splits `path` on `/`, encodes each segment with `percentEncodeSegment`, joins with `/`. */
export function encodePath(path: string): string {
  return path.split('/').map(percentEncodeSegment).join('/');
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/**
 * Percent-decodes `s`: `%XX` (hex digits of either case) becomes byte XX; a malformed escape (`%zz`, a lone
 * or truncated `%`) stays literal; `+` stays `+`; every other character contributes its UTF-8 bytes.
 * Returns `undefined` when the resulting bytes are not valid UTF-8 (or `s` itself holds a lone surrogate).
 */
export function percentDecode(s: string): string | undefined {
  if (!s.isWellFormed()) return undefined;
  if (s.indexOf('%') < 0) return s;
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out.push((hi << 4) | lo);
        i += 3;
        continue;
      }
    }
    // Copy one code point (1 or 2 UTF-16 units) as UTF-8.
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    for (const b of UTF8_ENCODER.encode(s.slice(i, i + len))) out.push(b);
    i += len;
  }
  return decodeUtf8Strict(Uint8Array.from(out));
}

/** base64url (RFC 4648 section 5 alphabet) without padding. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/** base64url without padding over the UTF-8 bytes of `s` (ledger ref tokens, `project_b64`, `remote_b64`). */
export function base64UrlEncodeString(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

const B64URL_CHARS = /^[A-Za-z0-9_-]*$/;
const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Strict base64url decoding to bytes, or `undefined`: padding `=`, `+`, `/` and any other character outside
 * `A-Z a-z 0-9 - _` are rejected, as are a length ≡ 1 (mod 4) and non-zero trailing bits.
 */
export function base64UrlDecodeBytesStrict(s: string): Uint8Array | undefined {
  if (!B64URL_CHARS.test(s)) return undefined;
  const rem = s.length % 4;
  if (rem === 1) return undefined;
  if (rem !== 0) {
    const last = B64URL_ALPHABET.indexOf(s[s.length - 1]);
    // rem 2: 12 bits carry 8 → low 4 bits unused; rem 3: 18 bits carry 16 → low 2 bits unused.
    const unusedMask = rem === 2 ? 0x0f : 0x03;
    if ((last & unusedMask) !== 0) return undefined;
  }
  return new Uint8Array(Buffer.from(s, 'base64url'));
}

/**
 * Strict base64url decoding to a UTF-8 string (hail-and-store.md 7.2; git-native.md 2.2). Throws
 * `UriError` (`InvalidBase64`, `invalid base64url segment: {s}`) on any rejection, including invalid UTF-8.
 */
export function base64UrlDecodeStrict(s: string): string {
  const bytes = base64UrlDecodeBytesStrict(s);
  const text = bytes === undefined ? undefined : decodeUtf8Strict(bytes);
  if (text === undefined) throw new UriError('InvalidBase64', `invalid base64url segment: ${s}`);
  return text;
}
