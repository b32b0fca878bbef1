import {
  formatSourceUri,
  parseSourceUri,
  parseWebRoute,
  percentDecode,
  percentEncodeSegment,
  SourceUri,
  webRoute,
} from '../../../core/uri';
import { trim } from '../../../core/text';

// Deterministic PRNG (mulberry32) so failures reproduce.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'abcXYZ019-_.~',
  ' ',
  '+',
  '!',
  "'",
  '(',
  ')',
  '*',
  '%',
  '%2F',
  '%zz',
  '?',
  '#',
  '&',
  '=',
  ':',
  '@',
  ';',
  ',',
  '$',
  'é',
  'ß',
  '日本',
  '😀',
  '𝄞',
  '\u00a0',
  '\u3000',
  '\u0085',
  '\ufeff',
  '\t',
  '"',
  '<',
  '>',
  '[',
  ']',
  '{',
  '}',
  'ref',
  'path',
  'src',
  '..',
  '.',
];

function randomText(r: () => number, max: number): string {
  const n = 1 + Math.floor(r() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

/** A valid ref: trimmed and non-empty. */
function randomRef(r: () => number): string {
  for (;;) {
    const parts = [randomText(r, 6)];
    if (r() < 0.5) parts.push(randomText(r, 6));
    const ref = trim(parts.join('/'));
    if (ref.length > 0) return ref;
  }
}

/** A valid path piece: trimmed, non-empty, not `.`/`..`, no `/` or `\`. */
function randomPiece(r: () => number): string {
  for (;;) {
    const p = trim(randomText(r, 5));
    if (p.length > 0 && p !== '.' && p !== '..') return p;
  }
}

function randomPath(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => randomPiece(r)).join('/');
}

function randomHex(r: () => number): string {
  let s = '';
  for (let i = 0; i < 64; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
}

function randomOwner(r: () => number): string {
  const chars = 'abcXYZ0189._-';
  for (;;) {
    let s = '';
    const n = 1 + Math.floor(r() * 12);
    for (let i = 0; i < n; i++) s += chars[Math.floor(r() * chars.length)];
    if (s !== '.' && s !== '..') return s;
  }
}

function randomUri(r: () => number, kind: SourceUri['kind']): SourceUri {
  switch (kind) {
    case 'local':
      return { kind, sha256: randomHex(r) };
    case 'artifact':
      return { kind, sha256: randomHex(r) };
    case 'gh':
      return { kind, owner: randomOwner(r), repo: randomOwner(r), ref: randomRef(r), path: randomPath(r) };
    case 'gl':
      return { kind, project: randomText(r, 10), ref: randomRef(r), path: randomPath(r) };
    case 'git':
      return { kind, remote: 'https://h.example/' + randomText(r, 10), ref: randomRef(r), path: randomPath(r) };
  }
}

const KINDS: SourceUri['kind'][] = ['local', 'artifact', 'gh', 'gl', 'git'];

describe('parse(format(u)) = u', () => {
  test.each(KINDS)('%s: 400 random values', (kind) => {
    const r = rng(0x5eed + KINDS.indexOf(kind));
    for (let i = 0; i < 400; i++) {
      const u = randomUri(r, kind);
      const s = formatSourceUri(u);
      expect({ s, parsed: parseSourceUri(s) }).toEqual({ s, parsed: u });
      expect(formatSourceUri(parseSourceUri(s))).toBe(s);
      const route = webRoute(u);
      if (kind === 'local' || kind === 'artifact') {
        expect(route).toBeUndefined();
      } else {
        expect(route).toBe(s.replace(/^os:\/\//, '/'));
        expect(parseWebRoute(route!)).toEqual(u);
      }
    }
  });

  test.each<SourceUri>([
    { kind: 'gh', owner: 'a', repo: 'b', ref: "+!'()*%", path: "%/+/!'()*" },
    { kind: 'gh', owner: 'a', repo: 'b', ref: 'refs/heads/feature/x', path: 'sessions/abc.jsonl' },
    { kind: 'gh', owner: 'a', repo: 'b', ref: 'path', path: 'ref/path/src' },
    { kind: 'gh', owner: 'a', repo: 'b', ref: '%2F', path: '%2E%2E/%5C/%20' },
    { kind: 'gl', project: 'group/sub/repo', ref: 'a b', path: 'd i r/f i l e' },
    { kind: 'gl', project: '日本/😀', ref: '\ufeffbom', path: '\ufeff' },
    { kind: 'git', remote: 'git@host:x/y.git', ref: 'v1', path: '...' },
    { kind: 'git', remote: ' padded remote ', ref: 'a\u0085b', path: 'x\u3000y' },
  ])('fixed value %j', (u) => {
    expect(parseSourceUri(formatSourceUri(u))).toEqual(u);
    expect(parseWebRoute(webRoute(u)!)).toEqual(u);
  });
});

describe('encoding round-trips', () => {
  test('percentDecode(percentEncodeSegment(s)) = s for random text', () => {
    const r = rng(42);
    for (let i = 0; i < 1000; i++) {
      const s = randomText(r, 12);
      const enc = percentEncodeSegment(s);
      expect(enc).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
      expect(percentDecode(enc)).toBe(s);
    }
  });
});
