"use strict";
exports.id = 7472;
exports.ids = [7472];
exports.modules = {

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pl: () => (/* binding */ addCount),
  xL: () => (/* binding */ marker),
  ib: () => (/* binding */ redactCutTail),
  fp: () => (/* binding */ redactSecrets),
  Rd: () => (/* binding */ redactText),
  wv: () => (/* binding */ totalCount)
});

// UNUSED EXPORTS: mergeCounts, redactSecretlint, regexSpans, ruleSpans, stripHomePaths

// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/redact/rules.ts
var redact_rules = __webpack_require__(3171);
;// CONCATENATED MODULE: ./core/redact/secretlint.ts
// Second redaction layer (amendments-2 A1.2): the rules of the secretlint recommended preset
// (@secretlint/secretlint-rule-preset-recommend), run after the spec rules on what they left.
//
// `@secretlint/core`'s `lintSource` is async only, which would make every redaction caller async. The preset's
// scanners themselves are synchronous functions of the text (`create(context).file(source)` reporting ranges through
// `context.report`), so this module drives them directly with a minimal context, the way `lintSource` does, and
// stays synchronous. A test pins the result to `lintSource` over a corpus.
/** The comment filter only honours `secretlint-disable` comments: text in a session must not switch redaction off. */
const SKIPPED = new Set(['@secretlint/secretlint-rule-filter-comments']);
/** `@secretlint/secretlint-rule-database-connection-string` → `secretlint_database_connection_string`. */
function secretlintMarkerId(secretlintId) {
    const name = secretlintId.replace(/^@secretlint\/secretlint-rule-/, '');
    return 'secretlint_' + name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}
let scanners;
let sink = [];
let currentRule = '';
function loadPreset() {
    // Native ESM (the tests) has no `require`; in CommonJS this test is constant and ncc bundles the package below.
    if (false)
        {}
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return __webpack_require__(1577);
}
function load() {
    if (scanners !== undefined)
        return scanners;
    // Loaded on the first text that may hold a secret (most texts never do): the preset and the lodash it bundles
    // are the largest module a `share` or `register` start-up would otherwise evaluate.
    const { rules: presetRules } = loadPreset();
    const list = [];
    for (const rule of presetRules) {
        if (rule.meta.type !== 'scanner' || SKIPPED.has(rule.meta.id))
            continue;
        const ruleId = secretlintMarkerId(rule.meta.id);
        const context = {
            sharedOptions: {},
            createTranslator: () => (messageId, data) => ({ message: messageId, messageId, data }),
            report: (d) => {
                sink.push({ start: d.range[0], end: d.range[1], ruleId: currentRule });
            },
            ignore: () => undefined,
        };
        const handlers = rule.create(context, {});
        if (typeof handlers.file === 'function')
            list.push({ ruleId, file: handlers.file });
    }
    scanners = list;
    return list;
}
/** Ids of the preset rules that run, as they appear in markers. */
function secretlintRuleIds() {
    return load().map((s) => s.ruleId);
}
/**
 * Cheap necessary condition: a keyword that every pattern of the preset's text rules (11.x) requires, taken from
 * their regexes (AWS key ids and `secret`/`account` assignments, PEM headers, npm, Slack, URLs with credentials,
 * OpenAI/Anthropic `sk-`, Linear, SendGrid, Shopify, GitHub, 1Password), in the letter cases those patterns accept.
 * Most strings of a session skip the scanners entirely; a test compares the findings with secretlint's `lintSource`.
 */
const MAY_HOLD_SECRET = /AKIA|A3T|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA|SECRET|[Ss]ecret|ACCOUNT|[Aa]ccount|-----BEGIN|x-oauth-basic|_authToken|npm_|xox[abopr]-|xapp-|:\/\/|sk-|lin_api_|SG\.|shp(?:pa|ca|at|ss)_|gh[pousr]_|github_pat_|ops_ey/;
/** Findings of the preset over `text`, sorted by start (longer first on ties). */
function secretlintFindings(text) {
    if (text.length < 7 || !MAY_HOLD_SECRET.test(text))
        return [];
    const found = [];
    sink = found;
    // No file path and no extension: the file-type rules (GCP .p12/.json key files) stay out, the text rules run.
    const source = { content: text, filePath: undefined, ext: '', contentType: 'text' };
    try {
        for (const s of load()) {
            currentRule = s.ruleId;
            const r = s.file(source);
            // Text rules are synchronous; a promise would come only from the file rules skipped above.
            if (r !== undefined && typeof r.then === 'function') {
                r.catch(() => undefined);
            }
        }
    }
    finally {
        sink = [];
    }
    return found.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

;// CONCATENATED MODULE: ./core/redact/engine.ts
// Secret redaction of one string (hail-and-store.md 6.3) and home-path stripping (6.4).



/** An existing marker; such spans are taken as already accepted (6.3 step 1). */
const MARKER = /\[REDACTED:[a-z0-9_]+\]/g;
function marker(ruleId) {
    return `[REDACTED:${ruleId}]`;
}
/** Spans of `rule` by running its normative pattern with the spec's scanning loop (6.3 step 2). */
function regexSpans(rule, text) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd');
    const spans = [];
    let m;
    while ((m = re.exec(text)) !== null) {
        if (rule.accept !== undefined && !rule.accept(m)) {
            re.lastIndex = m.index + 1;
            continue;
        }
        if (m[0].length === 0)
            re.lastIndex++; // never for the baseline rules; guards added rules
        if (rule.spanGroups === undefined) {
            spans.push({ start: m.index, end: m.index + m[0].length });
        }
        else {
            for (const g of rule.spanGroups) {
                const range = m.indices?.[g];
                if (range !== undefined) {
                    spans.push({ start: range[0], end: range[1] });
                    break;
                }
            }
        }
    }
    return spans;
}
/** Spans of one rule over `text` (its linear scanner when it has one). */
function ruleSpans(rule, text) {
    return rule.scan !== undefined ? rule.scan(text) : regexSpans(rule, text);
}
const compiledCache = new WeakMap();
function compile(rules) {
    let c = compiledCache.get(rules);
    if (c === undefined) {
        const everyRuleHinted = rules.every((r) => r.hint !== undefined);
        const anyHint = everyRuleHinted ? new RegExp(rules.map((r) => `(?:${r.hint.source})`).join('|'), 'i') : null;
        c = { rules, anyHint };
        compiledCache.set(rules, c);
    }
    return c;
}
/** Adds `n` to `counts[id]` (an own property, also for the id `__proto__`). */
function addCount(counts, id, n) {
    (0,core_text/* setOwn */.P5)(counts, id, (Object.hasOwn(counts, id) ? counts[id] : 0) + n);
}
/**
 * Replaces secrets in `text` by `[REDACTED:<rule>]` markers, adding to `counts`: the spec rules (A1 additions, then
 * the 6.3 table), then the secretlint layer on what they left (A1.2), then the cut-token rule (A1.3). `redactText` is
 * the public entry point.
 */
function redactSecrets(text, counts, rules = redact_rules/* SECRET_RULES */.vt) {
    return redactCutTail(redactSecretlint(applyRules(text, counts, rules), counts), counts);
}
/** Spans of existing markers in `text`. */
function markerSpans(text) {
    const out = [];
    if (!text.includes('[REDACTED:'))
        return out;
    for (const m of text.matchAll(MARKER))
        out.push({ start: m.index, end: m.index + m[0].length });
    return out;
}
/**
 * A1.2: secretlint findings over the text the spec rules left. A finding that overlaps a marker is skipped: the spec
 * rule already took the secret part of it (a connection string keeps its host, as 6.3 wants).
 */
function redactSecretlint(text, counts) {
    const findings = secretlintFindings(text);
    if (findings.length === 0)
        return text;
    const markers = markerSpans(text);
    const parts = [];
    let copied = 0;
    for (const f of findings) {
        if (f.start < copied)
            continue;
        if (markers.some((m) => m.start < f.end && m.end > f.start))
            continue;
        parts.push(text.slice(copied, f.start), marker(f.ruleId));
        copied = f.end;
        addCount(counts, f.ruleId, 1);
    }
    if (parts.length === 0)
        return text;
    parts.push(text.slice(copied));
    return parts.join('');
}
/**
 * A1.3: where only a cut text exists (it ends in `...` or `…`), a final token that starts with a known secret prefix
 * lost its end to the cut and no longer matches its rule: replace it from the prefix on.
 */
function redactCutTail(text, counts) {
    const ellipsis = text.endsWith('...') ? '...' : text.endsWith('…') ? '…' : '';
    if (ellipsis === '')
        return text;
    const tokenEnd = text.length - ellipsis.length;
    let tokenStart = tokenEnd;
    while (tokenStart > 0 && !/\s/.test(text[tokenStart - 1]))
        tokenStart--;
    const p = redact_rules/* CUT_SECRET_PREFIX */.Xp.exec(text.slice(tokenStart, tokenEnd));
    if (p === null)
        return text;
    const cutFrom = tokenStart + p.index;
    // Never split a marker: a prefix inside `[REDACTED:…]` is not a secret.
    if (/\[REDACTED:[a-z0-9_]*$/.test(text.slice(Math.max(0, cutFrom - 64), cutFrom)))
        return text;
    addCount(counts, 'cut_secret', 1);
    return text.slice(0, cutFrom) + marker('cut_secret') + ellipsis;
}
/** The rule-table pass of `redactSecrets` (6.3 steps 1–3). */
function applyRules(text, counts, rules) {
    const compiled = compile(rules);
    if (compiled.anyHint !== null && !compiled.anyHint.test(text))
        return text;
    const candidates = [];
    for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (rule.hint !== undefined && !rule.hint.test(text))
            continue;
        for (const s of ruleSpans(rule, text))
            candidates.push({ start: s.start, end: s.end, priority: i });
    }
    if (candidates.length === 0)
        return text;
    const markers = [];
    if (text.includes('[REDACTED:')) {
        for (const m of text.matchAll(MARKER))
            markers.push({ start: m.index, end: m.index + m[0].length, priority: -1 });
    }
    const all = markers.length > 0 ? candidates.concat(markers) : candidates;
    all.sort((a, b) => a.start - b.start || a.priority - b.priority);
    // Single sweep (6.3 step 3). Markers take part as accepted spans that win ties; a rule span that starts before a
    // marker and reaches into it covers it (extended to the marker's end so no marker is ever cut in half).
    const parts = [];
    let lastEnd = 0; // end of the previously accepted span
    let copied = 0; // text copied to `parts` up to here
    let mi = 0; // next marker that could be cut by an accepted rule span
    let lastWasRule = false;
    let lastStart = 0; // start of the last replaced span
    for (const c of all) {
        if (c.start < lastEnd) {
            // A rule span that reaches past the one just replaced would leave its tail in clear text
            // (`X_CREDENTIAL=token=a;b` : the baseline value stops at `;`, the A1 `token=` value does not): the replaced
            // region grows to cover it, so a secret is never left half redacted.
            if (lastWasRule && c.priority >= 0 && c.start > lastStart && c.end > lastEnd) {
                let end = c.end;
                for (let k = mi; k < markers.length && markers[k].start < end; k++) {
                    if (markers[k].end > end)
                        end = markers[k].end;
                }
                copied = end;
                lastEnd = end;
            }
            continue;
        }
        if (c.priority < 0) {
            lastEnd = c.end;
            lastWasRule = false;
            continue;
        }
        let end = c.end;
        while (mi < markers.length && markers[mi].end <= c.start)
            mi++;
        for (let k = mi; k < markers.length && markers[k].start < end; k++) {
            if (markers[k].end > end)
                end = markers[k].end;
        }
        const id = rules[c.priority].id;
        parts.push(text.slice(copied, c.start), marker(id));
        copied = end;
        lastEnd = end;
        lastStart = c.start;
        lastWasRule = true;
        addCount(counts, id, 1);
    }
    if (parts.length === 0)
        return text;
    parts.push(text.slice(copied));
    return parts.join('');
}
/** 6.4: `/home/<user>`, `/Users/<user>`, `C:\Users\<user>` at a path boundary. */
// eslint-disable-next-line no-useless-escape -- verbatim from the spec
const HOME_PATH = /(?<![A-Za-z0-9_.-])(?:\/home\/|\/Users\/|[Cc]:\\[Uu][Ss][Ee][Rr][Ss]\\)[^\s\/\\"'`<>|:;,()\[\]{}]+/g;
/** Replaces every home directory prefix by `~` (section 6.4). */
function stripHomePaths(text) {
    if (!text.includes('/home/') && !text.includes('/Users/') && !text.includes(':\\'))
        return text;
    return text.replace(HOME_PATH, '~');
}
/**
 * Redacts secrets (6.3), then strips home paths when `stripHomePaths` is on (6.4). `counts` has an entry only for
 * rules that replaced something; home-path stripping is not counted.
 */
function redactText(text, opts) {
    const counts = {};
    let out = redactSecrets(text, counts);
    if (opts.stripHomePaths)
        out = stripHomePaths(out);
    return { text: out, counts };
}
/** Sums per-rule counts into a new object (rules in first-seen order). */
function mergeCounts(...parts) {
    const out = {};
    for (const p of parts)
        for (const [id, n] of Object.entries(p))
            if (n !== 0)
                addCount(out, id, n);
    return out;
}
/** Total number of replacements in `counts`. */
function totalCount(counts) {
    let n = 0;
    for (const v of Object.values(counts))
        n += v;
    return n;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isSecretKeyName),
/* harmony export */   Xp: () => (/* binding */ CUT_SECRET_PREFIX),
/* harmony export */   aY: () => (/* binding */ isExcludedSecretValue),
/* harmony export */   vt: () => (/* binding */ SECRET_RULES)
/* harmony export */ });
/* unused harmony exports SECRET_KEY_SUFFIXES, scanKeyValueSecrets, CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, ADDED_REDACTION_RULES */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
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

// ---------------------------------------------------------------------------------------------
// key_value_secret key and value tests
/** Suffixes of the key test (key ASCII-lowercased with `_`, `-`, `.` removed). */
const SECRET_KEY_SUFFIXES = [
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
function endsWithSecretSuffix(condensedLower) {
    for (const suffix of SECRET_KEY_SUFFIXES)
        if (condensedLower.endsWith(suffix))
            return true;
    return false;
}
/** Answers of {@link isSecretKeyName} by key: sessions repeat the same few keys on every event. */
const secretKeyMemo = new Map();
const SECRET_KEY_MEMO_MAX = 4096;
/** Key test of `key_value_secret` (also used for structured secrets in attributes and `Json` data). */
function isSecretKeyName(key) {
    let secret = secretKeyMemo.get(key);
    if (secret === undefined) {
        secret = endsWithSecretSuffix((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(key).replace(/[-_.]/g, ''));
        if (secretKeyMemo.size < SECRET_KEY_MEMO_MAX)
            secretKeyMemo.set(key, secret);
    }
    return secret;
}
const EXCLUDED_WORDS = new Set(['true', 'false', 'null', 'none', 'undefined']);
/**
 * Value test: true when the value is an excluded value (`true`/`false`/`null`/`none`/`undefined` in any ASCII case,
 * a value starting with `$` or `<`, or a value consisting only of `*`). The empty string consists only of `*`
 * (vacuously), so it is excluded too; text matches are never empty.
 */
function isExcludedSecretValue(value) {
    if (value.length === 0)
        return true;
    const c = value.charCodeAt(0);
    if (c === 0x24 /* $ */ || c === 0x3c /* < */)
        return true;
    if (value.length <= 9 && EXCLUDED_WORDS.has((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value)))
        return true;
    for (let i = 0; i < value.length; i++)
        if (value.charCodeAt(i) !== 0x2a /* * */)
            return false;
    return true;
}
// ---------------------------------------------------------------------------------------------
// Character classes used by the scanners
function isAsciiLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/** `[A-Za-z_]` */
function isKeyStart(c) {
    return isAsciiLetter(c) || c === 0x5f;
}
/** `[A-Za-z0-9_.-]` */
function isKeyChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}
/** `[A-Za-z0-9_.]` (the key lookbehind) */
function isKeyLookbehindChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e;
}
/** JS regex `\w` without the `u` flag */
function isWordChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
}
/** `[A-Za-z0-9+.-]` (URL scheme characters) */
function isSchemeChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d;
}
/** JS regex `\s` */
function isJsSpace(c) {
    return ((c >= 0x09 && c <= 0x0d) ||
        c === 0x20 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Line terminators (what `.` does not match without the `s` flag). */
function isLineTerminator(c) {
    return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
/** Characters excluded from the unquoted value `[^\s"'`,;&\]}]`. */
function endsUnquotedValue(c) {
    return (isJsSpace(c) ||
        c === 0x22 ||
        c === 0x27 ||
        c === 0x60 ||
        c === 0x2c ||
        c === 0x3b ||
        c === 0x26 ||
        c === 0x5d ||
        c === 0x7d);
}
/** The value part of rule 15 at `v` (after `[=:][ \t]*`): the three alternatives, in regex order. */
function matchValue(text, v) {
    const n = text.length;
    if (v >= n)
        return null;
    const first = text.charCodeAt(v);
    if (first === 0x22 /* " */) {
        // "((?:[^"\\\r\n]|\\.)+)"
        let k = v + 1;
        for (;;) {
            if (k >= n)
                return null;
            const c = text.charCodeAt(k);
            if (c === 0x22)
                break;
            if (c === 0x5c /* \ */) {
                if (k + 1 >= n || isLineTerminator(text.charCodeAt(k + 1)))
                    return null;
                k += 2;
            }
            else if (c === 0x0a || c === 0x0d) {
                return null;
            }
            else {
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
            if (c === 0x27 || c === 0x0a || c === 0x0d)
                break;
            k++;
        }
        if (k >= n || text.charCodeAt(k) !== 0x27 || k === v + 1)
            return null;
        return { start: v + 1, end: k, matchEnd: k + 1 };
    }
    // ([^\s"'`,;&\]}]+)
    let k = v;
    while (k < n && !endsUnquotedValue(text.charCodeAt(k)))
        k++;
    return k > v ? { start: v, end: k, matchEnd: k } : null;
}
/** Condensed (lowercased, `_-.` removed) key `text[start, end)` ends with a secret suffix; reads at most the tail. */
function keyTailIsSecret(text, start, end) {
    let tail = '';
    for (let k = end - 1; k >= start && tail.length < MAX_SUFFIX_LENGTH; k--) {
        const c = text.charCodeAt(k);
        if (c === 0x5f || c === 0x2d || c === 0x2e)
            continue;
        tail = String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c) + tail;
    }
    return endsWithSecretSuffix(tail);
}
function nextSeparator(text, from, cache) {
    if (cache.eq !== -1 && cache.eq < from)
        cache.eq = text.indexOf('=', from);
    if (cache.colon !== -1 && cache.colon < from)
        cache.colon = text.indexOf(':', from);
    if (cache.eq === -1)
        return cache.colon;
    if (cache.colon === -1)
        return cache.eq;
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
function scanKeyValueSecrets(text) {
    const spans = [];
    const cache = { eq: -2, colon: -2 };
    cache.eq = text.indexOf('=');
    cache.colon = text.indexOf(':');
    let last = 0; // lastIndex of the emulated regex
    for (let c = nextSeparator(text, 0, cache); c !== -1; c = nextSeparator(text, c + 1, cache)) {
        let i = c;
        while (i > 0) {
            const s = text.charCodeAt(i - 1);
            if (s !== 0x20 && s !== 0x09)
                break;
            i--;
        }
        if (i === 0)
            continue;
        const before = text.charCodeAt(i - 1);
        let keyEnd;
        let quote = -1;
        if (before === 0x22 || before === 0x27) {
            quote = before;
            keyEnd = i - 1;
        }
        else if (isKeyChar(before)) {
            keyEnd = i;
        }
        else {
            continue;
        }
        let runStart = keyEnd;
        while (runStart > 0 && isKeyChar(text.charCodeAt(runStart - 1)))
            runStart--;
        if (runStart === keyEnd)
            continue;
        let keyStart = -1;
        if (quote !== -1) {
            // (["']) key \1 : the opening quote sits right before the run
            const q = runStart - 1;
            if (q >= last &&
                text.charCodeAt(q) === quote &&
                isKeyStart(text.charCodeAt(runStart)) &&
                (q === 0 || !isKeyLookbehindChar(text.charCodeAt(q - 1)))) {
                keyStart = runStart;
            }
        }
        else {
            for (let s = Math.max(runStart, last); s < keyEnd; s++) {
                if (!isKeyStart(text.charCodeAt(s)))
                    continue;
                if (s > runStart && text.charCodeAt(s - 1) !== 0x2d /* - */)
                    continue;
                keyStart = s;
                break;
            }
        }
        if (keyStart === -1 || !keyTailIsSecret(text, keyStart, keyEnd))
            continue;
        let v = c + 1;
        while (v < text.length) {
            const s = text.charCodeAt(v);
            if (s !== 0x20 && s !== 0x09)
                break;
            v++;
        }
        // Cheap exclusion first: a value starting with `$` or `<` fails whatever its extent.
        const first = text.charCodeAt(v);
        const contentFirst = first === 0x22 || first === 0x27 ? text.charCodeAt(v + 1) : first;
        if (contentFirst === 0x24 || contentFirst === 0x3c)
            continue;
        const value = matchValue(text, v);
        if (value === null || isExcludedSecretValue(text.slice(value.start, value.end)))
            continue;
        spans.push({ start: value.start, end: value.end });
        last = value.matchEnd;
    }
    return spans;
}
// ---------------------------------------------------------------------------------------------
// URL credential scanner (rules 11 and 12)
/** Schemes of rule 11 (`connection_string`), compared ASCII-lowercased. */
const CONNECTION_STRING_SCHEMES = [
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
function isConnectionScheme(scheme) {
    return scheme.length <= MAX_SCHEME_LENGTH && CONNECTION_SCHEME_SET.has((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme));
}
/** The part of the URL pattern after the scheme; sticky, anchored at the `:` of `://`. */
const URL_TAIL = /:\/\/[^\s:@/?#]+:([^\s/?#]+)@/dy;
/**
 * Spans of the URL pattern whose scheme passes `wantConnectionScheme` (rule 11) or fails it (rule 12). The scheme
 * is the whole run of scheme characters before `://` from some word-boundary letter on; the rest of the match does
 * not depend on where the scheme starts, so each `://` is parsed once.
 */
function scanUrlPasswords(text, wantConnectionScheme) {
    const spans = [];
    let last = 0;
    for (let c = text.indexOf('://'); c !== -1; c = text.indexOf('://', c + 1)) {
        if (c <= last)
            continue;
        URL_TAIL.lastIndex = c;
        const m = URL_TAIL.exec(text);
        if (m === null)
            continue;
        let runStart = c;
        while (runStart > last && isSchemeChar(text.charCodeAt(runStart - 1)))
            runStart--;
        for (let s = runStart; s < c; s++) {
            if (!isAsciiLetter(text.charCodeAt(s)))
                continue;
            if (s > 0 && isWordChar(text.charCodeAt(s - 1)))
                continue; // \b
            const isConn = c - s <= MAX_SCHEME_LENGTH && isConnectionScheme(text.slice(s, c));
            if (isConn !== wantConnectionScheme)
                continue;
            const [start, end] = m.indices[1];
            spans.push({ start, end });
            last = URL_TAIL.lastIndex;
            break;
        }
    }
    return spans;
}
// ---------------------------------------------------------------------------------------------
// The table
const URL_PATTERN_SOURCE = String.raw `\b([A-Za-z][A-Za-z0-9+.-]*):\/\/[^\s:@\/?#]+:([^\s\/?#]+)@`;
/** Keyword skeleton shared by every secret key suffix (`pass`, `secret`, `token`, `key`, `cred`), `_-.` allowed between letters. */
const KEY_NAME_HINT = /p[-_.]*a[-_.]*s[-_.]*s|s[-_.]*e[-_.]*c[-_.]*r[-_.]*e[-_.]*t|t[-_.]*o[-_.]*k[-_.]*e[-_.]*n|k[-_.]*e[-_.]*y|c[-_.]*r[-_.]*e[-_.]*d/i;
/** The 15 baseline rules of section 6.3, in priority order. */
const REDACTION_RULES = Object.freeze([
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
        pattern: /(?<![A-Za-z0-9_.])(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*[=:][ \t]*(?:"((?:[^"\\\r\n]|\\.)+)"|'([^'\r\n]+)'|([^\s"'`,;&\]}]+))/dg,
        spanGroups: [3, 4, 5],
        accept: (m) => isSecretKeyName(m[2]) && !isExcludedSecretValue(m[3] ?? m[4] ?? m[5]),
        hint: KEY_NAME_HINT,
        scan: scanKeyValueSecrets,
    },
]);
/** Distinct rule ids in priority order (first occurrence); `connection_string` is shared by rules 11 and 13. */
const REDACTION_RULE_IDS = Object.freeze([...new Set(REDACTION_RULES.map((r) => r.id))]);
// ---------------------------------------------------------------------------------------------
// Second-round kinds (amendments-2 A1.1). Token kinds rank with the other token rules; the header, command-line and
// `password=` kinds rank after every token rule (a `GH_TOKEN=ghp_…` stays a github_token) but before the baseline
// key/value rule, so where both start at the same place the wider A1 span wins (for example
// `password=Tr0ub4dor&3xyz`, whose value the baseline rule stops at `&`).
/** Value characters of A1's `password=` rule: everything up to whitespace or a quote. */
const ASSIGNED_VALUE = String.raw `[^\s"'\x60]+`;
/** `PWD=/home/x` (the shell's working directory, also inside `OLDPWD`) is a path, not a password. */
function isPwdPath(m) {
    if (!/^pwd/i.test(m[0]))
        return false;
    return /^(?:[/~.]|[A-Za-z]:\\)/.test(m[1]);
}
const ADDED_TOKEN_IDS = new Set(['slack_webhook', 'discord_webhook', 'npm_token', 'huggingface_token']);
const ADDED_REDACTION_RULES = Object.freeze([
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
        pattern: new RegExp(String.raw `(?<![A-Za-z0-9.])(?:password|passwd|pwd|secret|token)[ \t]*=[ \t]*(${ASSIGNED_VALUE})`, 'dgi'),
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
]);
/** `--password <pass>`: ranks last, so `--password=<pass>` keeps the baseline key/value rule's id (6.5 vectors). */
const PASSWORD_OPTION_RULE = {
    id: 'cli_password',
    pattern: new RegExp(String.raw `(?<![A-Za-z0-9_-])--password(?:=|[ \t]+(?!-))["']?(${ASSIGNED_VALUE})`, 'dg'),
    spanGroups: [1],
    accept: (m) => !isExcludedSecretValue(m[1]),
    hint: /--password/,
};
/** Every rule of the text layer, in priority order (see the comment above `ADDED_REDACTION_RULES`). */
const SECRET_RULES = Object.freeze([
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
const CUT_SECRET_PREFIX = /(?<![A-Za-z0-9])(?:gh[pousr]_|github_pat_|glpat-|xox[abpr]-|sk-ant-|sk-|sk_live_|rk_live_|AKIA|ASIA|AIza|npm_|hf_|-----BEGIN|https:\/\/hooks\.slack\.com\/)/;


/***/ })

};
;