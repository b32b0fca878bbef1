"use strict";
exports.id = 4632;
exports.ids = [4632];
exports.modules = {

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ encodeStats),
/* harmony export */   S4: () => (/* binding */ encodeHeaderLine),
/* harmony export */   SJ: () => (/* binding */ encodeReaderEventLine),
/* harmony export */   _N: () => (/* binding */ contextToObject),
/* harmony export */   dR: () => (/* binding */ encodeEventLine),
/* harmony export */   di: () => (/* binding */ eventToObject),
/* harmony export */   ge: () => (/* binding */ statsToObject),
/* harmony export */   r9: () => (/* binding */ encodeEvent),
/* harmony export */   sf: () => (/* binding */ agentToObject),
/* harmony export */   yO: () => (/* binding */ encodeStatsLine)
/* harmony export */ });
/* unused harmony exports encodeAgent, encodeContext, encodeEventType, encodeBlock, eventTypeToObject, blockToObject */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _shape__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1298);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9823);
// Line encoders shared by the writer and the whole-session form (hail-and-store.md 2.2-2.6, 2.9, 4.3).
// Key orders and omission rules come from the shape table (shape.ts): three walks over it, for the
// exact text, the JSON.stringify fast path and the whole-session object form.




/** A typed integer field as written; the writer refuses values that would not read back. */
function checkedInt(n, field) {
    if (!Number.isSafeInteger(n))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write \`${field}\`: ${n} is not an integer`);
    return n === 0 ? 0 : n;
}
function hasKeys(obj) {
    for (const k in obj)
        if (Object.prototype.hasOwnProperty.call(obj, k))
            return true;
    return false;
}
function encodeStringArray(list) {
    if (list.length === 0)
        return '[]';
    let out = '[' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(list[0]);
    for (let i = 1; i < list.length; i++)
        out += ',' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(list[i]);
    return out + ']';
}
/** The writer skips a field that is absent, or empty when the table says `omitEmpty`. */
function skipped(v, spec) {
    if (v === undefined)
        return true;
    if (spec.omitEmpty !== true)
        return false;
    return Array.isArray(v) ? v.length === 0 : !hasKeys(v);
}
const EVENT_TYPES = _shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_TYPE_SHAPES */ .xP;
const BLOCKS = _shape__WEBPACK_IMPORTED_MODULE_2__/* .BLOCK_SHAPES */ .Z0;
function eventTypeShape(et) {
    const shape = EVENT_TYPES[et.type];
    if (shape === undefined || !Object.prototype.hasOwnProperty.call(EVENT_TYPES, et.type)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown event type \`${et.type}\``);
    }
    return shape;
}
function blockShape(b) {
    const shape = BLOCKS[b.type];
    if (shape === undefined || !Object.prototype.hasOwnProperty.call(BLOCKS, b.type)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown content block type \`${b.type}\``);
    }
    return shape;
}
// The walks track nesting depth (0 = the line's top-level object) so free-form values are cut where
// the reader would cut them (A6): an event's attributes sit at 1, the context's at 2, a Json block's
// `data` at 4 (line, content, blocks, block).
const EVENT_DEPTH = 0;
// ---------------------------------------------------------------------------------------------
// The exact (concatenating) encoder: handles floats, bigints, integer-like keys and lone surrogates.
function encodeValue(v, spec, key, depth) {
    switch (spec.kind) {
        case 'string':
            return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(v);
        case 'boolean':
            return v ? 'true' : 'false';
        case 'timestamp':
            return '"' + (0,_timestamp__WEBPACK_IMPORTED_MODULE_3__/* .formatTsZ */ .ju)(v) + '"';
        case 'int':
            return String(checkedInt(v, key));
        case 'strings':
            return encodeStringArray(v);
        case 'attributes':
        case 'json':
            return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyCanonicalAt */ .t)(v, depth);
        case 'record':
            return '{' + encodeFields(v, spec.shape, '', depth) + '}';
        case 'eventType':
            return encodeEventType(v);
        case 'content': {
            const blocks = v.blocks;
            if (blocks.length === 0)
                return '{"blocks":[]}';
            let out = '{"blocks":[' + encodeBlockAt(blocks[0], depth + 2);
            for (let i = 1; i < blocks.length; i++)
                out += ',' + encodeBlockAt(blocks[i], depth + 2);
            return out + ']}';
        }
    }
}
/** `"key":value` pairs of `o` in table order, after `lead` (text already inside the braces). */
function encodeFields(o, shape, lead, depth) {
    let out = lead;
    const fields = (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(shape);
    for (let i = 0; i < fields.length; i++) {
        const [key, spec] = fields[i];
        const v = o[key];
        if (skipped(v, spec))
            continue;
        if (out.length > 0)
            out += ',';
        out += (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(key) + ':' + encodeValue(v, spec, key, depth + 1);
    }
    return out;
}
function encodeAgent(a) {
    return '{' + encodeFields(a, AGENT_SHAPE, '', 1) + '}';
}
function encodeContext(c) {
    return '{' + encodeFields(c, CONTEXT_SHAPE, '', 1) + '}';
}
function encodeHeaderLine(s) {
    return '{' + encodeFields(s, _shape__WEBPACK_IMPORTED_MODULE_2__/* .HEADER_SHAPE */ .il, '"type":"header"', EVENT_DEPTH) + '}';
}
function encodeEventType(et) {
    const shape = eventTypeShape(et);
    const head = '{"type":"' + et.type + '"';
    if (shape === null)
        return head + '}';
    return head + ',"data":{' + encodeFields(et.data, shape, '', 2) + '}}';
}
function encodeBlockAt(b, depth) {
    return '{' + encodeFields(b, blockShape(b), '"type":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.type), depth) + '}';
}
function encodeBlock(b) {
    return encodeBlockAt(b, 3);
}
function encodeEventExact(e, withType) {
    return '{' + encodeFields(e, _shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_SHAPE */ .vV, withType ? '"type":"event"' : '', EVENT_DEPTH) + '}';
}
// ---------------------------------------------------------------------------------------------
// Fast path: one ordered plain object per event, written by a single JSON.stringify call (far fewer
// intermediate strings than concatenation). Used when every free-form value is JSON.stringify-safe.
/** The plain value of a field for JSON.stringify, or NOT_PLAIN when it needs the exact encoder. */
function plainValue(v, spec, key, depth) {
    switch (spec.kind) {
        case 'string':
        case 'boolean':
        case 'strings':
            return v;
        case 'timestamp':
            return (0,_timestamp__WEBPACK_IMPORTED_MODULE_3__/* .formatTsZ */ .ju)(v);
        case 'int':
            return checkedInt(v, key);
        case 'attributes':
        case 'json':
            return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .plainCanonicalAt */ .Kt)(v, depth);
        case 'record':
            return plainFields(v, spec.shape, {}, depth);
        case 'eventType': {
            const et = v;
            const shape = eventTypeShape(et);
            if (shape === null)
                return { type: et.type };
            const data = plainFields(et.data, shape, {}, depth + 1);
            return data === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV ? _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV : { type: et.type, data };
        }
        case 'content': {
            const src = v.blocks;
            const blocks = new Array(src.length);
            for (let i = 0; i < src.length; i++) {
                const b = plainFields(src[i], blockShape(src[i]), { type: src[i].type }, depth + 2);
                if (b === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
                    return _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV;
                blocks[i] = b;
            }
            return { blocks };
        }
    }
}
/** `o`'s fields in table order added to `out`, or NOT_PLAIN. */
function plainFields(o, shape, out, depth) {
    const fields = (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(shape);
    for (let i = 0; i < fields.length; i++) {
        const [key, spec] = fields[i];
        const v = o[key];
        if (skipped(v, spec))
            continue;
        const p = plainValue(v, spec, key, depth + 1);
        if (p === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
            return _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV;
        out[key] = p;
    }
    return out;
}
/** The reader builds event_type and blocks with exactly the written keys, in write order. */
function readerBuiltContent(e) {
    const src = e.content.blocks;
    for (let i = 0; i < src.length; i++)
        if (src[i].type === 'Json')
            return undefined;
    return e.content;
}
// In-place checks: a parser that builds its objects with the table's keys in table order (and attribute
// maps already sorted) gets them written as they are, with no per-event copy. Anything else is copied.
/**
 * True when JSON.stringify writes `o` exactly as the plain copy of plainFields would: the same keys in
 * table order (after `lead`, the tag key), values written as they are. `int` fields are checked as the
 * copy checks them (an unwritable value throws the same error).
 */
function recordInPlace(o, fields, lead) {
    let i = 0;
    let leadSeen = lead === undefined;
    for (const k in o) {
        const v = o[k];
        if (!leadSeen) {
            if (k !== lead)
                return false;
            leadSeen = true;
            continue;
        }
        if (v === undefined)
            continue; // left out by JSON.stringify and by the copy alike
        while (i < fields.length && fields[i][0] !== k)
            i++;
        if (i === fields.length)
            return false; // a key the table does not have, or out of order
        const spec = fields[i][1];
        switch (spec.kind) {
            case 'string':
            case 'boolean':
                break;
            case 'int':
                checkedInt(v, k);
                break;
            default:
                return false;
        }
        i++;
    }
    return leadSeen;
}
/** The event type as it can be written (itself when already in table order), or NOT_PLAIN. */
function eventTypeInPlace(et, depth) {
    const shape = eventTypeShape(et);
    const data = et.data;
    let keys = 0;
    for (const k in et) {
        if (et[k] === undefined)
            continue;
        if (keys === 0 ? k !== 'type' : k !== 'data' || keys > 1)
            return plainValue(et, EVENT_SPEC_TYPE, 'event_type', depth);
        keys++;
    }
    if (shape === null
        ? keys === 1
        : keys === 2 &&
            typeof data === 'object' &&
            data !== null &&
            recordInPlace(data, (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(shape), undefined))
        return et;
    return plainValue(et, EVENT_SPEC_TYPE, 'event_type', depth);
}
/** The content as it can be written (itself, or a copy where a Json block's data needed sorting), or NOT_PLAIN. */
function contentInPlace(c, depth) {
    for (const k in c)
        if (k !== 'blocks' && c[k] !== undefined)
            return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
    const src = c.blocks;
    if (!Array.isArray(src))
        return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
    let copy;
    for (let i = 0; i < src.length; i++) {
        const b = src[i];
        const shape = blockShape(b);
        if (b.type === 'Json') {
            let keys = 0;
            for (const k in b) {
                if (b[k] === undefined)
                    continue;
                if (keys === 0 ? k !== 'type' : k !== 'data' || keys > 1)
                    return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
                keys++;
            }
            if (b.data === undefined)
                continue;
            // blocks sit at depth + 2 (content, blocks), a block's data one level deeper
            const r = (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .plainCanonicalAt */ .Kt)(b.data, depth + 3);
            if (r === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
                return _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV;
            if (r !== b.data) {
                if (copy === undefined)
                    copy = src.slice();
                copy[i] = { type: 'Json', data: r };
            }
        }
        else if (!recordInPlace(b, (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(shape), 'type')) {
            return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
        }
    }
    return copy === undefined ? c : { blocks: copy };
}
const EVENT_SPEC_TYPE = _shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_SHAPE */ .vV.event_type;
const EVENT_SPEC_CONTENT = _shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_SHAPE */ .vV.content;
function encodeEventPlain(e, withType, readerBuilt) {
    const out = withType ? { type: 'event' } : {};
    const fields = (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(_shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_SHAPE */ .vV);
    for (let i = 0; i < fields.length; i++) {
        const [key, spec] = fields[i];
        const v = e[key];
        if (skipped(v, spec))
            continue;
        let p;
        if (readerBuilt && spec.kind === 'eventType')
            p = v;
        else if (readerBuilt && spec.kind === 'content')
            p = readerBuiltContent(e) ?? plainValue(v, spec, key, 1);
        else if (spec.kind === 'eventType')
            p = eventTypeInPlace(v, 1);
        else if (spec.kind === 'content')
            p = contentInPlace(v, 1);
        else
            p = plainValue(v, spec, key, 1);
        if (p === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
            return undefined;
        out[key] = p;
    }
    return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyPlain */ .g6)(out);
}
/**
 * Event line of an event just built by the reader and not touched since (canonicalize's streaming
 * path): its event_type and content objects are written as they are instead of being rebuilt.
 */
function encodeReaderEventLine(e) {
    return encodeEventPlain(e, true, true) ?? encodeEventExact(e, true);
}
/** The event object text; `withType` adds the leading `"type":"event"` of the JSONL form. */
function encodeEvent(e, withType) {
    return encodeEventPlain(e, withType, false) ?? encodeEventExact(e, withType);
}
function encodeEventLine(e) {
    return encodeEvent(e, true);
}
/** Stats object text; `withType` adds the leading `"type":"stats"`. */
function encodeStats(s, withType) {
    return '{' + encodeFields(s, _shape__WEBPACK_IMPORTED_MODULE_2__/* .STATS_SHAPE */ .uV, withType ? '"type":"stats"' : '', EVENT_DEPTH) + '}';
}
function encodeStatsLine(s) {
    return encodeStats(s, true);
}
// ---------------------------------------------------------------------------------------------
// Object forms (whole-session JSON, 2.9): same key orders, attribute maps as sorted copies.
function objectValue(v, spec, depth) {
    switch (spec.kind) {
        case 'string':
        case 'boolean':
        case 'int':
            return v;
        case 'timestamp':
            return (0,_timestamp__WEBPACK_IMPORTED_MODULE_3__/* .formatTsZ */ .ju)(v);
        case 'strings':
            return [...v];
        case 'attributes':
        case 'json':
            return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .sortJsonKeysAt */ .cI)(v, depth);
        case 'record':
            return objectFields(v, spec.shape, {}, depth);
        case 'eventType':
            return eventTypeToObject(v);
        case 'content':
            return { blocks: v.blocks.map((b) => blockObjectAt(b, depth + 2)) };
    }
}
function objectFields(o, shape, out, depth) {
    const fields = (0,_shape__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(shape);
    for (let i = 0; i < fields.length; i++) {
        const [key, spec] = fields[i];
        const v = o[key];
        if (skipped(v, spec))
            continue;
        out[key] = objectValue(v, spec, depth + 1);
    }
    return out;
}
function eventTypeToObject(et) {
    const shape = eventTypeShape(et);
    if (shape === null)
        return { type: et.type };
    return { type: et.type, data: objectFields(et.data, shape, {}, 2) };
}
function blockObjectAt(b, depth) {
    return objectFields(b, blockShape(b), { type: b.type }, depth);
}
function blockToObject(b) {
    return blockObjectAt(b, 3);
}
/** An event object of the whole-session form, where events sit at depth 2 (root, `events`). */
function eventToObject(e) {
    return objectFields(e, _shape__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_SHAPE */ .vV, {}, 2);
}
function agentToObject(a) {
    return objectFields(a, _shape__WEBPACK_IMPORTED_MODULE_2__/* .AGENT_SHAPE */ .ch, {}, 1);
}
function contextToObject(c) {
    return objectFields(c, _shape__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_SHAPE */ .md, {}, 1);
}
function statsToObject(s) {
    return objectFields(s, _shape__WEBPACK_IMPORTED_MODULE_2__/* .STATS_SHAPE */ .uV, {}, EVENT_DEPTH);
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ lastFastParsedValue),
/* harmony export */   M2: () => (/* binding */ toWholeSessionObject),
/* harmony export */   MW: () => (/* binding */ fromWholeSessionJson),
/* harmony export */   Mf: () => (/* binding */ parseHailLineScanned),
/* harmony export */   Vs: () => (/* binding */ forEachHailLine),
/* harmony export */   cJ: () => (/* binding */ HailParseError),
/* harmony export */   e6: () => (/* binding */ parseHailLine),
/* harmony export */   iL: () => (/* binding */ parseHail),
/* harmony export */   m1: () => (/* binding */ readHailHeader),
/* harmony export */   pB: () => (/* binding */ isBlankLine)
/* harmony export */ });
/* unused harmony exports parseLineJson, readHailHeaderAndStats */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9437);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9823);
/* harmony import */ var _shape__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1298);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1022);
// HAIL JSONL reader (hail-and-store.md section 4.2) and the whole-session JSON form (2.9).
//
// Hot path: each line goes through JSON.parse when a cheap pre-scan shows it cannot hold anything
// JSON.parse gets wrong (float lexemes, surrogate escapes, duplicate keys, unsafe integers, -0);
// every other line goes through the lossless parser. Both produce the same JsonValue. Typed objects
// are then built by one walk over the shape table (shape.ts; no zod per line) that produces the exact
// messages.







/** A reader error: `Missing header line`, `Unexpected line type at line N: ...`, `JSON error at line N: ...`. */
class HailParseError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    line;
    detail;
    constructor(message, 
    /** 1-based physical line number (undefined for `Missing header line` and whole-session input). */
    line, 
    /** The detail after `JSON error at line N: `, when the error is a JSON error. */
    detail) {
        super(message);
        this.line = line;
        this.detail = detail;
        this.name = 'HailParseError';
    }
}
// ---------------------------------------------------------------------------------------------
// Shape errors
/** A shape error; `message` is the detail. */
class ShapeError extends Error {
}
/** A typed integer field holds a number of the wrong kind or range; the lexeme is looked up later. */
class NumberFieldError extends Error {
    field;
    path;
    value;
    constructor(field, path, value) {
        super(`invalid number for \`${field}\``);
        this.field = field;
        this.path = path;
        this.value = value;
    }
}
function fail(detail) {
    throw new ShapeError(detail);
}
function missing(name) {
    throw new ShapeError(`missing field \`${name}\``);
}
function expected(what) {
    throw new ShapeError(`invalid type: expected ${what}`);
}
/** `unknown line type "user" (expected header, event or stats)`: plain words, not serde's (amendments A14). */
function unknownVariant(value, names, what) {
    const choices = names.length <= 3 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : `one of ${names.join(', ')}`;
    throw new ShapeError(`unknown ${what} ${JSON.stringify(value)} (expected ${choices})`);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof _types__WEBPACK_IMPORTED_MODULE_6__/* .JsonFloat */ .Xg);
}
function reqObject(o, key) {
    const v = o[key];
    if (isObject(v))
        return v;
    if (v === undefined)
        missing(key);
    expected('an object');
}
function reqString(o, key) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        missing(key);
    expected('a string');
}
function optString(o, key) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined || v === null)
        return undefined;
    expected('a string');
}
function reqBool(o, key) {
    const v = o[key];
    if (typeof v === 'boolean')
        return v;
    if (v === undefined)
        missing(key);
    expected('a boolean');
}
function stringList(o, key) {
    const v = o[key];
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        expected('an array of strings');
    for (let i = 0; i < v.length; i++)
        if (typeof v[i] !== 'string')
            expected('a string');
    return v.slice();
}
function attributes(o, key) {
    const v = o[key];
    if (v === undefined || v === null)
        return {};
    if (isObject(v))
        return v;
    expected('an object');
}
function timestampField(o, key) {
    const v = o[key];
    if (typeof v === 'string') {
        try {
            return (0,_timestamp__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(v);
        }
        catch (e) {
            if (e instanceof _timestamp__WEBPACK_IMPORTED_MODULE_4__/* .TimestampError */ .L6)
                fail(e.message);
            throw e;
        }
    }
    if (v === undefined)
        missing(key);
    expected('an RFC 3339 timestamp string');
}
/** A typed integer field in [min, max]; `undefined` when absent or null. */
function intField(o, key, min, max) {
    const v = o[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= min && v <= max)
            return v;
        throw new NumberFieldError(key, [key], v);
    }
    if (typeof v === 'bigint' || v instanceof _types__WEBPACK_IMPORTED_MODULE_6__/* .JsonFloat */ .Xg)
        throw new NumberFieldError(key, [key], v);
    expected('an integer');
}
// ---------------------------------------------------------------------------------------------
// Typed builders: one walk over the shape table (shape.ts), field by field in write order, so the
// first error reported is the first bad field in the order the fields are written.
/** Reads `o[key]` per `spec` into `out[key]` (nothing for an absent optional field). */
function readField(o, key, spec, out) {
    switch (spec.kind) {
        case 'string':
            if (spec.presence === 'required')
                out[key] = reqString(o, key);
            else {
                const v = optString(o, key);
                if (v !== undefined)
                    out[key] = v;
            }
            return;
        case 'boolean':
            out[key] = reqBool(o, key);
            return;
        case 'timestamp':
            out[key] = timestampField(o, key);
            return;
        case 'int': {
            const v = intField(o, key, spec.min, spec.max);
            if (v !== undefined)
                out[key] = v;
            else if (spec.presence === 'default')
                out[key] = 0;
            else if (spec.presence === 'required') {
                if (o[key] === null)
                    expected('an integer');
                missing(key);
            }
            return;
        }
        case 'strings':
            out[key] = stringList(o, key);
            return;
        case 'attributes':
            out[key] = attributes(o, key);
            return;
        case 'json':
            if (!Object.prototype.hasOwnProperty.call(o, key))
                missing(key);
            out[key] = o[key];
            return;
        case 'record':
            out[key] = withPath([key], () => readRecord(reqObject(o, key), spec.shape, {}));
            return;
        case 'eventType':
            out[key] = withPath([key], () => buildEventType(reqObject(o, key)));
            return;
        case 'content': {
            const content = reqObject(o, key);
            const rawBlocks = content.blocks;
            if (!Array.isArray(rawBlocks)) {
                if (rawBlocks === undefined)
                    missing('blocks');
                expected('an array of content blocks');
            }
            const blocks = new Array(rawBlocks.length);
            for (let i = 0; i < rawBlocks.length; i++)
                blocks[i] = withPath([key, 'blocks', i], () => buildBlock(rawBlocks[i]));
            out[key] = { blocks };
            return;
        }
    }
}
/** Runs `read`, prefixing the path of a NumberFieldError it throws (to find the number's lexeme later). */
function withPath(prefix, read) {
    try {
        return read();
    }
    catch (e) {
        if (e instanceof NumberFieldError)
            e.path.unshift(...prefix);
        throw e;
    }
}
/** Every field of `shape` read from `o` into `out`, in table order. */
function readRecord(o, shape, out) {
    const fields = (0,_shape__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(shape);
    for (let i = 0; i < fields.length; i++)
        readField(o, fields[i][0], fields[i][1], out);
    return out;
}
const EVENT_TYPES = _shape__WEBPACK_IMPORTED_MODULE_5__/* .EVENT_TYPE_SHAPES */ .xP;
const BLOCKS = _shape__WEBPACK_IMPORTED_MODULE_5__/* .BLOCK_SHAPES */ .Z0;
const BLOCK_TYPE_NAMES = Object.keys(_shape__WEBPACK_IMPORTED_MODULE_5__/* .BLOCK_SHAPES */ .Z0);
function typeTag(o) {
    const t = o.type;
    if (typeof t !== 'string') {
        if (t === undefined)
            missing('type');
        expected('a string');
    }
    return t;
}
function buildEventType(o) {
    const t = typeTag(o);
    const shape = EVENT_TYPES[t];
    if (shape === undefined || !Object.prototype.hasOwnProperty.call(EVENT_TYPES, t))
        unknownVariant(t, _types__WEBPACK_IMPORTED_MODULE_6__/* .EVENT_TYPE_NAMES */ .hb, 'event type');
    if (shape === null) {
        if (o.data !== undefined && o.data !== null)
            expected(`no \`data\` for unit variant \`${t}\``);
        return { type: t };
    }
    const d = o.data;
    if (!isObject(d)) {
        if (d === undefined)
            missing('data');
        expected('an object for `data`');
    }
    return { type: t, data: withPath(['data'], () => readRecord(d, shape, {})) };
}
function buildBlock(v) {
    if (!isObject(v))
        expected('an object');
    const t = typeTag(v);
    const shape = BLOCKS[t];
    if (shape === undefined || !Object.prototype.hasOwnProperty.call(BLOCKS, t))
        unknownVariant(t, BLOCK_TYPE_NAMES, 'content block type');
    return readRecord(v, shape, { type: t });
}
function buildHeader(o) {
    return readRecord(o, _shape__WEBPACK_IMPORTED_MODULE_5__/* .HEADER_SHAPE */ .il, {});
}
function buildEvent(o) {
    return readRecord(o, _shape__WEBPACK_IMPORTED_MODULE_5__/* .EVENT_SHAPE */ .vV, {});
}
function buildStats(o) {
    return readRecord(o, _shape__WEBPACK_IMPORTED_MODULE_5__/* .STATS_SHAPE */ .uV, {});
}
function buildLine(v) {
    if (!isObject(v))
        expected('an object');
    const t = v.type;
    if (t === 'event')
        return { kind: 'event', event: buildEvent(v) };
    if (typeof t !== 'string') {
        if (t === undefined)
            missing('type');
        expected('a string');
    }
    if (t === 'header')
        return { kind: 'header', header: buildHeader(v) };
    if (t === 'stats')
        return { kind: 'stats', stats: buildStats(v) };
    unknownVariant(t, _shape__WEBPACK_IMPORTED_MODULE_5__/* .LINE_TYPES */ .de, 'line type');
}
// ---------------------------------------------------------------------------------------------
// Per-line JSON: fast path + lossless fallback
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const WHITESPACE_BEFORE_COLON = /"[ \t\r]+:/;
const FLOAT_IN_ARRAY = /[,[][ \t\r]*-?\d+[.eE]/;
/** Set by countKeys when some array holds a number (its lexeme may be a float such as `1.0`). */
let arrayHoldsNumber = false;
/** Counted by countKeys: object member values that are non-integral numbers (from float lexemes). */
let memberFloats = 0;
/**
 * Total number of object keys in a JSON.parse result, or -1 when it holds a number the fast path
 * cannot represent (integral but unsafe: a big integer or a float lexeme like 1e300; -0).
 */
function countKeys(v, depth) {
    if (depth > _json__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr)
        return -1;
    let n = 0;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'object') {
                if (x !== null) {
                    const k = countKeys(x, depth + 1);
                    if (k < 0)
                        return -1;
                    n += k;
                }
            }
            else if (typeof x === 'number') {
                arrayHoldsNumber = true;
                if (!Number.isSafeInteger(x) || (x === 0 && 1 / x < 0))
                    return -1;
            }
        }
        return n;
    }
    const o = v;
    for (const key in o) {
        n++;
        const x = o[key];
        if (typeof x === 'object') {
            if (x !== null) {
                const k = countKeys(x, depth + 1);
                if (k < 0)
                    return -1;
                n += k;
            }
        }
        else if (typeof x === 'number') {
            if (!Number.isSafeInteger(x)) {
                if (Number.isInteger(x) || !Number.isFinite(x))
                    return -1;
                memberFloats++;
            }
            else if (x === 0 && 1 / x < 0)
                return -1;
        }
    }
    return n;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/** Float-like lexemes found right after an unescaped `":` by the last scanColons call. */
let colonFloats = 0;
/** Set by the last scanColons call when some `:` follows a space, tab or CR. */
let colonAfterWhitespace = false;
/**
 * One pass over every `:` of the raw line. Returns the number whose preceding `"` is not escaped:
 * every key without whitespace before its colon contributes exactly one; an opening quote of a
 * string value starting with `:` adds a spurious one, so the count is an upper bound on such keys.
 * Also counts, in colonFloats, the places where a float lexeme follows such a colon (an upper bound
 * on the float-valued members), and notes colons preceded by whitespace (keys written `"k" :`).
 */
function scanColons(line) {
    let n = 0;
    colonFloats = 0;
    colonAfterWhitespace = false;
    let i = line.indexOf(':');
    while (i >= 0) {
        const p = line.charCodeAt(i - 1);
        if (p === 0x22) {
            let unescaped = line.charCodeAt(i - 2) !== 0x5c;
            if (!unescaped) {
                let k = 1;
                while (line.charCodeAt(i - 2 - k) === 0x5c)
                    k++;
                unescaped = (k & 1) === 0;
            }
            if (unescaped) {
                n++;
                let j = i + 1;
                let c = line.charCodeAt(j);
                while (c === 0x20 || c === 0x09 || c === 0x0d)
                    c = line.charCodeAt(++j);
                if (c === 0x2d)
                    c = line.charCodeAt(++j);
                if (isDigit(c)) {
                    do
                        c = line.charCodeAt(++j);
                    while (isDigit(c));
                    if (c === 0x2e || c === 0x65 || c === 0x45)
                        colonFloats++;
                }
            }
        }
        else if (p === 0x20 || p === 0x09 || p === 0x0d) {
            colonAfterWhitespace = true;
        }
        i = line.indexOf(':', i + 1);
    }
    return n;
}
const SLOW = Symbol('slow');
/**
 * JSON.parse when provably equivalent to the lossless parser for this line, else SLOW. Routed to
 * the lossless parser: surrogate escapes, whitespace before a key's colon, possible duplicate keys
 * (keys seen by JSON.parse != unescaped `":` count), unsafe integers, -0, float lexemes in arrays,
 * and float lexemes with integral values (`1.0`: JSON.parse would make them integers). Member
 * floats are fine when the parsed value holds as many non-integral members as float lexemes seen.
 */
function fastParse(line) {
    const colons = textChecks(line);
    if (colons < 0)
        return SLOW;
    const v = parseObject(line);
    return v === SLOW ? SLOW : valueChecks(line, v, colons);
}
/** JSON.parse of a line: the object it holds, or SLOW for anything else (a syntax error, not an object). */
function parseObject(line) {
    let v;
    try {
        v = JSON.parse(line);
    }
    catch {
        return SLOW;
    }
    return typeof v === 'object' && v !== null ? v : SLOW;
}
/** The checks of the raw text before JSON.parse: -1 (SLOW) or the scanColons count. */
function textChecks(line) {
    if (line.indexOf('\\u') >= 0 && SURROGATE_ESCAPE.test(line))
        return -1;
    const colons = scanColons(line);
    if (colonAfterWhitespace && WHITESPACE_BEFORE_COLON.test(line))
        return -1;
    return colons;
}
/** The checks of JSON.parse's value `v` of `line` against textChecks' `colons`: `v` or SLOW. */
function valueChecks(line, v, colons) {
    arrayHoldsNumber = false;
    memberFloats = 0;
    // keys seen <= keys written <= unescaped `":` count; equality proves no key was merged away
    const keys = countKeys(v, 0);
    if (keys < 0 || keys !== colons)
        return SLOW;
    // non-integral members <= float member lexemes <= colonFloats; equality: no float lexeme was integral
    if (memberFloats !== colonFloats)
        return SLOW;
    if (arrayHoldsNumber && FLOAT_IN_ARRAY.test(line))
        return SLOW;
    return v;
}
/**
 * fastParse with the text checks taken from a scan the caller shares with later work (the splicer's
 * scanLine): JSON.parse first, then `scan` gives the exact member and float counts, which replace
 * scanColons and the regular expressions. Where `scan` cannot vouch for the line, fastParse's checks run.
 * Same answer as fastParse: the counts are exact where scanColons' are upper bounds, and the value is
 * only taken when it provably equals the lossless parser's.
 */
function fastParseScanned(line, scan) {
    const v = parseObject(line);
    if (v === SLOW)
        return SLOW;
    const facts = scan(line);
    if (facts === undefined) {
        const colons = textChecks(line);
        return colons < 0 ? SLOW : valueChecks(line, v, colons);
    }
    if (facts.arrayFloat)
        return SLOW; // JSON.parse would make `[1.0]` an integer
    memberFloats = 0;
    // keys seen == keys written: no key was merged away; non-integral members == float member lexemes
    const keys = countKeys(v, 0);
    if (keys < 0 || keys !== facts.keys || memberFloats !== facts.memberFloats)
        return SLOW;
    return v;
}
/** The JSON.parse result of the last line parseHailLine read, when it took the fast path (else undefined). */
let lastFastValue;
/**
 * The raw JSON.parse value behind the last parseHailLine result, when that line took the fast path
 * (so its text is exactly what JSON.parse read: no float, surrogate or duplicate-key corrections).
 */
function lastFastParsedValue() {
    return lastFastValue;
}
/** Parses one line's JSON with the HAIL value model. Throws JsonSyntaxError. */
function parseLineJson(line) {
    return fromFastParse(line, fastParse(line));
}
function fromFastParse(line, v) {
    if (v === SLOW) {
        lastFastValue = undefined;
        return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonLossless */ .KK)(line);
    }
    lastFastValue = v;
    return v;
}
function lexemeAt(root, path) {
    let cur = root;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur instanceof _json__WEBPACK_IMPORTED_MODULE_1__/* .NumberLexeme */ .AI ? cur.lexeme : undefined;
}
function valueText(v) {
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_6__/* .JsonFloat */ .Xg)
        return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .kr)(v.value);
    if (typeof v === 'number')
        return Number.isSafeInteger(v) ? String(v) : (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .kr)(v);
    return String(v);
}
function numberDetail(e, rawText, prefix) {
    let lexeme;
    if (rawText !== undefined) {
        try {
            lexeme = lexemeAt((0,_json__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonWithLexemes */ .LZ)(rawText), [...prefix, ...e.path]);
        }
        catch {
            lexeme = undefined;
        }
    }
    return `invalid number for \`${e.field}\`: ${lexeme ?? valueText(e.value)}`;
}
function detailOf(e, rawText, prefix = []) {
    if (e instanceof ShapeError || e instanceof _json__WEBPACK_IMPORTED_MODULE_1__/* .JsonSyntaxError */ .q3)
        return e.message;
    if (e instanceof NumberFieldError)
        return numberDetail(e, rawText, prefix);
    return undefined;
}
/** Parses one non-blank HAIL line. Errors become `JSON error at line {lineNo}: {detail}`. */
function parseHailLine(line, lineNo) {
    try {
        return buildLine(parseLineJson(line));
    }
    catch (e) {
        throw lineError(e, line, lineNo);
    }
}
/**
 * parseHailLine whose fast-path checks come from `scan` (see fastParseScanned): the same result and
 * errors, one scan of the line shared with the caller (canonicalizeBytes' splicer).
 */
function parseHailLineScanned(line, lineNo, scan) {
    try {
        return buildLine(fromFastParse(line, fastParseScanned(line, scan)));
    }
    catch (e) {
        throw lineError(e, line, lineNo);
    }
}
/** `JSON error at line {lineNo}: {detail}` for a shape or JSON error; any other error as it is. */
function lineError(e, line, lineNo) {
    const detail = detailOf(e, line);
    if (detail === undefined)
        return e;
    return new HailParseError(`JSON error at line ${lineNo}: ${detail}`, lineNo, detail);
}
/** A line of only spaces and tabs, or empty. */
function isBlankLine(line) {
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09)
            return false;
    }
    return true;
}
/**
 * Calls `visit(line, lineNo)` for each non-blank physical line (BOM removed, one trailing CR
 * stripped). Stops early when `visit` returns false.
 */
function forEachHailLine(text, visit) {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const len = text.length;
    let lineNo = 0;
    while (pos <= len) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = len;
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === 0x0d)
            end--;
        lineNo++;
        const first = text.charCodeAt(pos);
        if (first === 0x7b ? true : !isBlankLine(text.slice(pos, end))) {
            if (visit(text.slice(pos, end), lineNo) === false)
                return;
        }
        pos = nl + 1;
    }
}
/** Reads a HAIL JSONL text into a session (section 4.2). Throws HailParseError. */
function parseHail(text) {
    let header;
    const events = [];
    let lastStats;
    forEachHailLine(text, (line, lineNo) => {
        const parsed = parseHailLine(line, lineNo);
        if (header === undefined) {
            if (parsed.kind !== 'header') {
                throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            header = parsed.header;
            return;
        }
        switch (parsed.kind) {
            case 'event':
                events.push(parsed.event);
                lastStats = undefined;
                break;
            case 'stats':
                lastStats = parsed.stats;
                break;
            case 'header':
                throw new HailParseError(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
    });
    if (header === undefined)
        throw new HailParseError('Missing header line', undefined);
    const session = {
        version: header.version,
        session_id: header.session_id,
        agent: header.agent,
        context: header.context,
        events,
        stats: lastStats ?? (0,_stats__WEBPACK_IMPORTED_MODULE_3__/* .recomputeStats */ .Qf)({ events }),
    };
    return session;
}
function parseHeaderLine(line, lineNo) {
    const parsed = parseHailLine(line, lineNo);
    if (parsed.kind !== 'header') {
        throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
    }
    return parsed.header;
}
/** Header-only partial reader: parses only the first non-blank line. */
function readHailHeader(text) {
    let header;
    forEachHailLine(text, (line, lineNo) => {
        header = parseHeaderLine(line, lineNo);
        return false;
    });
    if (header === undefined)
        throw new HailParseError('Missing header line', undefined);
    return header;
}
/**
 * Header + stats partial reader: the first non-blank line, plus the last non-blank line when it is a
 * valid stats line (else `stats` is undefined).
 */
function readHailHeaderAndStats(text) {
    const header = readHailHeader(text);
    // the last non-blank line, found by scanning backwards; it must not be the header line itself
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let end = text.length;
    while (end > bom) {
        const nl = text.lastIndexOf('\n', end - 1);
        const start = Math.max(nl + 1, bom);
        let lineEnd = end;
        if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d)
            lineEnd--;
        const line = text.slice(start, lineEnd);
        if (!isBlankLine(line)) {
            if (start === firstNonBlankStart(text, bom))
                return { header, stats: undefined };
            try {
                const parsed = parseHailLine(line, 0);
                return { header, stats: parsed.kind === 'stats' ? parsed.stats : undefined };
            }
            catch {
                return { header, stats: undefined };
            }
        }
        if (nl < 0)
            break;
        end = nl;
    }
    return { header, stats: undefined };
}
function firstNonBlankStart(text, from) {
    let pos = from;
    for (;;) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.length;
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === 0x0d)
            end--;
        if (!isBlankLine(text.slice(pos, end)) || nl >= text.length)
            return pos;
        pos = nl + 1;
    }
}
// ---------------------------------------------------------------------------------------------
// Whole-session JSON form (2.9)
/** The whole-session object: keys version, session_id, agent, context, events (no `type`), stats (no `type`). */
function toWholeSessionObject(session) {
    return {
        version: session.version,
        session_id: session.session_id,
        agent: (0,_encode__WEBPACK_IMPORTED_MODULE_2__/* .agentToObject */ .sf)(session.agent),
        context: (0,_encode__WEBPACK_IMPORTED_MODULE_2__/* .contextToObject */ ._N)(session.context),
        events: session.events.map(_encode__WEBPACK_IMPORTED_MODULE_2__/* .eventToObject */ .di),
        stats: (0,_encode__WEBPACK_IMPORTED_MODULE_2__/* .statsToObject */ .ge)(session.stats),
    };
}
/**
 * Reads the whole-session form from JSON text or an already parsed value (use parseJsonLossless for
 * text you parse yourself). `stats` is taken as given when present (first five fields required) and
 * recomputed when absent or null. Errors: HailParseError `invalid session JSON: {detail}`.
 */
function fromWholeSessionJson(input) {
    const rawText = typeof input === 'string' ? input : undefined;
    let prefix = [];
    try {
        const v = typeof input === 'string' ? (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonLossless */ .KK)(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : input;
        if (!isObject(v))
            expected('an object');
        const header = buildHeader(v);
        const rawEvents = v.events;
        if (!Array.isArray(rawEvents)) {
            if (rawEvents === undefined)
                missing('events');
            expected('an array of events');
        }
        const events = new Array(rawEvents.length);
        for (let i = 0; i < rawEvents.length; i++) {
            prefix = ['events', i];
            const e = rawEvents[i];
            if (!isObject(e))
                expected('an object');
            events[i] = buildEvent(e);
        }
        prefix = ['stats'];
        const rawStats = v.stats;
        let stats;
        if (rawStats === undefined || rawStats === null)
            stats = (0,_stats__WEBPACK_IMPORTED_MODULE_3__/* .recomputeStats */ .Qf)({ events });
        else if (isObject(rawStats))
            stats = buildStats(rawStats);
        else
            expected('an object');
        return { ...header, events, stats };
    }
    catch (e) {
        const text = rawText !== undefined && rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
        const detail = detailOf(e, text, prefix);
        if (detail === undefined)
            throw e;
        throw new HailParseError(`invalid session JSON: ${detail}`, undefined, detail);
    }
}


/***/ })

};
;