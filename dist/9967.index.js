"use strict";
exports.id = 9967;
exports.ids = [9967];
exports.modules = {

/***/ 6316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeUtf8)
/* harmony export */ });
// UTF-8 encoding into preallocated buffers, for the writers that stream lines into byte chunks.
/**
 * Writes `text` as UTF-8 into `buf` at `offset` and returns the number of bytes written (the caller
 * makes room: up to 3 bytes per UTF-16 unit). Lone surrogates become U+FFFD, as with Buffer#write.
 * Node's own `utf8Write` is used when present: `Buffer#write(text, offset)` goes through argument
 * handling that costs several times the encoding itself on short strings.
 */
const writeUtf8 = typeof Buffer.prototype.utf8Write === 'function'
    ? (buf, text, offset) => buf.utf8Write(text, offset)
    : (buf, text, offset) => buf.write(text, offset);


/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ validateSession),
/* harmony export */   n5: () => (/* binding */ orderWarning)
/* harmony export */ });
/* unused harmony export validationWarnings */
// Session validation (hail-and-store.md section 5): every error, in the specified order; time order
// is only a warning (amendments A7).
function eventError(e) {
    if (e.event_id.length === 0)
        return 'missing required field: event_id';
    const et = e.event_type;
    switch (et.type) {
        case 'ToolCall':
        case 'ToolResult':
            if (et.data.name.length === 0)
                return 'missing required field: event_type.name';
            break;
        case 'FileEdit':
        case 'FileCreate':
        case 'FileDelete':
        case 'FileRead':
            if (et.data.path.length === 0)
                return 'missing required field: event_type.path';
            break;
        case 'ShellCommand':
            if (et.data.command.length === 0)
                return 'missing required field: event_type.command';
            break;
        default:
            break;
    }
    return undefined;
}
/** All validation errors of a session (empty = valid). */
function validateSession(session) {
    const errors = [];
    if (!session.version.startsWith('hail-')) {
        errors.push(`invalid version: ${session.version}, expected prefix 'hail-'`);
    }
    if (session.session_id.length === 0)
        errors.push('missing required field: session_id');
    if (session.agent.provider.length === 0)
        errors.push('missing required field: agent.provider');
    if (session.agent.tool.length === 0)
        errors.push('missing required field: agent.tool');
    const events = session.events;
    if (events.length === 0)
        errors.push('empty session: no events');
    for (let i = 0; i < events.length; i++) {
        const inner = eventError(events[i]);
        if (inner !== undefined)
            errors.push(`invalid event at index ${i}: ${inner}`);
    }
    const seen = new Set();
    for (const e of events) {
        if (seen.has(e.event_id))
            errors.push(`duplicate event_id: ${e.event_id}`);
        else
            seen.add(e.event_id);
    }
    return errors;
}
/** The warning for an event earlier than the one before it. */
function orderWarning(index) {
    return `event at index ${index} is earlier than the event before it`;
}
/**
 * Validation warnings (A7, amending section 5 rule 6): real logs are in causal (file) order, not time
 * order, so an event earlier than its predecessor is reported here and never as an error.
 */
function validationWarnings(session) {
    const warnings = [];
    const events = session.events;
    for (let i = 1; i < events.length; i++) {
        if (events[i].timestamp < events[i - 1].timestamp)
            warnings.push(orderWarning(i));
    }
    return warnings;
}


/***/ }),

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ canonicalizeChunks),
  dR: () => (/* reexport */ encode/* encodeEventLine */.dR),
  S4: () => (/* reexport */ encode/* encodeHeaderLine */.S4),
  yO: () => (/* reexport */ encode/* encodeStatsLine */.yO),
  fg: () => (/* binding */ sha256Hex),
  CY: () => (/* binding */ toHailJsonl),
  xP: () => (/* binding */ toWholeSessionJson)
});

// UNUSED EXPORTS: canonicalize, canonicalizeBytes, eventToObject

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./core/hail/bytes.ts
var bytes = __webpack_require__(6316);
// EXTERNAL MODULE: ./core/hail/encode.ts
var encode = __webpack_require__(9437);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: ./core/hail/reader.ts
var reader = __webpack_require__(4632);
// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
;// CONCATENATED MODULE: ./core/hail/splice.ts
// Canonical event lines spliced from their input text (canonicalizeBytes' hot path).
//
// Most HAIL input is already canonical, or nearly: the fields are written compactly with JSON.stringify's
// escapes and only their order, a timestamp or the attribute key order differs. Re-encoding such a line
// costs a JSON.stringify of the whole line; here the line's top-level members are located in the text
// and each member whose text is already what the encoder writes is copied as is (a slice), in the
// encoder's field order. Anything this module cannot prove identical makes it return undefined, and
// the caller uses the encoder (encode.ts). The result is only used for UTF-8 output: a lone surrogate
// copied as is and the encoder's U+FFFD give the same bytes.


// ---------------------------------------------------------------------------------------------
// Scanner: top-level member spans of a line JSON.parse has accepted (so the syntax is valid).
/** Cleared by the scanner when the value it just passed is not in JSON.stringify's form. */
let canon = true;
/** Position of the next backslash at or after the scan position (-1: none), cached per line. */
let nextBackslash = -1;
// Facts about the whole line, gathered by the same scan for the reader's fast path (scanLine).
/** Object members at every depth (colons outside strings). */
let lineKeys = 0;
/** Float lexemes (with `.`, `e` or `E`) that are object member values. */
let lineMemberFloats = 0;
/** Some float lexeme is an array element. */
let lineArrayFloat = false;
/** Whitespace outside strings somewhere below the top level. */
let lineSpaced = false;
/** Some `\u` escape. */
let lineUEscape = false;
/** Index after the string starting at `i` (its opening quote). `\u` and `\/` escapes are not canonical. */
function skipString(s, i) {
    let p = i + 1;
    // the next quote is searched again only when an escape took it (`\"`): text with many escapes and
    // a far closing quote is not rescanned once per escape
    let q = s.indexOf('"', p);
    for (;;) {
        if (nextBackslash >= 0 && nextBackslash < p)
            nextBackslash = s.indexOf('\\', p);
        const b = nextBackslash;
        if (b < 0 || b > q)
            return q + 1;
        const e = s.charCodeAt(b + 1);
        if (e === 0x75 /* u */) {
            canon = false;
            lineUEscape = true;
        }
        else if (e === 0x2f /* / */)
            canon = false;
        p = b + 2;
        if (q < p)
            q = s.indexOf('"', p);
    }
}
/** Index after the number at `i`. A float lexeme is canonical only when it is JavaScript's own text. */
function skipNumber(s, i) {
    let p = i;
    let float = false;
    for (;;) {
        const c = s.charCodeAt(p);
        if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b)
            p++;
        else if (c === 0x2e || c === 0x65 || c === 0x45) {
            float = true;
            p++;
        }
        else
            break;
    }
    if (float) {
        // compact JSON: a member value follows its colon, an array element `[` or `,`
        if (s.charCodeAt(i - 1) === 0x3a)
            lineMemberFloats++;
        else
            lineArrayFloat = true;
        const lexeme = s.slice(i, p);
        if (String(Number(lexeme)) !== lexeme)
            canon = false;
    }
    return p;
}
/** Index after the value starting at `i`; clears `canon` on whitespace or a non-canonical token. */
function skipValue(s, i) {
    let c = s.charCodeAt(i);
    if (c === 0x22)
        return skipString(s, i);
    if (c !== 0x7b && c !== 0x5b) {
        if (c === 0x74 || c === 0x6e)
            return i + 4; // true, null
        if (c === 0x66)
            return i + 5; // false
        return skipNumber(s, i);
    }
    let depth = 0;
    let p = i;
    for (;;) {
        c = s.charCodeAt(p);
        switch (c) {
            case 0x22:
                p = skipString(s, p);
                break;
            case 0x7b:
            case 0x5b:
                depth++;
                p++;
                break;
            case 0x7d:
            case 0x5d:
                p++;
                if (--depth === 0)
                    return p;
                break;
            case 0x3a:
                lineKeys++;
                p++;
                break;
            case 0x2c:
                p++;
                break;
            case 0x74:
            case 0x6e:
                p += 4;
                break;
            case 0x66:
                p += 5;
                break;
            default:
                if ((c >= 0x30 && c <= 0x39) || c === 0x2d)
                    p = skipNumber(s, p);
                else {
                    canon = false; // whitespace
                    lineSpaced = true;
                    p++;
                }
        }
    }
}
// One entry per event field the splicer knows, in EVENT_SHAPE order (shape.ts).
const FIELDS = ['event_id', 'timestamp', 'event_type', 'task_id', 'content', 'duration_ms', 'attributes'];
/**
 * The FIELDS index of the key whose text is `s[start, start + len)` (no escapes), or -1. Compared in
 * place: slicing the key out to look it up in a table costs a string per member.
 */
function fieldAt(s, start, len) {
    switch (len) {
        case 7:
            return s.startsWith('task_id', start) ? 3 : s.startsWith('content', start) ? 4 : -1;
        case 8:
            return s.startsWith('event_id', start) ? 0 : -1;
        case 9:
            return s.startsWith('timestamp', start) ? 1 : -1;
        case 10:
            return s.startsWith('event_type', start) ? 2 : s.startsWith('attributes', start) ? 6 : -1;
        case 11:
            return s.startsWith('duration_ms', start) ? 5 : -1;
        default:
            return -1;
    }
}
/** Per field: start of its `"key"`, start of its value, end of its value (-1: absent), canonical text. */
const memberStart = new Int32Array(FIELDS.length);
const valueStart = new Int32Array(FIELDS.length);
const valueEnd = new Int32Array(FIELDS.length);
const memberCanon = new Uint8Array(FIELDS.length);
/** The line the member tables were last filled for, and whether it was a compact object. */
let scannedLine;
let scannedOk = false;
/** Fills the member tables for a compact top-level object; false when the line is not compact. */
function scanMembers(s) {
    scannedLine = s;
    scannedOk = scanTopLevel(s);
    return scannedOk;
}
function scanTopLevel(s) {
    valueEnd.fill(-1);
    lineKeys = 0;
    lineMemberFloats = 0;
    lineArrayFloat = false;
    lineSpaced = false;
    lineUEscape = false;
    nextBackslash = s.indexOf('\\');
    if (s.charCodeAt(0) !== 0x7b)
        return false;
    let p = 1;
    if (s.charCodeAt(p) === 0x7d)
        return p + 1 === s.length;
    for (;;) {
        if (s.charCodeAt(p) !== 0x22)
            return false;
        const keyStart = p;
        canon = true;
        p = skipString(s, p);
        const keyCanon = canon;
        if (s.charCodeAt(p) !== 0x3a)
            return false;
        const vStart = p + 1;
        lineKeys++;
        p = skipValue(s, vStart);
        const field = keyCanon ? fieldAt(s, keyStart + 1, vStart - keyStart - 3) : -1;
        if (field >= 0) {
            memberStart[field] = keyStart;
            valueStart[field] = vStart;
            valueEnd[field] = p;
            memberCanon[field] = canon ? 1 : 0;
        }
        const c = s.charCodeAt(p);
        if (c === 0x2c)
            p++;
        else
            return c === 0x7d && p + 1 === s.length;
    }
}
const facts = { keys: 0, memberFloats: 0, arrayFloat: false };
/**
 * One scan of a line JSON.parse accepted, shared by the reader and the splicer: fills the member
 * tables spliceEventLine then uses for this line, and returns the line's exact counts; undefined when
 * it cannot vouch for them (not a compact object: whitespace outside strings; a `\u` escape, which
 * may be a surrogate), and the reader runs its own checks. The result is reused by the next call.
 */
function scanLine(line) {
    if (!scanMembers(line) || lineSpaced || lineUEscape)
        return undefined;
    facts.keys = lineKeys;
    facts.memberFloats = lineMemberFloats;
    facts.arrayFloat = lineArrayFloat;
    return facts;
}
// ---------------------------------------------------------------------------------------------
// Which members are written as they are
function isEmpty(o) {
    for (const k in o)
        if (Object.prototype.hasOwnProperty.call(o, k))
            return false;
    return true;
}
/** Same own keys in the same order (the reader builds typed records in write order). */
function sameKeys(raw, typed) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return false;
    const a = Object.keys(raw);
    const b = Object.keys(typed);
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** The raw event_type is the reader's one, key for key (so JSON.stringify writes both alike). */
function eventTypeAsRead(raw, typed) {
    if (!sameKeys(raw, typed))
        return false;
    return !('data' in typed) || sameKeys(raw.data, typed.data);
}
/** The raw content is the reader's one, key for key; Json blocks' data already canonical. */
function contentAsRead(raw, typed) {
    if (!sameKeys(raw, typed))
        return false;
    const rawBlocks = raw.blocks;
    const blocks = typed.blocks;
    for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i];
        if (!sameKeys(rawBlocks[i], b))
            return false;
        // a Json block's data sits at depth 4 (line, content, blocks, block), as the encoder writes it
        if (b.type === 'Json' && (0,json/* plainCanonicalAt */.Kt)(b.data, 4) !== b.data)
            return false;
    }
    return true;
}
// The spliced line, as pieces: a slice [start, end) of the input line, or a text (start = -1).
let pieceCount = 0;
const pieceStart = [];
const pieceEnd = [];
const pieceText = [];
function addSlice(start, end) {
    const last = pieceCount - 1;
    if (last >= 0 && pieceStart[last] >= 0 && pieceEnd[last] === start) {
        pieceEnd[last] = end; // continues the previous slice
        return;
    }
    pieceStart[pieceCount] = start;
    pieceEnd[pieceCount] = end;
    pieceCount++;
}
function addText(text) {
    pieceStart[pieceCount] = -1;
    pieceText[pieceCount] = text;
    pieceCount++;
}
/**
 * Writes the pieces of the last spliceEventLine call that returned SPLICED through `write` (text
 * pieces and line slices, in order).
 */
function forEachPiece(line, write) {
    for (let i = 0; i < pieceCount; i++) {
        const start = pieceStart[i];
        write(start < 0 ? pieceText[i] : line.slice(start, pieceEnd[i]));
    }
}
/** An upper bound on the UTF-16 units of the last spliced line. */
function splicedLength(line) {
    let n = line.length;
    for (let i = 0; i < pieceCount; i++)
        if (pieceStart[i] < 0)
            n += pieceText[i].length;
    return n;
}
/** spliceEventLine's answer when the canonical line is made of pieces (see forEachPiece). */
const SPLICED = Symbol('spliced');
/**
 * The canonical line of an event the reader just built from `line` (whose JSON.parse value is `raw`),
 * made of slices of `line` where they already hold the canonical text: `line` itself when it is
 * canonical as a whole, SPLICED when the line is made of pieces (forEachPiece; the closing brace is
 * the caller's), undefined when some member needs the encoder. `"type":"event"` always leads;
 * unknown members are left out, as the encoder does.
 */
function spliceEventLine(line, raw, e) {
    // scanLine may have scanned this very line for the reader already
    if (!(line === scannedLine ? scannedOk : scanMembers(line)))
        return undefined;
    pieceCount = 0;
    // while the pieces so far are the input's own text in order, `pos` is where the input continues
    let pos = -1;
    if (line.startsWith('{"type":"event"')) {
        pos = 15;
        addSlice(0, 15);
    }
    else
        addText('{"type":"event"');
    for (let f = 0; f < FIELDS.length; f++) {
        const name = FIELDS[f];
        const v = e[name];
        let asIs = false;
        let text;
        if (v === undefined)
            continue;
        const end = valueEnd[f];
        const present = end >= 0;
        const rawCanon = present && memberCanon[f] === 1;
        switch (name) {
            case 'event_id':
            case 'task_id':
            case 'duration_ms':
                // typed value is the raw string or integer itself
                if (!rawCanon)
                    return undefined;
                asIs = true;
                break;
            case 'timestamp': {
                const ts = (0,timestamp/* formatTsZ */.ju)(e.timestamp);
                const vs = valueStart[f];
                asIs = rawCanon && end - vs === ts.length + 2 && line.startsWith(ts, vs + 1);
                if (!asIs)
                    text = '"' + ts + '"';
                break;
            }
            case 'event_type':
                if (!rawCanon || !eventTypeAsRead(raw.event_type, e.event_type))
                    return undefined;
                asIs = true;
                break;
            case 'content':
                if (!rawCanon || !contentAsRead(raw.content, e.content))
                    return undefined;
                asIs = true;
                break;
            case 'attributes': {
                const a = e.attributes;
                if (isEmpty(a))
                    continue; // written only when non-empty
                // attributes sit at depth 1 in the line, as the encoder writes them
                const plain = (0,json/* plainCanonicalAt */.Kt)(a, 1);
                if (plain === json/* NOT_PLAIN */.HV)
                    return undefined;
                asIs = rawCanon && plain === a;
                if (!asIs)
                    text = (0,json/* stringifyCanonicalAt */.t)(a, 1);
                break;
            }
        }
        if (asIs) {
            const start = memberStart[f];
            if (pos >= 0 && line.charCodeAt(pos) === 0x2c && start === pos + 1)
                pos = end;
            else
                pos = -1;
            // members after the first follow a comma in the input: take it along
            if (line.charCodeAt(start - 1) === 0x2c)
                addSlice(start - 1, end);
            else {
                addText(',');
                addSlice(start, end);
            }
        }
        else {
            pos = -1;
            addText(',"' + name + '":' + text);
        }
    }
    // the whole line was already canonical: hand back the input itself, no copy
    if (pos === line.length - 1)
        return line;
    return SPLICED;
}

// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
;// CONCATENATED MODULE: ./core/hail/writer.ts
// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).








/** Joins lines into one string, in 256 KiB chunks (fewer, larger joins than one per line). */
class StringLineSink {
    chunks = [];
    buf = [];
    size = 0;
    push(line) {
        this.buf.push(line);
        this.size += line.length;
        if (this.size >= 262144)
            this.flush();
    }
    flush() {
        if (this.buf.length === 0)
            return;
        this.buf.push('');
        this.chunks.push(this.buf.join('\n'));
        this.buf = [];
        this.size = 0;
    }
    finish() {
        this.flush();
        return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    }
}
/**
 * Encodes lines straight into UTF-8 bytes: one pass, no intermediate UTF-16 string of the whole file.
 *
 * Without `flushTo`, the first buffer is sized from the input (canonical output is about as long as
 * its input), so the usual result is a view of it with no final copy. With `flushTo`, each filled
 * chunk is handed over and its memory reused for the next one: on this kind of machine touching
 * fresh memory (page faults) costs about as much as the encoding, and a streaming consumer (hash +
 * file write) never needs the whole output at once.
 */
class ByteLineSink {
    flushTo;
    static CHUNK = 1 << 20;
    /** Chunk size when streaming: large enough that the consumer's per-call cost vanishes. */
    static STREAM_CHUNK = 4 << 20;
    chunks = [];
    cur;
    off = 0;
    /** Bytes handed to `flushTo` so far. */
    flushed = 0;
    constructor(expectedBytes, flushTo) {
        this.flushTo = flushTo;
        this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, expectedBytes));
    }
    push(line) {
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.cur.length)
            this.spill(max);
        this.off += (0,bytes/* writeUtf8 */.b)(this.cur, line, this.off);
        this.cur[this.off++] = 0x0a;
    }
    /** The line spliceEventLine just made of pieces of `line`, each written as it is: no joined string. */
    pushSpliced(line) {
        const max = splicedLength(line) * 3 + 2;
        if (this.off + max > this.cur.length)
            this.spill(max);
        forEachPiece(line, this.writePiece);
        this.cur[this.off++] = 0x7d; // }
        this.cur[this.off++] = 0x0a;
    }
    writePiece = (text) => {
        this.off += (0,bytes/* writeUtf8 */.b)(this.cur, text, this.off);
    };
    spill(max) {
        if (this.flushTo !== undefined) {
            this.flush();
            if (max > this.cur.length)
                this.cur = Buffer.allocUnsafe(max); // a line longer than a chunk
            return;
        }
        this.chunks.push(this.cur.subarray(0, this.off));
        this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
        this.off = 0;
    }
    flush() {
        if (this.off === 0)
            return;
        const chunk = this.cur.subarray(0, this.off);
        this.flushed += this.off;
        this.off = 0;
        this.flushTo(chunk);
    }
    /** The whole output; when streaming, the rest is flushed and the result is empty. */
    finish() {
        if (this.flushTo !== undefined) {
            this.flush();
            return Buffer.alloc(0);
        }
        this.chunks.push(this.cur.subarray(0, this.off));
        return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    }
}
/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
function toHailJsonl(session) {
    const sink = new StringLineSink();
    sink.push((0,encode/* encodeHeaderLine */.S4)(session));
    for (const e of session.events)
        sink.push((0,encode/* encodeEvent */.r9)(e, true));
    sink.push((0,encode/* encodeStats */.Mm)(session.stats, true));
    return sink.finish();
}
/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
function canonicalize(text) {
    return canonicalizeInto(text, new StringLineSink(), undefined);
}
/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
function canonicalizeBytes(text) {
    // a tenth more than one byte per UTF-16 unit covers mostly-ASCII text; more spills into new chunks
    const sink = new ByteLineSink(text.length + (text.length >> 3) + 65536);
    return canonicalizeInto(text, sink, sink);
}
/**
 * The canonical bytes of any HAIL input (the same bytes as canonicalizeBytes, the same errors), handed
 * to `consume` in chunks of a few MiB as they fill; returns the total byte count. A chunk's memory is
 * reused once `consume` returns, so `consume` uses it at once (`register` hashes it and appends it to
 * a temp file). On an error, some chunks may already have been consumed.
 */
function canonicalizeChunks(text, consume) {
    const sink = new ByteLineSink(ByteLineSink.STREAM_CHUNK, consume);
    canonicalizeInto(text, sink, sink);
    return sink.flushed;
}
/**
 * `splice` (the byte sink, when given): event lines may be spliced from their input text (splice.ts), which is exact for UTF-8
 * output only (a lone surrogate copied as is encodes like the encoder's U+FFFD).
 */
function canonicalizeInto(text, sink, splice) {
    const acc = new stats/* StatsAccumulator */.qX();
    let headerSeen = false;
    (0,reader/* forEachHailLine */.Vs)(text, (line, lineNo) => {
        // the byte sink's lines are scanned once, for the reader's checks and the splicer's member spans
        const parsed = splice !== undefined ? (0,reader/* parseHailLineScanned */.Mf)(line, lineNo, scanLine) : (0,reader/* parseHailLine */.e6)(line, lineNo);
        if (!headerSeen) {
            if (parsed.kind !== 'header') {
                throw new reader/* HailParseError */.cJ(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            sink.push((0,encode/* encodeHeaderLine */.S4)(parsed.header));
            headerSeen = true;
            return;
        }
        if (parsed.kind === 'event') {
            const raw = splice !== undefined ? (0,reader/* lastFastParsedValue */.Fr)() : undefined;
            const spliced = raw !== undefined ? spliceEventLine(line, raw, parsed.event) : undefined;
            if (spliced === SPLICED)
                splice.pushSpliced(line);
            else
                sink.push(spliced ?? (0,encode/* encodeReaderEventLine */.SJ)(parsed.event));
            acc.add(parsed.event);
        }
        else if (parsed.kind === 'header') {
            throw new reader/* HailParseError */.cJ(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
        // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
    });
    if (!headerSeen)
        throw new reader/* HailParseError */.cJ('Missing header line', undefined);
    sink.push((0,encode/* encodeStats */.Mm)(acc.result(), true));
    return sink.finish();
}
/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
function toWholeSessionJson(session, indent = 0) {
    return (0,json/* stringifyOrdered */.Vd)((0,reader/* toWholeSessionObject */.M2)(session), indent);
}


/***/ })

};
;