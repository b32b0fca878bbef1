"use strict";
exports.id = 393;
exports.ids = [393];
exports.modules = {

/***/ 393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ NumberLexeme),
/* harmony export */   HV: () => (/* binding */ NOT_PLAIN),
/* harmony export */   KK: () => (/* binding */ parseJsonLossless),
/* harmony export */   Kt: () => (/* binding */ plainCanonicalAt),
/* harmony export */   LZ: () => (/* binding */ parseJsonWithLexemes),
/* harmony export */   Ov: () => (/* binding */ quoteString),
/* harmony export */   Po: () => (/* binding */ sortJsonKeys),
/* harmony export */   Vd: () => (/* binding */ stringifyOrdered),
/* harmony export */   cI: () => (/* binding */ sortJsonKeysAt),
/* harmony export */   g6: () => (/* binding */ stringifyPlain),
/* harmony export */   gQ: () => (/* binding */ takeDepthLimitWarning),
/* harmony export */   hX: () => (/* binding */ ESCAPED_SURROGATE),
/* harmony export */   kr: () => (/* binding */ formatFloat),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   qY: () => (/* binding */ stringifyCanonical),
/* harmony export */   t: () => (/* binding */ stringifyCanonicalAt)
/* harmony export */ });
/* unused harmony exports isFloat, isInteger, jsonKind, toWellFormed, DEPTH_LIMIT, takeDepthLimitCount, formatNumber, canonicalKeys, plainCanonical */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1022);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
// The HAIL JSON value model (hail-and-store.md section 4.1): a strict lossless parser and the
// canonical serializer. JSON.parse/JSON.stringify lose the float/integer distinction, big integers,
// and accept duplicate keys and lone surrogates, so every canonical byte goes through this module.


/** A JSON syntax or model error. `message` is the detail text used after `JSON error at line N: `. */
class JsonSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonSyntaxError';
    }
}
/** A number as written in the input, kept only when parsing for error reports (`invalid number for ...`). */
class NumberLexeme {
    lexeme;
    value;
    constructor(lexeme, value) {
        this.lexeme = lexeme;
        this.value = value;
    }
}
/** True for values the model treats as floats: JsonFloat, or a finite number that is not a safe integer. */
function isFloat(v) {
    return v instanceof JsonFloat || (typeof v === 'number' && !Number.isSafeInteger(v));
}
/** True for JSON integers: safe-integer numbers and bigints. */
function isInteger(v) {
    return typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v));
}
function jsonKind(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return 'boolean';
        case 'string':
            return 'string';
        case 'bigint':
            return 'integer';
        case 'number':
            return Number.isSafeInteger(v) ? 'integer' : 'float';
        default:
            if (v instanceof JsonFloat)
                return 'float';
            return Array.isArray(v) ? 'array' : 'object';
    }
}
/** Replaces unpaired UTF-16 surrogates with U+FFFD. */
function toWellFormed(s) {
    return s.isWellFormed() ? s : s.toWellFormed();
}
// ---------------------------------------------------------------------------------------------
// Parser
/** Deepest container nesting kept (0 = top level), as serde_json's default limit of 128. */
const MAX_DEPTH = 128;
/** What a container nested deeper than MAX_DEPTH becomes, when read and when written (A6). */
const DEPTH_LIMIT = '[depth limit]';
let depthLimitHits = 0;
/**
 * How many too-deep values were cut to DEPTH_LIMIT (read or written) since the last call; resets
 * the count. Commands call it after their work to print one warning.
 */
function takeDepthLimitCount() {
    const n = depthLimitHits;
    depthLimitHits = 0;
    return n;
}
/** The warning a command prints when values were cut (A6), or undefined when none were. */
function takeDepthLimitWarning() {
    return takeDepthLimitCount() > 0
        ? `values nested deeper than ${MAX_DEPTH} levels were kept as "${DEPTH_LIMIT}"`
        : undefined;
}
function describeChar(code) {
    if (Number.isNaN(code))
        return 'end of input';
    if (code < 0x20 || code === 0x7f)
        return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\`${String.fromCharCode(code)}\``;
}
class LosslessParser {
    text;
    keepLexemes;
    pos = 0;
    constructor(text, keepLexemes) {
        this.text = text;
        this.keepLexemes = keepLexemes;
    }
    fail(what) {
        throw new JsonSyntaxError(`invalid JSON: ${what} at column ${this.pos + 1}`);
    }
    skipWs() {
        const t = this.text;
        let p = this.pos;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                p++;
            else
                break;
        }
        this.pos = p;
    }
    parseDocument() {
        this.skipWs();
        const v = this.parseValue(0);
        this.skipWs();
        if (this.pos < this.text.length)
            this.fail('trailing characters');
        return v;
    }
    parseValue(depth) {
        const t = this.text;
        const c = t.charCodeAt(this.pos);
        switch (c) {
            case 0x7b /* { */:
                if (depth > MAX_DEPTH)
                    return this.skipTooDeep();
                return this.parseObject(depth);
            case 0x5b /* [ */:
                if (depth > MAX_DEPTH)
                    return this.skipTooDeep();
                return this.parseArray(depth);
            case 0x22 /* " */:
                return this.parseString();
            case 0x74 /* t */:
                return this.literal('true', true);
            case 0x66 /* f */:
                return this.literal('false', false);
            case 0x6e /* n */:
                return this.literal('null', null);
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.parseNumber();
                if (Number.isNaN(c))
                    this.fail('EOF while parsing a value');
                this.fail(`expected value, found ${describeChar(c)}`);
        }
    }
    /**
     * A container nested deeper than MAX_DEPTH (A6): checked for syntax without recursion (an explicit
     * stack of open brackets) and kept as the string `[depth limit]`.
     */
    skipTooDeep() {
        const t = this.text;
        const open = []; // 0x7d or 0x5d: the closer each open container expects
        for (;;) {
            // at the start of a value
            this.skipWs();
            const c = t.charCodeAt(this.pos);
            if (c === 0x7b || c === 0x5b) {
                this.pos++;
                open.push(c === 0x7b ? 0x7d : 0x5d);
                this.skipWs();
                const d = t.charCodeAt(this.pos);
                if (d === open[open.length - 1]) {
                    this.pos++;
                    open.pop();
                }
                else if (c === 0x7b) {
                    this.skipKey(d);
                    continue;
                }
                else {
                    continue;
                }
            }
            else {
                this.parseValue(0); // a scalar: no recursion
            }
            // after a value: `,` then the next member, or the closers
            for (;;) {
                if (open.length === 0) {
                    depthLimitHits++;
                    return DEPTH_LIMIT;
                }
                this.skipWs();
                const d = t.charCodeAt(this.pos);
                const closer = open[open.length - 1];
                if (d === 0x2c) {
                    this.pos++;
                    this.skipWs();
                    if (closer === 0x7d)
                        this.skipKey(t.charCodeAt(this.pos));
                    else if (t.charCodeAt(this.pos) === 0x5d)
                        this.fail('trailing comma');
                    break;
                }
                if (d === closer) {
                    this.pos++;
                    open.pop();
                    continue;
                }
                if (Number.isNaN(d))
                    this.fail(closer === 0x7d ? 'EOF while parsing an object' : 'EOF while parsing a list');
                this.fail(`expected \`,\` or \`${closer === 0x7d ? '}' : ']'}\`, found ${describeChar(d)}`);
            }
        }
    }
    /** In skipTooDeep: a member's key and its colon. */
    skipKey(c) {
        if (c !== 0x22) {
            if (Number.isNaN(c))
                this.fail('EOF while parsing an object');
            if (c === 0x7d)
                this.fail('trailing comma');
            this.fail(`key must be a string, found ${describeChar(c)}`);
        }
        this.parseString();
        this.skipWs();
        if (this.text.charCodeAt(this.pos) !== 0x3a) {
            if (this.pos >= this.text.length)
                this.fail('EOF while parsing an object');
            this.fail(`expected \`:\`, found ${describeChar(this.text.charCodeAt(this.pos))}`);
        }
        this.pos++;
    }
    literal(word, value) {
        if (this.text.startsWith(word, this.pos)) {
            this.pos += word.length;
            return value;
        }
        this.fail('expected value');
    }
    parseObject(depth) {
        const t = this.text;
        this.pos++; // {
        const obj = {};
        this.skipWs();
        if (t.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return obj;
        }
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c !== 0x22) {
                if (Number.isNaN(c))
                    this.fail('EOF while parsing an object');
                if (c === 0x7d)
                    this.fail('trailing comma');
                this.fail(`key must be a string, found ${describeChar(c)}`);
            }
            const key = this.parseString();
            this.skipWs();
            if (t.charCodeAt(this.pos) !== 0x3a) {
                if (this.pos >= t.length)
                    this.fail('EOF while parsing an object');
                this.fail(`expected \`:\`, found ${describeChar(t.charCodeAt(this.pos))}`);
            }
            this.pos++;
            this.skipWs();
            const value = this.parseValue(depth + 1);
            if (Object.prototype.hasOwnProperty.call(obj, key))
                throw new JsonSyntaxError(`duplicate field \`${key}\``);
            (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(obj, key, value);
            this.skipWs();
            const d = t.charCodeAt(this.pos);
            if (d === 0x2c) {
                this.pos++;
                this.skipWs();
                continue;
            }
            if (d === 0x7d) {
                this.pos++;
                return obj;
            }
            if (Number.isNaN(d))
                this.fail('EOF while parsing an object');
            this.fail(`expected \`,\` or \`}\`, found ${describeChar(d)}`);
        }
    }
    parseArray(depth) {
        const t = this.text;
        this.pos++; // [
        const arr = [];
        this.skipWs();
        if (t.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return arr;
        }
        for (;;) {
            if (t.charCodeAt(this.pos) === 0x5d)
                this.fail('trailing comma');
            arr.push(this.parseValue(depth + 1));
            this.skipWs();
            const d = t.charCodeAt(this.pos);
            if (d === 0x2c) {
                this.pos++;
                this.skipWs();
                continue;
            }
            if (d === 0x5d) {
                this.pos++;
                return arr;
            }
            if (Number.isNaN(d))
                this.fail('EOF while parsing a list');
            this.fail(`expected \`,\` or \`]\`, found ${describeChar(d)}`);
        }
    }
    hex4(at) {
        let v = 0;
        for (let i = 0; i < 4; i++) {
            const c = this.text.charCodeAt(at + i);
            let d;
            if (c >= 0x30 && c <= 0x39)
                d = c - 0x30;
            else if (c >= 0x61 && c <= 0x66)
                d = c - 0x57;
            else if (c >= 0x41 && c <= 0x46)
                d = c - 0x37;
            else {
                this.pos = at + i;
                if (Number.isNaN(c))
                    this.fail('EOF while parsing a string');
                this.fail('invalid escape');
            }
            v = v * 16 + d;
        }
        return v;
    }
    parseString() {
        const t = this.text;
        let p = ++this.pos; // opening quote
        let out = '';
        let runStart = p;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 0x22) {
                out += t.slice(runStart, p);
                this.pos = p + 1;
                return out;
            }
            if (c === 0x5c) {
                out += t.slice(runStart, p);
                const e = t.charCodeAt(p + 1);
                switch (e) {
                    case 0x22:
                        out += '"';
                        break;
                    case 0x5c:
                        out += '\\';
                        break;
                    case 0x2f:
                        out += '/';
                        break;
                    case 0x62:
                        out += '\b';
                        break;
                    case 0x66:
                        out += '\f';
                        break;
                    case 0x6e:
                        out += '\n';
                        break;
                    case 0x72:
                        out += '\r';
                        break;
                    case 0x74:
                        out += '\t';
                        break;
                    case 0x75: {
                        const u = this.hex4(p + 2);
                        if (u >= 0xd800 && u <= 0xdbff) {
                            // must be followed by an escaped low surrogate
                            if (t.charCodeAt(p + 6) === 0x5c && t.charCodeAt(p + 7) === 0x75) {
                                const lo = this.hex4(p + 8);
                                if (lo >= 0xdc00 && lo <= 0xdfff) {
                                    out += String.fromCharCode(u, lo);
                                    p += 12;
                                    runStart = p;
                                    continue;
                                }
                            }
                            this.pos = p;
                            this.fail('lone leading surrogate in hex escape');
                        }
                        if (u >= 0xdc00 && u <= 0xdfff) {
                            this.pos = p;
                            this.fail('unexpected end of hex escape (lone trailing surrogate)');
                        }
                        out += String.fromCharCode(u);
                        p += 6;
                        runStart = p;
                        continue;
                    }
                    default:
                        this.pos = p + 1;
                        if (Number.isNaN(e))
                            this.fail('EOF while parsing a string');
                        this.fail('invalid escape');
                }
                p += 2;
                runStart = p;
                continue;
            }
            if (c < 0x20) {
                this.pos = p;
                this.fail('control character (\\u0000-\\u001F) found while parsing a string');
            }
            if (Number.isNaN(c)) {
                this.pos = p;
                this.fail('EOF while parsing a string');
            }
            p++;
        }
    }
    parseNumber() {
        const t = this.text;
        const start = this.pos;
        let p = start;
        if (t.charCodeAt(p) === 0x2d)
            p++;
        let c = t.charCodeAt(p);
        if (c === 0x30) {
            p++;
        }
        else if (c >= 0x31 && c <= 0x39) {
            do
                p++;
            while ((c = t.charCodeAt(p)) >= 0x30 && c <= 0x39);
        }
        else {
            this.pos = p;
            this.fail('invalid number');
        }
        let isFloatLexeme = false;
        c = t.charCodeAt(p);
        if (c === 0x2e) {
            isFloatLexeme = true;
            p++;
            c = t.charCodeAt(p);
            if (!(c >= 0x30 && c <= 0x39)) {
                this.pos = p;
                this.fail('invalid number');
            }
            while ((c = t.charCodeAt(p)) >= 0x30 && c <= 0x39)
                p++;
        }
        if (c === 0x65 || c === 0x45) {
            isFloatLexeme = true;
            p++;
            c = t.charCodeAt(p);
            if (c === 0x2b || c === 0x2d) {
                p++;
                c = t.charCodeAt(p);
            }
            if (!(c >= 0x30 && c <= 0x39)) {
                this.pos = p;
                this.fail('invalid number');
            }
            while ((c = t.charCodeAt(p)) >= 0x30 && c <= 0x39)
                p++;
        }
        const lexeme = t.slice(start, p);
        let value;
        if (isFloatLexeme) {
            const n = Number(lexeme);
            if (!Number.isFinite(n))
                this.fail('number out of range');
            value = Number.isInteger(n) ? new _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg(n) : n;
        }
        else {
            const n = Number(lexeme);
            if (Number.isSafeInteger(n))
                value = n === 0 ? 0 : n;
            else
                value = BigInt(lexeme);
        }
        this.pos = p;
        return this.keepLexemes ? new NumberLexeme(lexeme, value) : value;
    }
}
/**
 * Strict RFC 8259 parser with the HAIL number model: safe integers as `number`, larger integers as
 * `bigint`, `-0` as 0, float lexemes as `number` (or `JsonFloat` when integral). Rejects duplicate
 * keys, lone-surrogate escapes and anything after the top-level value. Throws JsonSyntaxError.
 */
function parseJsonLossless(text) {
    return new LosslessParser(text, false).parseDocument();
}
/**
 * Like parseJsonLossless but every number is a NumberLexeme carrying its source text. Used only to
 * report `invalid number for ...` errors; the result is not a JsonValue.
 */
function parseJsonWithLexemes(text) {
    return new LosslessParser(text, true).parseDocument();
}
// ---------------------------------------------------------------------------------------------
// Serializer
/** Shortest round-trip float text per section 4.1 (`1.0`, `100.0`, `1e16`, `1.5e-7`, `-0.0`). */
function formatFloat(x) {
    if (!Number.isFinite(x))
        return 'null';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const neg = x < 0;
    const s = (neg ? -x : x).toString();
    let d;
    let n;
    const e = s.indexOf('e');
    if (e >= 0) {
        const m = s.slice(0, e);
        d = m.length > 1 ? m[0] + m.slice(2) : m;
        n = parseInt(s.slice(e + 1), 10) + 1;
    }
    else {
        const dot = s.indexOf('.');
        const ip = dot >= 0 ? s.slice(0, dot) : s;
        const fp = dot >= 0 ? s.slice(dot + 1) : '';
        if (ip !== '0') {
            d = ip + fp;
            n = ip.length;
            let end = d.length;
            while (end > 1 && d.charCodeAt(end - 1) === 0x30)
                end--;
            d = d.slice(0, end);
        }
        else {
            let z = 0;
            while (fp.charCodeAt(z) === 0x30)
                z++;
            d = fp.slice(z);
            n = -z;
        }
    }
    const len = d.length;
    let out;
    if (n - len >= 0 && n <= 16)
        out = d + '0'.repeat(n - len) + '.0';
    else if (n > 0 && n <= 16)
        out = d.slice(0, n) + '.' + d.slice(n);
    else if (n > -5 && n <= 0)
        out = '0.' + '0'.repeat(-n) + d;
    else if (len === 1)
        out = d + 'e' + (n - 1);
    else
        out = d[0] + '.' + d.slice(1) + 'e' + (n - 1);
    return neg ? '-' + out : out;
}
/** JSON text of a number per the model: safe integers exactly, anything else as a float. */
function formatNumber(n) {
    if (Number.isSafeInteger(n))
        return n === 0 ? '0' : String(n);
    return formatFloat(n);
}
/** JSON string literal escaped like JSON.stringify, lone surrogates written as U+FFFD. */
function quoteString(s) {
    return JSON.stringify(s.isWellFormed() ? s : s.toWellFormed());
}
const SURROGATE = /[\ud800-\udfff]/;
/**
 * Keys of an object in byte-wise order of their written (well-formed) form: a key holding a lone
 * surrogate sorts as its U+FFFD replacement, so the written object stays sorted when read back.
 */
function canonicalKeys(obj) {
    const keys = Object.keys(obj);
    if (keys.length < 2)
        return keys;
    let plain = true;
    let wellFormed = true;
    for (let i = 0; i < keys.length; i++) {
        if (SURROGATE.test(keys[i])) {
            plain = false;
            if (!keys[i].isWellFormed())
                wellFormed = false;
        }
    }
    // UTF-16 order equals byte order unless a surrogate meets U+E000..U+FFFF
    if (plain)
        return keys.sort();
    if (wellFormed)
        return keys.sort(_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV);
    return keys.sort((a, b) => (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(a.toWellFormed(), b.toWellFormed()) || (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(a, b));
}
/**
 * Insertion order, except objects with integer-like keys (which JS always lists first): those can
 * only be free-form maps, so they are written byte-wise sorted.
 */
function orderedKeys(obj) {
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        const c = keys[i].charCodeAt(0);
        if (c >= 0x30 && c <= 0x39)
            return canonicalKeys(obj);
    }
    return keys;
}
// The writers below recurse at most MAX_DEPTH + 1 levels: a container deeper than that is written as
// the string DEPTH_LIMIT, so what they write always reads back and no input can overflow the stack.
function isContainer(v) {
    return typeof v === 'object' && v !== null && !(v instanceof _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg);
}
function writeCompact(v, sortKeys, depth) {
    if (v === null || v === undefined)
        return 'null';
    switch (typeof v) {
        case 'string':
            return quoteString(v);
        case 'number':
            return formatNumber(v);
        case 'boolean':
            return v ? 'true' : 'false';
        case 'bigint':
            return v.toString();
    }
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg)
        return formatFloat(v.value);
    if (depth > MAX_DEPTH) {
        depthLimitHits++;
        return '"' + DEPTH_LIMIT + '"';
    }
    if (Array.isArray(v)) {
        const n = v.length;
        if (n === 0)
            return '[]';
        let out = '[' + writeCompact(v[0], sortKeys, depth + 1);
        for (let i = 1; i < n; i++)
            out += ',' + writeCompact(v[i], sortKeys, depth + 1);
        return out + ']';
    }
    const obj = v;
    const keys = sortKeys ? canonicalKeys(obj) : orderedKeys(obj);
    const n = keys.length;
    if (n === 0)
        return '{}';
    let out = '{';
    let prev;
    for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (obj[k] === undefined)
            continue;
        const q = quoteString(k);
        // two keys differing only in lone surrogates both become U+FFFD: keep the first, so output reads back
        if (q === prev)
            continue;
        if (prev !== undefined)
            out += ',';
        prev = q;
        out += q + ':' + writeCompact(obj[k], sortKeys, depth + 1);
    }
    return out + '}';
}
function writePretty(v, sortKeys, unit, indent, depth) {
    if (!isContainer(v) || depth > MAX_DEPTH)
        return writeCompact(v, sortKeys, depth);
    const inner = indent + unit;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        const parts = v.map((x) => inner + writePretty(x, sortKeys, unit, inner, depth + 1));
        return '[\n' + parts.join(',\n') + '\n' + indent + ']';
    }
    const obj = v;
    const keys = sortKeys ? canonicalKeys(obj) : orderedKeys(obj);
    if (keys.length === 0)
        return '{}';
    const parts = [];
    let prev;
    for (const k of keys) {
        if (obj[k] === undefined)
            continue;
        const q = quoteString(k);
        if (q === prev)
            continue;
        prev = q;
        parts.push(inner + q + ': ' + writePretty(obj[k], sortKeys, unit, inner, depth + 1));
    }
    return '{\n' + parts.join(',\n') + '\n' + indent + '}';
}
const NOT_PLAIN = Symbol('not-plain');
/**
 * For the JSON.stringify fast path: returns `v` itself when JSON.stringify already writes it
 * canonically, a copy with keys inserted in sorted order when only the key order is off, or
 * NOT_PLAIN when it holds something JSON.stringify cannot write canonically (floats, bigints, -0,
 * integer-like keys, which JS always enumerates first, or keys with surrogates).
 */
function plainCanonical(v) {
    return plainCanonicalAt(v, 0);
}
/** plainCanonical of a value nested at `depth`; NOT_PLAIN when it holds a container deeper than MAX_DEPTH. */
function plainCanonicalAt(v, depth) {
    if (typeof v !== 'object' || v === null) {
        if (typeof v === 'number') {
            if (Number.isSafeInteger(v))
                return v === 0 && 1 / v < 0 ? NOT_PLAIN : v;
            // a non-integral float of magnitude >= 1e-5 (so < 2^53) has the same text in JS and in 4.1
            return !Number.isInteger(v) && Number.isFinite(v) && Math.abs(v) >= 1e-5 ? v : NOT_PLAIN;
        }
        // undefined (not a JsonValue, but easy to produce in TS): omitted in objects, null in arrays,
        // by JSON.stringify and by the exact writer alike
        if (typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined)
            return v;
        return NOT_PLAIN;
    }
    if (depth > MAX_DEPTH && !(v instanceof _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg))
        return NOT_PLAIN;
    if (Array.isArray(v)) {
        let copy;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'object' || typeof x === 'number' || typeof x === 'bigint' || x === undefined) {
                const r = plainCanonicalAt(x, depth + 1);
                if (r === NOT_PLAIN)
                    return NOT_PLAIN;
                if (r !== x) {
                    if (copy === undefined)
                        copy = v.slice();
                    copy[i] = r;
                }
            }
        }
        return copy ?? v;
    }
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg)
        return NOT_PLAIN;
    const obj = v;
    const keys = Object.keys(obj);
    let sorted = true;
    let changed;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const c0 = k.charCodeAt(0);
        if ((c0 >= 0x30 && c0 <= 0x39) || SURROGATE.test(k))
            return NOT_PLAIN;
        if (i > 0 && !(keys[i - 1] < k))
            sorted = false;
        const x = obj[k];
        if (typeof x === 'object' || typeof x === 'number' || typeof x === 'bigint' || x === undefined) {
            const r = plainCanonicalAt(x, depth + 1);
            if (r === NOT_PLAIN)
                return NOT_PLAIN;
            if (r !== x) {
                if (changed === undefined)
                    changed = new Array(keys.length);
                changed[i] = r;
            }
        }
    }
    if (sorted && changed === undefined)
        return v;
    const order = keys.map((_, i) => i);
    if (!sorted)
        order.sort((a, b) => (keys[a] < keys[b] ? -1 : 1));
    const out = {};
    for (const i of order) {
        const k = keys[i];
        const r = changed !== undefined && i in changed ? changed[i] : obj[k];
        (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(out, k, r);
    }
    return out;
}
/** Output of JSON.stringify that contains an escaped surrogate (from a lone surrogate, or a false positive). */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;
/** JSON.stringify's text when it is already canonical for `plain` (a plainCanonical result), else undefined. */
function stringifyPlain(plain) {
    const s = JSON.stringify(plain);
    if (s.indexOf('\\u') >= 0 && ESCAPED_SURROGATE.test(s))
        return undefined;
    return s;
}
/**
 * Canonical JSON text: object keys sorted byte-wise (recursively), integers exact, floats per
 * formatFloat, strings escaped like JSON.stringify. Compact by default; `indent` > 0 gives the
 * pretty layout of `JSON.stringify(v, null, indent)`.
 */
function stringifyCanonical(value, indent = 0) {
    return stringifyCanonicalAt(value, 0, indent);
}
/** stringifyCanonical of a value nested at `depth` in its record (containers beyond MAX_DEPTH are cut). */
function stringifyCanonicalAt(value, depth, indent = 0) {
    if (indent <= 0) {
        const plain = plainCanonicalAt(value, depth);
        if (plain !== NOT_PLAIN) {
            const s = stringifyPlain(plain);
            if (s !== undefined)
                return s;
        }
    }
    return indent > 0 ? writePretty(value, true, ' '.repeat(indent), '', depth) : writeCompact(value, true, depth);
}
/**
 * Like stringifyCanonical but objects keep their own key order (for records whose key order is part
 * of the contract, e.g. the whole-session form). Note JS objects list integer-like keys first.
 */
function stringifyOrdered(value, indent = 0) {
    return indent > 0 ? writePretty(value, false, ' '.repeat(indent), '', 0) : writeCompact(value, false, 0);
}
/** Deep copy of a value with every object's keys inserted in byte-wise order. */
function sortJsonKeys(value) {
    return sortJsonKeysAt(value, 0);
}
/** sortJsonKeys of a value nested at `depth`: containers deeper than MAX_DEPTH become DEPTH_LIMIT. */
function sortJsonKeysAt(value, depth) {
    if (value === null || typeof value !== 'object' || value instanceof _types__WEBPACK_IMPORTED_MODULE_0__/* .JsonFloat */ .Xg)
        return value;
    if (depth > MAX_DEPTH) {
        depthLimitHits++;
        return DEPTH_LIMIT;
    }
    if (Array.isArray(value))
        return value.map((x) => sortJsonKeysAt(x, depth + 1));
    const out = {};
    for (const k of canonicalKeys(value))
        (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(out, k, sortJsonKeysAt(value[k], depth + 1));
    return out;
}


/***/ }),

/***/ 1298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   Z0: () => (/* binding */ BLOCK_SHAPES),
/* harmony export */   ch: () => (/* binding */ AGENT_SHAPE),
/* harmony export */   de: () => (/* binding */ LINE_TYPES),
/* harmony export */   il: () => (/* binding */ HEADER_SHAPE),
/* harmony export */   md: () => (/* binding */ CONTEXT_SHAPE),
/* harmony export */   uV: () => (/* binding */ STATS_SHAPE),
/* harmony export */   vV: () => (/* binding */ EVENT_SHAPE),
/* harmony export */   xP: () => (/* binding */ EVENT_TYPE_SHAPES)
/* harmony export */ });
// The HAIL shape table (hail-and-store.md 2.2-2.6, 4.3): every record, event-type variant and content
// block, with its fields in write order. This is the one statement of those shapes. From it come
//   - the TypeScript types (types.ts derives them with the mapped types below),
//   - the reader's checks (reader.ts walks the table field by field, in this order),
//   - the encoder's key order and omission rules (encode.ts),
//   - the zod schemas used at the boundaries (schema.ts).
// Field order is write order; changing it changes canonical bytes.
const MAX_SAFE = 9007199254740991;
// Field specs (frozen literals, so their kinds stay literal types for the derived TypeScript types).
const f = {
    string: { kind: 'string', presence: 'required' },
    optString: { kind: 'string', presence: 'optional' },
    boolean: { kind: 'boolean', presence: 'required' },
    timestamp: { kind: 'timestamp', presence: 'required' },
    /** A count: integer 0 .. 2^53-1. */
    count: { kind: 'int', presence: 'required', min: 0, max: MAX_SAFE },
    /** A count that reads as 0 when absent. */
    countOr0: { kind: 'int', presence: 'default', min: 0, max: MAX_SAFE },
    optCount: { kind: 'int', presence: 'optional', min: 0, max: MAX_SAFE },
    optI32: { kind: 'int', presence: 'optional', min: -2147483648, max: 2147483647 },
    optU32: { kind: 'int', presence: 'optional', min: 0, max: 4294967295 },
    strings: { kind: 'strings', presence: 'default' },
    stringsOmitEmpty: { kind: 'strings', presence: 'default', omitEmpty: true },
    attributes: { kind: 'attributes', presence: 'default', omitEmpty: true },
    json: { kind: 'json', presence: 'required' },
};
/** `agent` (2.2). */
const AGENT_SHAPE = {
    provider: f.string,
    model: f.string,
    tool: f.string,
    tool_version: f.optString,
};
/** `context` (2.3). `tags` is always written; `related_session_ids` and `attributes` only when non-empty. */
const CONTEXT_SHAPE = {
    title: f.optString,
    description: f.optString,
    tags: f.strings,
    created_at: f.timestamp,
    updated_at: f.timestamp,
    related_session_ids: f.stringsOmitEmpty,
    attributes: f.attributes,
};
/** The header line after its `"type":"header"` (4.3). */
const HEADER_SHAPE = {
    version: f.string,
    session_id: f.string,
    agent: { kind: 'record', presence: 'required', shape: AGENT_SHAPE },
    context: { kind: 'record', presence: 'required', shape: CONTEXT_SHAPE },
};
/**
 * `event_type` variants (2.4) in spec table order, adjacently tagged: `null` marks a unit variant
 * (no `data`); otherwise the fields of `data`, in write order.
 */
const EVENT_TYPE_SHAPES = {
    UserMessage: null,
    AgentMessage: null,
    SystemMessage: null,
    Thinking: null,
    ToolCall: { name: f.string },
    ToolResult: { name: f.string, is_error: f.boolean, call_id: f.optString },
    FileRead: { path: f.string },
    CodeSearch: { query: f.string },
    FileSearch: { pattern: f.string },
    FileEdit: { path: f.string, diff: f.optString },
    FileCreate: { path: f.string },
    FileDelete: { path: f.string },
    ShellCommand: { command: f.string, exit_code: f.optI32 },
    ImageGenerate: { prompt: f.string },
    VideoGenerate: { prompt: f.string },
    AudioGenerate: { prompt: f.string },
    WebSearch: { query: f.string },
    WebFetch: { url: f.string },
    TaskStart: { title: f.optString },
    TaskEnd: { summary: f.optString },
    Custom: { kind: f.string },
};
/** Content blocks (2.5), internally tagged: the fields after `type`, in write order. */
const BLOCK_SHAPES = {
    Text: { text: f.string },
    Code: { code: f.string, language: f.optString, start_line: f.optU32 },
    Image: { url: f.string, alt: f.optString, mime: f.string },
    Video: { url: f.string, mime: f.string },
    Audio: { url: f.string, mime: f.string },
    File: { path: f.string, content: f.optString },
    Json: { data: f.json },
    Reference: { uri: f.string, media_type: f.string },
};
/** An event (2.6); the JSONL line adds a leading `"type":"event"`. */
const EVENT_SHAPE = {
    event_id: f.string,
    timestamp: f.timestamp,
    event_type: { kind: 'eventType', presence: 'required' },
    task_id: f.optString,
    content: { kind: 'content', presence: 'required' },
    duration_ms: f.optCount,
    attributes: f.attributes,
};
/** Stats (2.6): the first five are required, the other six read as 0 when absent; all are written. */
const STATS_SHAPE = {
    event_count: f.count,
    message_count: f.count,
    tool_call_count: f.count,
    task_count: f.count,
    duration_seconds: f.count,
    total_input_tokens: f.countOr0,
    total_output_tokens: f.countOr0,
    user_message_count: f.countOr0,
    files_changed: f.countOr0,
    lines_added: f.countOr0,
    lines_removed: f.countOr0,
};
/** JSONL line types (4.2), in the order the messages list them. */
const LINE_TYPES = ['header', 'event', 'stats'];
/** A shape's fields in write order, as `[key, spec]` pairs (computed once per shape). */
const fieldCache = new WeakMap();
function fieldsOf(shape) {
    let fields = fieldCache.get(shape);
    if (fields === undefined) {
        fields = Object.entries(shape);
        fieldCache.set(shape, fields);
    }
    return fields;
}


/***/ }),

/***/ 1022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ JsonFloat),
/* harmony export */   c$: () => (/* binding */ HAIL_VERSION),
/* harmony export */   hb: () => (/* binding */ EVENT_TYPE_NAMES)
/* harmony export */ });
/* harmony import */ var _shape__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1298);
// The HAIL session model (shared/spec/hail-and-store.md, section 2).
// Every other module (parsers, ledger, review, server) builds and reads these types.

/**
 * A float whose value is integral (`1.0`, `1e2`) and must stay a float when written back.
 * Non-integral floats are plain `number`s; safe integers are plain `number`s; integers beyond
 * 2^53 are `bigint`s. See `isFloat`/`jsonKind` in json.ts.
 */
class JsonFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** All 21 variant names in spec table order (used in `unknown variant` messages). */
const EVENT_TYPE_NAMES = Object.keys(_shape__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_TYPE_SHAPES */ .xP);
const HAIL_VERSION = 'hail-1.0.0';


/***/ })

};
;