"use strict";
exports.id = 2134;
exports.ids = [2134];
exports.modules = {

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* reexport safe */ _rules__WEBPACK_IMPORTED_MODULE_0__.E8),
/* harmony export */   IF: () => (/* reexport safe */ _lines__WEBPACK_IMPORTED_MODULE_3__.IF),
/* harmony export */   K1: () => (/* reexport safe */ _jsondoc__WEBPACK_IMPORTED_MODULE_5__.K1),
/* harmony export */   P3: () => (/* reexport safe */ _fs__WEBPACK_IMPORTED_MODULE_7__.P3),
/* harmony export */   P_: () => (/* reexport safe */ _rules__WEBPACK_IMPORTED_MODULE_0__.P_),
/* harmony export */   Qy: () => (/* reexport safe */ _builder__WEBPACK_IMPORTED_MODULE_6__.Q),
/* harmony export */   RS: () => (/* reexport safe */ _lines__WEBPACK_IMPORTED_MODULE_3__.RS),
/* harmony export */   Se: () => (/* reexport safe */ _lines__WEBPACK_IMPORTED_MODULE_3__.Se),
/* harmony export */   ZT: () => (/* reexport safe */ _lines__WEBPACK_IMPORTED_MODULE_3__.ZT),
/* harmony export */   j_: () => (/* reexport safe */ _lines__WEBPACK_IMPORTED_MODULE_3__.j_),
/* harmony export */   lm: () => (/* reexport safe */ _fs__WEBPACK_IMPORTED_MODULE_7__.lm),
/* harmony export */   nG: () => (/* reexport safe */ _fs__WEBPACK_IMPORTED_MODULE_7__.nG),
/* harmony export */   ol: () => (/* reexport safe */ _fs__WEBPACK_IMPORTED_MODULE_7__.ol),
/* harmony export */   pc: () => (/* reexport safe */ _time__WEBPACK_IMPORTED_MODULE_1__.pc),
/* harmony export */   yI: () => (/* reexport safe */ _fs__WEBPACK_IMPORTED_MODULE_7__.yI)
/* harmony export */ });
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2536);
/* harmony import */ var _tools__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8506);
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4659);
/* harmony import */ var _jsondoc__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3349);
/* harmony import */ var _builder__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9238);
/* harmony import */ var _fs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5682);
// Shared parser helpers (parsers.md section 2 and 9). Parser modules import from here.










/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ JsonRecord),
/* harmony export */   Z: () => (/* binding */ parseJsonValue)
/* harmony export */ });
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
// JSON helpers for agent records: fast JSON.parse per record, with a lossless re-parse (HAIL number
// model, parsers.md 9) only when a value is copied verbatim into output and the text holds a number
// that JSON.parse would change (a float lexeme or an integer of 16+ digits).

const LOSSY_NUMBER = /[:,[]\s*-?(?:\d+[.eE]|\d{16})/;
/** True when JSON.parse might lose number information for this JSON text (may be a false positive). */
function mayLoseNumbers(text) {
    return LOSSY_NUMBER.test(text);
}
/**
 * JSON text → JsonValue with the HAIL number model. Falls back to JSON.parse when the strict parser
 * rejects it (agent logs may repeat keys); undefined when it is not JSON at all.
 */
function parseJsonValue(text) {
    if (!mayLoseNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    try {
        return (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(text);
    }
    catch {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
}
/**
 * One JSONL record: `value` from JSON.parse (fast path for reading fields) and `lossless()`, the same
 * document with exact numbers, parsed only on demand. Navigate both with the same keys.
 */
class JsonRecord {
    text;
    value;
    exact;
    constructor(text, value) {
        this.text = text;
        this.value = value;
    }
    lossless() {
        if (this.exact === undefined) {
            this.exact = this.value;
            if (mayLoseNumbers(this.text)) {
                try {
                    const v = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(this.text);
                    if (typeof v === 'object' && v !== null && !Array.isArray(v))
                        this.exact = v;
                }
                catch {
                    // keep the JSON.parse value
                }
            }
        }
        return this.exact;
    }
    /** The value at `path` with exact numbers (for Json blocks and raw copies). */
    verbatim(...path) {
        if (this.exact === undefined) {
            // A value holding no number reads the same from JSON.parse as from the lossless parser (which
            // only differs in numbers, in cutting values nested deeper than MAX_DEPTH, and in rejecting what
            // JSON.parse accepts, where the JSON.parse value is kept anyway): skip the re-parse of the line.
            let fast = this.value;
            for (const key of path) {
                if (fast === null || typeof fast !== 'object')
                    return undefined;
                fast = fast[key];
            }
            if (fast === undefined || !holdsNumber(fast, path.length))
                return fast;
        }
        let cur = this.lossless();
        for (const key of path) {
            if (cur === null || typeof cur !== 'object')
                return undefined;
            cur = cur[key];
        }
        return cur;
    }
}
/**
 * True when `v` (nested at `depth` in its line) holds a number, or a container deeper than MAX_DEPTH
 * (where the lossless parser would cut it): then only the lossless parse gives its exact value.
 */
function holdsNumber(v, depth) {
    if (typeof v === 'number')
        return true;
    if (typeof v !== 'object' || v === null)
        return false;
    if (depth > _hail_json__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr)
        return true;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
                return true;
        }
        return false;
    }
    for (const k in v) {
        const x = v[k];
        if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
            return true;
    }
    return false;
}


/***/ }),

/***/ 2134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hailParser: () => (/* binding */ hailParser)
/* harmony export */ });
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
/* harmony import */ var _hail_reader__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4632);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2421);
/* harmony import */ var _detect__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8008);
/* harmony import */ var _common_lines__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7862);
// HAIL passthrough (parsers.md 4.8): HAIL JSONL read line by line with the HAIL reader rules, or one
// whole-session JSON object whose `events` are streamed. Events pass through unchanged.






const NEITHER = 'input is neither HAIL JSONL nor HAIL JSON';
function failed(message) {
    return new _types__WEBPACK_IMPORTED_MODULE_5__/* .ParserFailed */ .Rb('hail', message);
}
/** HAIL JSONL as a line-fed state machine (section 5). */
class HailLineParser {
    builder;
    header;
    sawNonBlank = false;
    constructor(sink, ctx) {
        this.builder = new _common__WEBPACK_IMPORTED_MODULE_2__/* .SessionBuilder */ .Qy({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
    }
    takePending() {
        return this.builder.takePending();
    }
    feedLine(line) {
        if (line.kind === 'invalid-utf8')
            throw failed('input is not valid UTF-8 text');
        if (line.kind === 'oversized')
            throw failed(`JSON error at line ${line.lineNo}: record larger than 64 MiB`);
        if ((0,_hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .isBlankLine */ .pB)(line.text))
            return;
        let parsed;
        try {
            parsed = (0,_hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .parseHailLine */ .e6)(line.text, line.lineNo);
        }
        catch (e) {
            if (e instanceof _hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .HailParseError */ .cJ)
                throw failed(e.message);
            throw e;
        }
        if (!this.sawNonBlank) {
            this.sawNonBlank = true;
            if (parsed.kind !== 'header')
                throw failed(`Unexpected line type at line ${line.lineNo}: expected header`);
            this.header = parsed.header;
            return;
        }
        if (parsed.kind === 'header')
            throw failed(`Unexpected line type at line ${line.lineNo}: duplicate header`);
        if (parsed.kind === 'event')
            this.builder.emit(parsed.event);
    }
    async finish() {
        if (this.header === undefined)
            throw failed('Missing header line');
        this.builder.flush();
        await this.builder.drain();
        const h = this.header;
        return {
            header: { session_id: h.session_id, agent: h.agent, context: h.context, version: h.version },
            eventCount: this.builder.eventCount,
            warnings: [],
        };
    }
}
/** True when the first non-blank line is a JSON object with `type == "header"`. */
async function firstLineIsHeader(path) {
    const first = await (0,_common_lines__WEBPACK_IMPORTED_MODULE_4__/* .readFirstNonBlankLine */ .IF)(path);
    return first !== undefined && (0,_common_lines__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonObjectLine */ .j_)(first)?.type === 'header';
}
async function parseWholeSession(path, sink, ctx) {
    const probe = await (0,_detect__WEBPACK_IMPORTED_MODULE_3__/* .probeFile */ .pr)(path);
    const keys = probe.documentKeys;
    if (!keys || !['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k)))
        throw failed(NEITHER);
    const builder = new _common__WEBPACK_IMPORTED_MODULE_2__/* .SessionBuilder */ .Qy({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
    const members = {};
    let problem;
    await (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .streamJsonDocument */ .K1)(path, {
        arrayKey: 'events',
        memberLimit: 64 * 1024 * 1024,
        onMember: (key, raw) => {
            if (key === 'version' || key === 'session_id' || key === 'agent' || key === 'context') {
                try {
                    members[key] = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(raw);
                }
                catch {
                    problem ??= NEITHER;
                }
            }
        },
        onElement: (text, index) => {
            if (problem !== undefined)
                return;
            if (text === undefined) {
                problem = NEITHER;
                return;
            }
            try {
                const value = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(text);
                if (typeof value !== 'object' || value === null || Array.isArray(value))
                    throw new Error('invalid type: expected an object');
                const rest = { ...value };
                delete rest.type;
                const body = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .stringifyOrdered */ .Vd)(rest);
                const parsed = (0,_hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .parseHailLine */ .e6)('{"type":"event"' + (body === '{}' ? '}' : ',' + body.slice(1)), index);
                if (parsed.kind === 'event')
                    builder.emit(parsed.event);
            }
            catch (e) {
                const detail = e instanceof _hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .HailParseError */ .cJ && e.detail !== undefined ? e.detail : e instanceof Error ? e.message : String(e);
                problem = `invalid session JSON: ${detail}`;
            }
            return builder.takePending();
        },
    });
    if (problem !== undefined)
        throw failed(problem);
    builder.flush();
    await builder.drain();
    let header;
    try {
        const s = (0,_hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .fromWholeSessionJson */ .MW)({ ...members, events: [] });
        header = { version: s.version, session_id: s.session_id, agent: s.agent, context: s.context };
    }
    catch (e) {
        if (e instanceof _hail_reader__WEBPACK_IMPORTED_MODULE_1__/* .HailParseError */ .cJ)
            throw failed(e.message);
        throw e;
    }
    return {
        header: { session_id: header.session_id, agent: header.agent, context: header.context, version: header.version },
        eventCount: builder.eventCount,
        warnings: [],
    };
}
const hailParser = {
    id: 'hail',
    parse: async (path, sink, ctx) => {
        if (await firstLineIsHeader(path)) {
            const parser = new HailLineParser(sink, ctx);
            await (0,_common_lines__WEBPACK_IMPORTED_MODULE_4__/* .readLines */ .Se)(path, (line) => {
                parser.feedLine(line);
                return parser.takePending();
            });
            return parser.finish();
        }
        return parseWholeSession(path, sink, ctx);
    },
    createLineParser: (sink, ctx) => new HailLineParser(sink, ctx),
};


/***/ })

};
;