// The secret-redaction rule table (hail-and-store.md section 6.3). This is the single place where rules are
// defined; the engine (engine.ts) only knows the generic `RedactionRule` shape.
//
// Each rule's `pattern` is the normative JS regex of the spec, verbatim (flags `g` + `d`, plus `i` where the spec
// has it). Two families get a hand-written `scan` that returns exactly the spans the pattern would produce under the
// spec's scanning loop (a match failing the rule's condition resumes at match start + 1) but in linear time: the spec
// regexes for `key_value_secret` and for URL credentials backtrack quadratically over long runs of key/scheme
// characters (a 300 KB base64url blob took ~4 s). Differential tests in __tests__/core/redact pin `scan` to `pattern`.
//
// Extending: a maintained rule set appends rules after these (lower priority) via `[...REDACTION_RULES, extra]`;
// the baseline entries and their order must not change.

import { asciiLower } from '../text';

/** A half-open range `[start, end)` of UTF-16 code units in the scanned text: the part that is replaced. */
export interface Span {
  start: number;
  end: number;
}

export interface RedactionRule {
  /** Rule id used in `[REDACTED:<id>]` and in counts. Several rules may share an id. */
  readonly id: string;
  /** Normative pattern (global, with `d` for group indices). */
  readonly pattern: RegExp;
  /** Groups whose span is replaced: the first participating group of the list; `undefined` = the whole match. */
  readonly spanGroups?: readonly number[];
  /** Extra condition on a match; a failing match resumes the scan at its start + 1. */
  readonly accept?: (match: RegExpExecArray) => boolean;
  /**
   * A cheap necessary condition: when it does not match the text, the rule cannot match it either. It is also
   * OR-ed (case-insensitively, so it only gets weaker) into the engine's combined "could anything match" test.
   */
  readonly hint?: RegExp;
  /** Optional equivalent of scanning `pattern` (same spans, same order), used instead of the regex for speed. */
  readonly scan?: (text: string) => Span[];
}

// ---------------------------------------------------------------------------------------------
// key_value_secret key and value tests

/** Suffixes of the key test (key ASCII-lowercased with `_`, `-`, `.` removed). */
export const SECRET_KEY_SUFFIXES: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'accountkey',
  'authkey',
  'credential',
  'credentials',
];

const MAX_SUFFIX_LENGTH = Math.max(...SECRET_KEY_SUFFIXES.map((s) => s.length));

function endsWithSecretSuffix(condensedLower: string): boolean {
  for (const suffix of SECRET_KEY_SUFFIXES) if (condensedLower.endsWith(suffix)) return true;
  return false;
}

/** Answers of {@link isSecretKeyName} by key: sessions repeat the same few keys on every event. */
const secretKeyMemo = new Map<string, boolean>();
const SECRET_KEY_MEMO_MAX = 4096;

/** Key test of `key_value_secret` (also used for structured secrets in attributes and `Json` data). */
export function isSecretKeyName(key: string): boolean {
  let secret = secretKeyMemo.get(key);
  if (secret === undefined) {
    secret = endsWithSecretSuffix(asciiLower(key).replace(/[-_.]/g, ''));
    if (secretKeyMemo.size < SECRET_KEY_MEMO_MAX) secretKeyMemo.set(key, secret);
  }
  return secret;
}

const EXCLUDED_WORDS = new Set(['true', 'false', 'null', 'none', 'undefined']);

/**
 * Value test: true when the value is an excluded value (`true`/`false`/`null`/`none`/`undefined` in any ASCII case,
 * a value starting with `$` or `<`, or a value consisting only of `*`). The empty string consists only of `*`
 * (vacuously), so it is excluded too; text matches are never empty.
 */
export function isExcludedSecretValue(value: string): boolean {
  if (value.length === 0) return true;
  const c = value.charCodeAt(0);
  if (c === 0x24 /* $ */ || c === 0x3c /* < */) return true;
  if (value.length <= 9 && EXCLUDED_WORDS.has(asciiLower(value))) return true;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== 0x2a /* * */) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Character classes used by the scanners

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
/** `[A-Za-z_]` */
function isKeyStart(c: number): boolean {
  return isAsciiLetter(c) || c === 0x5f;
}
/** `[A-Za-z0-9_.-]` */
function isKeyChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}
/** `[A-Za-z0-9_.]` (the key lookbehind) */
function isKeyLookbehindChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e;
}
/** JS regex `\w` without the `u` flag */
function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
}
/** `[A-Za-z0-9+.-]` (URL scheme characters) */
function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d;
}
/** JS regex `\s` */
function isJsSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** Line terminators (what `.` does not match without the `s` flag). */
function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
/** Characters excluded from the unquoted value `[^\s"'`,;&\]}]`. */
function endsUnquotedValue(c: number): boolean {
  return (
    isJsSpace(c) ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x26 ||
    c === 0x5d ||
    c === 0x7d
  );
}

// ---------------------------------------------------------------------------------------------
// key_value_secret scanner (rule 15)

interface ValueMatch {
  /** value group span (quotes excluded) */
  start: number;
  end: number;
  /** end of the whole match */
  matchEnd: number;
}

/** The value part of rule 15 at `v` (after `[=:][ \t]*`): the three alternatives, in regex order. */
function matchValue(text: string, v: number): ValueMatch | null {
  const n = text.length;
  if (v >= n) return null;
  const first = text.charCodeAt(v);
  if (first === 0x22 /* " */) {
    // "((?:[^"\\\r\n]|\\.)+)"
    let k = v + 1;
    for (;;) {
      if (k >= n) return null;
      const c = text.charCodeAt(k);
      if (c === 0x22) break;
      if (c === 0x5c /* \ */) {
        if (k + 1 >= n || isLineTerminator(text.charCodeAt(k + 1))) return null;
        k += 2;
      } else if (c === 0x0a || c === 0x0d) {
        return null;
      } else {
        k++;
      }
    }
    return k > v + 1 ? { start: v + 1, end: k, matchEnd: k + 1 } : null;
  }
  if (first === 0x27 /* ' */) {
    // '([^'\r\n]+)'
    let k = v + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === 0x27 || c === 0x0a || c === 0x0d) break;
      k++;
    }
    if (k >= n || text.charCodeAt(k) !== 0x27 || k === v + 1) return null;
    return { start: v + 1, end: k, matchEnd: k + 1 };
  }
  // ([^\s"'`,;&\]}]+)
  let k = v;
  while (k < n && !endsUnquotedValue(text.charCodeAt(k))) k++;
  return k > v ? { start: v, end: k, matchEnd: k } : null;
}

/** Condensed (lowercased, `_-.` removed) key `text[start, end)` ends with a secret suffix; reads at most the tail. */
function keyTailIsSecret(text: string, start: number, end: number): boolean {
  let tail = '';
  for (let k = end - 1; k >= start && tail.length < MAX_SUFFIX_LENGTH; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5f || c === 0x2d || c === 0x2e) continue;
    tail = String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c) + tail;
  }
  return endsWithSecretSuffix(tail);
}

function nextSeparator(text: string, from: number, cache: { eq: number; colon: number }): number {
  if (cache.eq !== -1 && cache.eq < from) cache.eq = text.indexOf('=', from);
  if (cache.colon !== -1 && cache.colon < from) cache.colon = text.indexOf(':', from);
  if (cache.eq === -1) return cache.colon;
  if (cache.colon === -1) return cache.eq;
  return Math.min(cache.eq, cache.colon);
}

/**
 * Spans of rule 15, equal to scanning KEY_VALUE_PATTERN with the key and value tests. A match is anchored at its
 * `[=:]`; the key before it is always the maximal run of key characters (a shorter key would be followed by a key
 * character, which is neither the closing quote, `[ \t]` nor `[=:]`), so the candidate match starts for one
 * separator are the run start and every key start right after a `-` (the only key character outside the
 * lookbehind class). They all share the value, and since shorter keys are suffixes of longer ones, the leftmost
 * start at or after the scan position passes the key test whenever any does.
 */
export function scanKeyValueSecrets(text: string): Span[] {
  const spans: Span[] = [];
  const cache = { eq: -2, colon: -2 };
  cache.eq = text.indexOf('=');
  cache.colon = text.indexOf(':');
  let last = 0; // lastIndex of the emulated regex
  for (let c = nextSeparator(text, 0, cache); c !== -1; c = nextSeparator(text, c + 1, cache)) {
    let i = c;
    while (i > 0) {
      const s = text.charCodeAt(i - 1);
      if (s !== 0x20 && s !== 0x09) break;
      i--;
    }
    if (i === 0) continue;
    const before = text.charCodeAt(i - 1);
    let keyEnd: number;
    let quote = -1;
    if (before === 0x22 || before === 0x27) {
      quote = before;
      keyEnd = i - 1;
    } else if (isKeyChar(before)) {
      keyEnd = i;
    } else {
      continue;
    }
    let runStart = keyEnd;
    while (runStart > 0 && isKeyChar(text.charCodeAt(runStart - 1))) runStart--;
    if (runStart === keyEnd) continue;

    let keyStart = -1;
    if (quote !== -1) {
      // (["']) key \1 : the opening quote sits right before the run
      const q = runStart - 1;
      if (
        q >= last &&
        text.charCodeAt(q) === quote &&
        isKeyStart(text.charCodeAt(runStart)) &&
        (q === 0 || !isKeyLookbehindChar(text.charCodeAt(q - 1)))
      ) {
        keyStart = runStart;
      }
    } else {
      for (let s = Math.max(runStart, last); s < keyEnd; s++) {
        if (!isKeyStart(text.charCodeAt(s))) continue;
        if (s > runStart && text.charCodeAt(s - 1) !== 0x2d /* - */) continue;
        keyStart = s;
        break;
      }
    }
    if (keyStart === -1 || !keyTailIsSecret(text, keyStart, keyEnd)) continue;

    let v = c + 1;
    while (v < text.length) {
      const s = text.charCodeAt(v);
      if (s !== 0x20 && s !== 0x09) break;
      v++;
    }
    // Cheap exclusion first: a value starting with `$` or `<` fails whatever its extent.
    const first = text.charCodeAt(v);
    const contentFirst = first === 0x22 || first === 0x27 ? text.charCodeAt(v + 1) : first;
    if (contentFirst === 0x24 || contentFirst === 0x3c) continue;
    const value = matchValue(text, v);
    if (value === null || isExcludedSecretValue(text.slice(value.start, value.end))) continue;
    spans.push({ start: value.start, end: value.end });
    last = value.matchEnd;
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// URL credential scanner (rules 11 and 12)

/** Schemes of rule 11 (`connection_string`), compared ASCII-lowercased. */
export const CONNECTION_STRING_SCHEMES: readonly string[] = [
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
];
const CONNECTION_SCHEME_SET = new Set(CONNECTION_STRING_SCHEMES);
const MAX_SCHEME_LENGTH = Math.max(...CONNECTION_STRING_SCHEMES.map((s) => s.length));

function isConnectionScheme(scheme: string): boolean {
  return scheme.length <= MAX_SCHEME_LENGTH && CONNECTION_SCHEME_SET.has(asciiLower(scheme));
}

/** The part of the URL pattern after the scheme; sticky, anchored at the `:` of `://`. */
const URL_TAIL = /:\/\/[^\s:@/?#]+:([^\s/?#]+)@/dy;

/**
 * Spans of the URL pattern whose scheme passes `wantConnectionScheme` (rule 11) or fails it (rule 12). The scheme
 * is the whole run of scheme characters before `://` from some word-boundary letter on; the rest of the match does
 * not depend on where the scheme starts, so each `://` is parsed once.
 */
function scanUrlPasswords(text: string, wantConnectionScheme: boolean): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (let c = text.indexOf('://'); c !== -1; c = text.indexOf('://', c + 1)) {
    if (c <= last) continue;
    URL_TAIL.lastIndex = c;
    const m = URL_TAIL.exec(text);
    if (m === null) continue;
    let runStart = c;
    while (runStart > last && isSchemeChar(text.charCodeAt(runStart - 1))) runStart--;
    for (let s = runStart; s < c; s++) {
      if (!isAsciiLetter(text.charCodeAt(s))) continue;
      if (s > 0 && isWordChar(text.charCodeAt(s - 1))) continue; // \b
      const isConn = c - s <= MAX_SCHEME_LENGTH && isConnectionScheme(text.slice(s, c));
      if (isConn !== wantConnectionScheme) continue;
      const [start, end] = m.indices![1];
      spans.push({ start, end });
      last = URL_TAIL.lastIndex;
      break;
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// The table

const URL_PATTERN_SOURCE = String.raw`\b([A-Za-z][A-Za-z0-9+.-]*):\/\/[^\s:@\/?#]+:([^\s\/?#]+)@`;

/** Keyword skeleton shared by every secret key suffix (`pass`, `secret`, `token`, `key`, `cred`), `_-.` allowed between letters. */
const KEY_NAME_HINT =
  /p[-_.]*a[-_.]*s[-_.]*s|s[-_.]*e[-_.]*c[-_.]*r[-_.]*e[-_.]*t|t[-_.]*o[-_.]*k[-_.]*e[-_.]*n|k[-_.]*e[-_.]*y|c[-_.]*r[-_.]*e[-_.]*d/i;

/** The 15 baseline rules of section 6.3, in priority order. */
export const REDACTION_RULES: readonly RedactionRule[] = Object.freeze([
  {
    id: 'private_key',
    pattern: /-----BEGIN[ A-Z0-9]*PRIVATE KEY-----[\s\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY-----|$)/dg,
    hint: /-----BEGIN/,
  },
  {
    id: 'anthropic_api_key',
    pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/dg,
    hint: /sk-ant-/,
  },
  {
    id: 'openai_api_key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/dg,
    hint: /sk-/,
  },
  {
    id: 'github_token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/dg,
    hint: /gh[pousr]_|github_pat_/,
  },
  {
    id: 'gitlab_token',
    pattern: /\bgl(?:pat|dt|ptt|rt|cbt|oas|ft|imt|soat|agent)-[A-Za-z0-9_-]{20,}/dg,
    hint: /gl(?:pat|dt|ptt|rt|cbt|oas|ft|imt|soat|agent)-/,
  },
  {
    id: 'aws_access_key_id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg,
    hint: /AKIA|ASIA|ABIA|ACCA/,
  },
  {
    id: 'google_api_key',
    pattern: /\bAIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/dg,
    hint: /AIza/,
  },
  {
    id: 'slack_token',
    pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/dg,
    hint: /xox[abposr]-/,
  },
  {
    id: 'stripe_key',
    pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/dg,
    hint: /[sr]k_(?:live|test)_/,
  },
  {
    id: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/dg,
    hint: /eyJ/,
  },
  {
    id: 'connection_string',
    pattern: new RegExp(URL_PATTERN_SOURCE, 'dg'),
    spanGroups: [2],
    accept: (m) => isConnectionScheme(m[1]),
    hint: /:\/\//,
    scan: (text) => scanUrlPasswords(text, true),
  },
  {
    id: 'url_credentials',
    pattern: new RegExp(URL_PATTERN_SOURCE, 'dg'),
    spanGroups: [2],
    accept: (m) => !isConnectionScheme(m[1]),
    hint: /:\/\//,
    scan: (text) => scanUrlPasswords(text, false),
  },
  {
    id: 'connection_string',
    pattern: /(?<![A-Za-z0-9_])(?:password|pwd|accountkey|sharedaccesskey)[ \t]*=[ \t]*([^;\r\n]+)(?=;)/dgi,
    spanGroups: [1],
    hint: /password|pwd|accountkey|sharedaccesskey/i,
  },
  {
    id: 'bearer_token',
    // eslint-disable-next-line no-useless-escape -- verbatim from the spec
    pattern: /\bbearer[ \t]+((?=[A-Za-z._~+\/-]*[0-9])[A-Za-z0-9._~+\/-]{16,}=*)/dgi,
    spanGroups: [1],
    hint: /bearer/i,
  },
  {
    id: 'key_value_secret',
    pattern:
      /(?<![A-Za-z0-9_.])(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*[=:][ \t]*(?:"((?:[^"\\\r\n]|\\.)+)"|'([^'\r\n]+)'|([^\s"'`,;&\]}]+))/dg,
    spanGroups: [3, 4, 5],
    accept: (m) => isSecretKeyName(m[2]) && !isExcludedSecretValue(m[3] ?? m[4] ?? m[5]),
    hint: KEY_NAME_HINT,
    scan: scanKeyValueSecrets,
  },
] satisfies RedactionRule[]);

/** Distinct rule ids in priority order (first occurrence); `connection_string` is shared by rules 11 and 13. */
export const REDACTION_RULE_IDS: readonly string[] = Object.freeze([...new Set(REDACTION_RULES.map((r) => r.id))]);

// ---------------------------------------------------------------------------------------------
// Second-round kinds (amendments-2 A1.1). Token kinds rank with the other token rules; the header, command-line and
// `password=` kinds rank after every token rule (a `GH_TOKEN=ghp_…` stays a github_token) but before the baseline
// key/value rule, so where both start at the same place the wider A1 span wins (for example
// `password=Tr0ub4dor&3xyz`, whose value the baseline rule stops at `&`).

/** Value characters of A1's `password=` rule: everything up to whitespace or a quote. */
const ASSIGNED_VALUE = String.raw`[^\s"'\x60]+`;

/** `PWD=/home/x` (the shell's working directory, also inside `OLDPWD`) is a path, not a password. */
function isPwdPath(m: RegExpExecArray): boolean {
  if (!/^pwd/i.test(m[0])) return false;
  return /^(?:[/~.]|[A-Za-z]:\\)/.test(m[1]);
}

const ADDED_TOKEN_IDS = new Set(['slack_webhook', 'discord_webhook', 'npm_token', 'huggingface_token']);

export const ADDED_REDACTION_RULES: readonly RedactionRule[] = Object.freeze([
  {
    id: 'slack_webhook',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+=-]+/dg,
    hint: /hooks\.slack\.com/,
  },
  {
    id: 'discord_webhook',
    pattern: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]+\/[A-Za-z0-9_-]+/dg,
    hint: /discord/,
  },
  {
    id: 'basic_auth',
    pattern: /\bAuthorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]+([A-Za-z0-9+/_-]{4,}=*)/dgi,
    spanGroups: [1],
    hint: /basic/i,
  },
  {
    id: 'bearer_token',
    pattern: /\bAuthorization["']?[ \t]*[:=][ \t]*["']?Bearer[ \t]+([^\s"'`]+)/dgi,
    spanGroups: [1],
    accept: (m) => !isExcludedSecretValue(m[1]),
    hint: /bearer/i,
  },
  {
    id: 'cli_password',
    // curl -u user:pass / --user user:pass / --user=user:pass: the password part
    pattern: /\bcurl\b[^\r\n]*?[ \t](?:-u|--user)(?:[ \t]+|=)["']?[^\s"':]*:([^\s"']+)/dg,
    spanGroups: [1],
    hint: /curl/,
  },
  {
    id: 'cli_password',
    // mysql -pSECRET, psql … -pSECRET (glued: a separate `-p 5432` is a port, not a password)
    pattern: /\b(?:mysql|mysqldump|mysqladmin|mariadb|psql|pg_dump|pg_restore)\b[^\r\n]*?[ \t]-p([^\s"'-][^\s"']*)/dg,
    spanGroups: [1],
    hint: /mysql|mariadb|psql|pg_dump|pg_restore/,
  },
  {
    id: 'key_value_secret',
    // password=…, token=… unquoted: the value runs to whitespace or a quote (`&`, `;`, `#` are part of it); quoted
    // values are the baseline rule's
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9.])(?:password|passwd|pwd|secret|token)[ \t]*=[ \t]*(${ASSIGNED_VALUE})`,
      'dgi',
    ),
    spanGroups: [1],
    accept: (m) => !isExcludedSecretValue(m[1]) && !isPwdPath(m),
    hint: /password|passwd|pwd|secret|token/i,
  },
  {
    id: 'npm_token',
    pattern: /\bnpm_[A-Za-z0-9]{36,}/dg,
    hint: /npm_/,
  },
  {
    id: 'huggingface_token',
    pattern: /\bhf_[A-Za-z0-9]{30,}/dg,
    hint: /hf_/,
  },
] satisfies RedactionRule[]);

/** `--password <pass>`: ranks last, so `--password=<pass>` keeps the baseline key/value rule's id (6.5 vectors). */
const PASSWORD_OPTION_RULE: RedactionRule = {
  id: 'cli_password',
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])--password(?:=|[ \t]+(?!-))["']?(${ASSIGNED_VALUE})`, 'dg'),
  spanGroups: [1],
  accept: (m) => !isExcludedSecretValue(m[1]),
  hint: /--password/,
};

/** Every rule of the text layer, in priority order (see the comment above `ADDED_REDACTION_RULES`). */
export const SECRET_RULES: readonly RedactionRule[] = Object.freeze([
  ...ADDED_REDACTION_RULES.filter((r) => ADDED_TOKEN_IDS.has(r.id)),
  ...REDACTION_RULES.slice(0, -1),
  ...ADDED_REDACTION_RULES.filter((r) => !ADDED_TOKEN_IDS.has(r.id)),
  REDACTION_RULES[REDACTION_RULES.length - 1],
  PASSWORD_OPTION_RULE,
]);

/**
 * Prefixes of A1.3: a cut text whose last token starts with one of these lost the rest of a secret, so the token is
 * replaced whole.
 */
export const CUT_SECRET_PREFIX =
  /(?<![A-Za-z0-9])(?:gh[pousr]_|github_pat_|glpat-|xox[abpr]-|sk-ant-|sk-|sk_live_|rk_live_|AKIA|ASIA|AIza|npm_|hf_|-----BEGIN|https:\/\/hooks\.slack\.com\/)/;
