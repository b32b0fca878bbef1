"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ encodeStats),
/* harmony export */   S4: () => (/* binding */ encodeHeaderLine),
/* harmony export */   SJ: () => (/* binding */ encodeReaderEventLine),
/* harmony export */   dR: () => (/* binding */ encodeEventLine),
/* harmony export */   r9: () => (/* binding */ encodeEvent),
/* harmony export */   yO: () => (/* binding */ encodeStatsLine)
/* harmony export */ });
/* unused harmony exports encodeAgent, encodeContext, encodeEventType, encodeBlock, eventTypeToObject, blockToObject, eventToObject, agentToObject, contextToObject, statsToObject */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
// Line encoders shared by the writer and the whole-session form (hail-and-store.md 2.2-2.6, 2.9, 4.3).
// Key orders and omission rules live here once.



/** A typed integer field as written; the writer refuses values that would not read back. */
function checkedInt(n, field) {
    if (!Number.isSafeInteger(n))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write \`${field}\`: ${n} is not an integer`);
    return n === 0 ? 0 : n;
}
function intText(n, field) {
    return String(checkedInt(n, field));
}
function hasKeys(obj) {
    for (const k in obj)
        if (Object.prototype.hasOwnProperty.call(obj, k))
            return true;
    return false;
}
function encodeAgent(a) {
    let out = '{"provider":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(a.provider) + ',"model":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(a.model) + ',"tool":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(a.tool);
    if (a.tool_version !== undefined)
        out += ',"tool_version":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(a.tool_version);
    return out + '}';
}
function encodeStringArray(list) {
    if (list.length === 0)
        return '[]';
    let out = '[' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(list[0]);
    for (let i = 1; i < list.length; i++)
        out += ',' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(list[i]);
    return out + ']';
}
function encodeContext(c) {
    let out = '{';
    if (c.title !== undefined)
        out += '"title":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(c.title) + ',';
    if (c.description !== undefined)
        out += '"description":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(c.description) + ',';
    out += '"tags":' + encodeStringArray(c.tags);
    out += ',"created_at":"' + (0,_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(c.created_at) + '","updated_at":"' + (0,_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(c.updated_at) + '"';
    if (c.related_session_ids.length > 0)
        out += ',"related_session_ids":' + encodeStringArray(c.related_session_ids);
    if (hasKeys(c.attributes))
        out += ',"attributes":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyCanonical */ .qY)(c.attributes);
    return out + '}';
}
function encodeHeaderLine(s) {
    return ('{"type":"header","version":' +
        (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(s.version) +
        ',"session_id":' +
        (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(s.session_id) +
        ',"agent":' +
        encodeAgent(s.agent) +
        ',"context":' +
        encodeContext(s.context) +
        '}');
}
function encodeEventType(et) {
    const head = '{"type":"' + et.type + '"';
    switch (et.type) {
        case 'UserMessage':
        case 'AgentMessage':
        case 'SystemMessage':
        case 'Thinking':
            return head + '}';
        case 'ToolCall':
            return head + ',"data":{"name":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.name) + '}}';
        case 'ToolResult': {
            let d = '{"name":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.name) + ',"is_error":' + (et.data.is_error ? 'true' : 'false');
            if (et.data.call_id !== undefined)
                d += ',"call_id":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.call_id);
            return head + ',"data":' + d + '}}';
        }
        case 'FileRead':
        case 'FileCreate':
        case 'FileDelete':
            return head + ',"data":{"path":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.path) + '}}';
        case 'FileEdit': {
            let d = '{"path":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.path);
            if (et.data.diff !== undefined)
                d += ',"diff":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.diff);
            return head + ',"data":' + d + '}}';
        }
        case 'CodeSearch':
        case 'WebSearch':
            return head + ',"data":{"query":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.query) + '}}';
        case 'FileSearch':
            return head + ',"data":{"pattern":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.pattern) + '}}';
        case 'ShellCommand': {
            let d = '{"command":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.command);
            if (et.data.exit_code !== undefined)
                d += ',"exit_code":' + intText(et.data.exit_code, 'exit_code');
            return head + ',"data":' + d + '}}';
        }
        case 'ImageGenerate':
        case 'VideoGenerate':
        case 'AudioGenerate':
            return head + ',"data":{"prompt":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.prompt) + '}}';
        case 'WebFetch':
            return head + ',"data":{"url":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.url) + '}}';
        case 'TaskStart':
            return (head + ',"data":' + (et.data.title !== undefined ? '{"title":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.title) + '}' : '{}') + '}');
        case 'TaskEnd':
            return (head +
                ',"data":' +
                (et.data.summary !== undefined ? '{"summary":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.summary) + '}' : '{}') +
                '}');
        case 'Custom':
            return head + ',"data":{"kind":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(et.data.kind) + '}}';
        default:
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown event type \`${et.type}\``);
    }
}
function encodeBlock(b) {
    switch (b.type) {
        case 'Text':
            return '{"type":"Text","text":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.text) + '}';
        case 'Code': {
            let out = '{"type":"Code","code":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.code);
            if (b.language !== undefined)
                out += ',"language":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.language);
            if (b.start_line !== undefined)
                out += ',"start_line":' + intText(b.start_line, 'start_line');
            return out + '}';
        }
        case 'Image': {
            let out = '{"type":"Image","url":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.url);
            if (b.alt !== undefined)
                out += ',"alt":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.alt);
            return out + ',"mime":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.mime) + '}';
        }
        case 'Video':
        case 'Audio':
            return '{"type":"' + b.type + '","url":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.url) + ',"mime":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.mime) + '}';
        case 'File': {
            let out = '{"type":"File","path":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.path);
            if (b.content !== undefined)
                out += ',"content":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.content);
            return out + '}';
        }
        case 'Json':
            return '{"type":"Json","data":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyCanonical */ .qY)(b.data) + '}';
        case 'Reference':
            return '{"type":"Reference","uri":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.uri) + ',"media_type":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(b.media_type) + '}';
        default:
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown content block type \`${b.type}\``);
    }
}
// Fast path: one ordered plain object per event, written by a single JSON.stringify call (far fewer
// intermediate strings than concatenation). Used when every free-form value is JSON.stringify-safe.
function eventTypeObject(et) {
    switch (et.type) {
        case 'UserMessage':
        case 'AgentMessage':
        case 'SystemMessage':
        case 'Thinking':
            return { type: et.type };
        case 'ToolCall':
            return { type: et.type, data: { name: et.data.name } };
        case 'ToolResult':
            return {
                type: et.type,
                data: et.data.call_id !== undefined
                    ? { name: et.data.name, is_error: et.data.is_error, call_id: et.data.call_id }
                    : { name: et.data.name, is_error: et.data.is_error },
            };
        case 'FileRead':
        case 'FileCreate':
        case 'FileDelete':
            return { type: et.type, data: { path: et.data.path } };
        case 'FileEdit':
            return {
                type: et.type,
                data: et.data.diff !== undefined ? { path: et.data.path, diff: et.data.diff } : { path: et.data.path },
            };
        case 'CodeSearch':
        case 'WebSearch':
            return { type: et.type, data: { query: et.data.query } };
        case 'FileSearch':
            return { type: et.type, data: { pattern: et.data.pattern } };
        case 'ShellCommand': {
            const code = et.data.exit_code;
            if (code !== undefined)
                checkedInt(code, 'exit_code');
            return {
                type: et.type,
                data: code !== undefined ? { command: et.data.command, exit_code: code } : { command: et.data.command },
            };
        }
        case 'ImageGenerate':
        case 'VideoGenerate':
        case 'AudioGenerate':
            return { type: et.type, data: { prompt: et.data.prompt } };
        case 'WebFetch':
            return { type: et.type, data: { url: et.data.url } };
        case 'TaskStart':
            return { type: et.type, data: et.data.title !== undefined ? { title: et.data.title } : {} };
        case 'TaskEnd':
            return { type: et.type, data: et.data.summary !== undefined ? { summary: et.data.summary } : {} };
        case 'Custom':
            return { type: et.type, data: { kind: et.data.kind } };
        default:
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown event type \`${et.type}\``);
    }
}
/** Ordered plain object of a block, or NOT_PLAIN when its Json data needs the exact serializer. */
function blockObject(b) {
    switch (b.type) {
        case 'Text':
            return { type: 'Text', text: b.text };
        case 'Code': {
            const o = { type: 'Code', code: b.code };
            if (b.language !== undefined)
                o.language = b.language;
            if (b.start_line !== undefined)
                o.start_line = checkedInt(b.start_line, 'start_line');
            return o;
        }
        case 'Image':
            return b.alt !== undefined
                ? { type: 'Image', url: b.url, alt: b.alt, mime: b.mime }
                : { type: 'Image', url: b.url, mime: b.mime };
        case 'Video':
        case 'Audio':
            return { type: b.type, url: b.url, mime: b.mime };
        case 'File':
            return b.content !== undefined
                ? { type: 'File', path: b.path, content: b.content }
                : { type: 'File', path: b.path };
        case 'Json': {
            const data = (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .plainCanonical */ .lF)(b.data);
            return data === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV ? _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV : { type: 'Json', data };
        }
        case 'Reference':
            return { type: 'Reference', uri: b.uri, media_type: b.media_type };
        default:
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`cannot write unknown content block type \`${b.type}\``);
    }
}
function encodeEventPlain(e, withType, readerBuilt) {
    let attrs;
    if (hasKeys(e.attributes)) {
        attrs = (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .plainCanonical */ .lF)(e.attributes);
        if (attrs === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
            return undefined;
    }
    const src = e.content.blocks;
    let content;
    if (readerBuilt) {
        // the reader builds event_type and blocks with exactly the written keys, in write order
        content = e.content;
        for (let i = 0; i < src.length; i++) {
            if (src[i].type === 'Json') {
                content = undefined;
                break;
            }
        }
    }
    if (content === undefined) {
        const blocks = new Array(src.length);
        for (let i = 0; i < src.length; i++) {
            const b = blockObject(src[i]);
            if (b === _json__WEBPACK_IMPORTED_MODULE_1__/* .NOT_PLAIN */ .HV)
                return undefined;
            blocks[i] = b;
        }
        content = { blocks };
    }
    const et = readerBuilt ? e.event_type : eventTypeObject(e.event_type);
    const o = withType
        ? { type: 'event', event_id: e.event_id, timestamp: (0,_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(e.timestamp), event_type: et }
        : { event_id: e.event_id, timestamp: (0,_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(e.timestamp), event_type: et };
    if (e.task_id !== undefined)
        o.task_id = e.task_id;
    o.content = content;
    if (e.duration_ms !== undefined)
        o.duration_ms = checkedInt(e.duration_ms, 'duration_ms');
    if (attrs !== undefined)
        o.attributes = attrs;
    return (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyPlain */ .g6)(o);
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
/** The exact (concatenating) encoder: handles floats, bigints, integer-like keys and lone surrogates. */
function encodeEventExact(e, withType) {
    let out = (withType ? '{"type":"event","event_id":' : '{"event_id":') + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(e.event_id);
    out += ',"timestamp":"' + (0,_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(e.timestamp) + '","event_type":' + encodeEventType(e.event_type);
    if (e.task_id !== undefined)
        out += ',"task_id":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .quoteString */ .Ov)(e.task_id);
    const blocks = e.content.blocks;
    if (blocks.length === 0)
        out += ',"content":{"blocks":[]}';
    else {
        out += ',"content":{"blocks":[' + encodeBlock(blocks[0]);
        for (let i = 1; i < blocks.length; i++)
            out += ',' + encodeBlock(blocks[i]);
        out += ']}';
    }
    if (e.duration_ms !== undefined)
        out += ',"duration_ms":' + intText(e.duration_ms, 'duration_ms');
    if (hasKeys(e.attributes))
        out += ',"attributes":' + (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .stringifyCanonical */ .qY)(e.attributes);
    return out + '}';
}
function encodeEventLine(e) {
    return encodeEvent(e, true);
}
/** Stats object text; `withType` adds the leading `"type":"stats"`. */
function encodeStats(s, withType) {
    return ((withType ? '{"type":"stats","event_count":' : '{"event_count":') +
        intText(s.event_count, 'event_count') +
        ',"message_count":' +
        intText(s.message_count, 'message_count') +
        ',"tool_call_count":' +
        intText(s.tool_call_count, 'tool_call_count') +
        ',"task_count":' +
        intText(s.task_count, 'task_count') +
        ',"duration_seconds":' +
        intText(s.duration_seconds, 'duration_seconds') +
        ',"total_input_tokens":' +
        intText(s.total_input_tokens, 'total_input_tokens') +
        ',"total_output_tokens":' +
        intText(s.total_output_tokens, 'total_output_tokens') +
        ',"user_message_count":' +
        intText(s.user_message_count, 'user_message_count') +
        ',"files_changed":' +
        intText(s.files_changed, 'files_changed') +
        ',"lines_added":' +
        intText(s.lines_added, 'lines_added') +
        ',"lines_removed":' +
        intText(s.lines_removed, 'lines_removed') +
        '}');
}
function encodeStatsLine(s) {
    return encodeStats(s, true);
}
// ---------------------------------------------------------------------------------------------
// Object forms (whole-session JSON, 2.9): same key orders, attribute maps as sorted copies.
function eventTypeToObject(et) {
    const out = { type: et.type };
    if ('data' in et) {
        const data = {};
        for (const [k, v] of Object.entries(et.data))
            if (v !== undefined)
                data[k] = v;
        // data fields must follow the write order of 2.4, which is the declaration order of the model
        out.data = orderDataFields(et.type, data);
    }
    return out;
}
const DATA_FIELD_ORDER = {
    ToolCall: ['name'],
    ToolResult: ['name', 'is_error', 'call_id'],
    FileRead: ['path'],
    CodeSearch: ['query'],
    FileSearch: ['pattern'],
    FileEdit: ['path', 'diff'],
    FileCreate: ['path'],
    FileDelete: ['path'],
    ShellCommand: ['command', 'exit_code'],
    ImageGenerate: ['prompt'],
    VideoGenerate: ['prompt'],
    AudioGenerate: ['prompt'],
    WebSearch: ['query'],
    WebFetch: ['url'],
    TaskStart: ['title'],
    TaskEnd: ['summary'],
    Custom: ['kind'],
};
function orderDataFields(type, data) {
    const out = {};
    for (const k of DATA_FIELD_ORDER[type] ?? canonicalKeys(data))
        if (data[k] !== undefined)
            out[k] = data[k];
    return out;
}
const BLOCK_FIELD_ORDER = {
    Text: ['text'],
    Code: ['code', 'language', 'start_line'],
    Image: ['url', 'alt', 'mime'],
    Video: ['url', 'mime'],
    Audio: ['url', 'mime'],
    File: ['path', 'content'],
    Json: ['data'],
    Reference: ['uri', 'media_type'],
};
function blockToObject(b) {
    const out = { type: b.type };
    const rec = b;
    for (const k of BLOCK_FIELD_ORDER[b.type] ?? []) {
        const v = rec[k];
        if (v !== undefined)
            out[k] = k === 'data' ? sortJsonKeys(v) : v;
    }
    return out;
}
function eventToObject(e) {
    const out = {
        event_id: e.event_id,
        timestamp: formatTsZ(e.timestamp),
        event_type: eventTypeToObject(e.event_type),
    };
    if (e.task_id !== undefined)
        out.task_id = e.task_id;
    out.content = { blocks: e.content.blocks.map(blockToObject) };
    if (e.duration_ms !== undefined)
        out.duration_ms = e.duration_ms;
    if (hasKeys(e.attributes))
        out.attributes = sortJsonKeys(e.attributes);
    return out;
}
function agentToObject(a) {
    const out = { provider: a.provider, model: a.model, tool: a.tool };
    if (a.tool_version !== undefined)
        out.tool_version = a.tool_version;
    return out;
}
function contextToObject(c) {
    const out = {};
    if (c.title !== undefined)
        out.title = c.title;
    if (c.description !== undefined)
        out.description = c.description;
    out.tags = [...c.tags];
    out.created_at = formatTsZ(c.created_at);
    out.updated_at = formatTsZ(c.updated_at);
    if (c.related_session_ids.length > 0)
        out.related_session_ids = [...c.related_session_ids];
    if (hasKeys(c.attributes))
        out.attributes = sortJsonKeys(c.attributes);
    return out;
}
function statsToObject(s) {
    return {
        event_count: s.event_count,
        message_count: s.message_count,
        tool_call_count: s.tool_call_count,
        task_count: s.task_count,
        duration_seconds: s.duration_seconds,
        total_input_tokens: s.total_input_tokens,
        total_output_tokens: s.total_output_tokens,
        user_message_count: s.user_message_count,
        files_changed: s.files_changed,
        lines_added: s.lines_added,
        lines_removed: s.lines_removed,
    };
}


/***/ }),

/***/ 393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ NumberLexeme),
/* harmony export */   HV: () => (/* binding */ NOT_PLAIN),
/* harmony export */   KK: () => (/* binding */ parseJsonLossless),
/* harmony export */   LZ: () => (/* binding */ parseJsonWithLexemes),
/* harmony export */   Ov: () => (/* binding */ quoteString),
/* harmony export */   Vd: () => (/* binding */ stringifyOrdered),
/* harmony export */   g6: () => (/* binding */ stringifyPlain),
/* harmony export */   kr: () => (/* binding */ formatFloat),
/* harmony export */   lF: () => (/* binding */ plainCanonical),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   qY: () => (/* binding */ stringifyCanonical)
/* harmony export */ });
/* unused harmony exports isFloat, isInteger, jsonKind, toWellFormed, formatNumber, canonicalKeys, ESCAPED_SURROGATE, sortJsonKeys */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1022);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
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
/** Deepest container nesting accepted (0 = top level), as serde_json's default limit of 128. */
const MAX_DEPTH = 128;
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
                    this.fail('recursion limit exceeded');
                return this.parseObject(depth);
            case 0x5b /* [ */:
                if (depth > MAX_DEPTH)
                    this.fail('recursion limit exceeded');
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
            (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .setOwn */ .P5)(obj, key, value);
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
            value = Number.isInteger(n) ? new _types__WEBPACK_IMPORTED_MODULE_1__/* .JsonFloat */ .Xg(n) : n;
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
        return keys.sort(_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
    return keys.sort((a, b) => (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV)(a.toWellFormed(), b.toWellFormed()) || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV)(a, b));
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
function writeCompact(v, sortKeys) {
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
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_1__/* .JsonFloat */ .Xg)
        return formatFloat(v.value);
    if (Array.isArray(v)) {
        const n = v.length;
        if (n === 0)
            return '[]';
        let out = '[' + writeCompact(v[0], sortKeys);
        for (let i = 1; i < n; i++)
            out += ',' + writeCompact(v[i], sortKeys);
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
        out += q + ':' + writeCompact(obj[k], sortKeys);
    }
    return out + '}';
}
function writePretty(v, sortKeys, unit, indent) {
    if (v === null || typeof v !== 'object' || v instanceof _types__WEBPACK_IMPORTED_MODULE_1__/* .JsonFloat */ .Xg)
        return writeCompact(v, sortKeys);
    const inner = indent + unit;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        const parts = v.map((x) => inner + writePretty(x, sortKeys, unit, inner));
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
        parts.push(inner + q + ': ' + writePretty(obj[k], sortKeys, unit, inner));
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
    if (Array.isArray(v)) {
        let copy;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'object' || typeof x === 'number' || typeof x === 'bigint' || x === undefined) {
                const r = plainCanonical(x);
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
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_1__/* .JsonFloat */ .Xg)
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
            const r = plainCanonical(x);
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
        (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .setOwn */ .P5)(out, k, r);
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
    if (indent <= 0) {
        const plain = plainCanonical(value);
        if (plain !== NOT_PLAIN) {
            const s = stringifyPlain(plain);
            if (s !== undefined)
                return s;
        }
    }
    return indent > 0 ? writePretty(value, true, ' '.repeat(indent), '') : writeCompact(value, true);
}
/**
 * Like stringifyCanonical but objects keep their own key order (for records whose key order is part
 * of the contract, e.g. the whole-session form). Note JS objects list integer-like keys first.
 */
function stringifyOrdered(value, indent = 0) {
    return indent > 0 ? writePretty(value, false, ' '.repeat(indent), '') : writeCompact(value, false);
}
/** Deep copy of a value with every object's keys inserted in byte-wise order. */
function sortJsonKeys(value) {
    if (value === null || typeof value !== 'object' || value instanceof JsonFloat)
        return value;
    if (Array.isArray(value))
        return value.map(sortJsonKeys);
    const out = {};
    for (const k of canonicalKeys(value))
        setOwn(out, k, sortJsonKeys(value[k]));
    return out;
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ fromWholeSessionJson),
/* harmony export */   Vs: () => (/* binding */ forEachHailLine),
/* harmony export */   cJ: () => (/* binding */ HailParseError),
/* harmony export */   e6: () => (/* binding */ parseHailLine),
/* harmony export */   iL: () => (/* binding */ parseHail),
/* harmony export */   pB: () => (/* binding */ isBlankLine)
/* harmony export */ });
/* unused harmony exports parseLineJson, readHailHeader, readHailHeaderAndStats, toWholeSessionObject */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9437);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2524);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9823);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1022);
// HAIL JSONL reader (hail-and-store.md section 4.2) and the whole-session JSON form (2.9).
//
// Hot path: each line goes through JSON.parse when a cheap pre-scan shows it cannot hold anything
// JSON.parse gets wrong (float lexemes, surrogate escapes, duplicate keys, unsafe integers, -0);
// every other line goes through the lossless parser. Both produce the same JsonValue. Typed objects
// are then built by hand-written shape checks (no zod per line) that produce the exact messages.






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
function unknownVariant(value, names) {
    throw new ShapeError(`unknown variant \`${value}\`, expected one of ${names.map((n) => `\`${n}\``).join(', ')}`);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof _types__WEBPACK_IMPORTED_MODULE_5__/* .JsonFloat */ .Xg);
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
    if (typeof v === 'bigint' || v instanceof _types__WEBPACK_IMPORTED_MODULE_5__/* .JsonFloat */ .Xg)
        throw new NumberFieldError(key, [key], v);
    expected('an integer');
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const U32_MAX = 4294967295;
const I32_MIN = -2147483648;
const I32_MAX = 2147483647;
// ---------------------------------------------------------------------------------------------
// Typed builders
function buildAgent(o) {
    const agent = { provider: reqString(o, 'provider'), model: reqString(o, 'model'), tool: reqString(o, 'tool') };
    const tv = optString(o, 'tool_version');
    if (tv !== undefined)
        agent.tool_version = tv;
    return agent;
}
function buildContext(o) {
    const title = optString(o, 'title');
    const description = optString(o, 'description');
    const tags = stringList(o, 'tags');
    const created_at = timestampField(o, 'created_at');
    const updated_at = timestampField(o, 'updated_at');
    const related_session_ids = stringList(o, 'related_session_ids');
    const attrs = attributes(o, 'attributes');
    const ctx = {};
    if (title !== undefined)
        ctx.title = title;
    if (description !== undefined)
        ctx.description = description;
    ctx.tags = tags;
    ctx.created_at = created_at;
    ctx.updated_at = updated_at;
    ctx.related_session_ids = related_session_ids;
    ctx.attributes = attrs;
    return ctx;
}
function buildHeader(o) {
    const version = reqString(o, 'version');
    const session_id = reqString(o, 'session_id');
    const agent = buildAgent(reqObject(o, 'agent'));
    const context = buildContext(reqObject(o, 'context'));
    return { version, session_id, agent, context };
}
function structData(o) {
    const d = o.data;
    if (isObject(d))
        return d;
    if (d === undefined)
        missing('data');
    expected('an object for `data`');
}
function buildEventType(o) {
    const t = o.type;
    if (typeof t !== 'string') {
        if (t === undefined)
            missing('type');
        expected('a string');
    }
    switch (t) {
        case 'UserMessage':
        case 'AgentMessage':
        case 'SystemMessage':
        case 'Thinking':
            if (o.data !== undefined && o.data !== null)
                expected(`no \`data\` for unit variant \`${t}\``);
            return { type: t };
        case 'ToolCall':
            return { type: t, data: { name: reqString(structData(o), 'name') } };
        case 'ToolResult': {
            const d = structData(o);
            const data = {
                name: reqString(d, 'name'),
                is_error: reqBool(d, 'is_error'),
            };
            const cid = optString(d, 'call_id');
            if (cid !== undefined)
                data.call_id = cid;
            return { type: t, data };
        }
        case 'FileRead':
        case 'FileCreate':
        case 'FileDelete':
            return { type: t, data: { path: reqString(structData(o), 'path') } };
        case 'CodeSearch':
        case 'WebSearch':
            return { type: t, data: { query: reqString(structData(o), 'query') } };
        case 'FileSearch':
            return { type: t, data: { pattern: reqString(structData(o), 'pattern') } };
        case 'FileEdit': {
            const d = structData(o);
            const data = { path: reqString(d, 'path') };
            const diff = optString(d, 'diff');
            if (diff !== undefined)
                data.diff = diff;
            return { type: t, data };
        }
        case 'ShellCommand': {
            const d = structData(o);
            const data = { command: reqString(d, 'command') };
            let code;
            try {
                code = intField(d, 'exit_code', I32_MIN, I32_MAX);
            }
            catch (e) {
                if (e instanceof NumberFieldError)
                    e.path.unshift('data');
                throw e;
            }
            if (code !== undefined)
                data.exit_code = code;
            return { type: t, data };
        }
        case 'ImageGenerate':
        case 'VideoGenerate':
        case 'AudioGenerate':
            return { type: t, data: { prompt: reqString(structData(o), 'prompt') } };
        case 'WebFetch':
            return { type: t, data: { url: reqString(structData(o), 'url') } };
        case 'TaskStart': {
            const title = optString(structData(o), 'title');
            return { type: t, data: title !== undefined ? { title } : {} };
        }
        case 'TaskEnd': {
            const summary = optString(structData(o), 'summary');
            return { type: t, data: summary !== undefined ? { summary } : {} };
        }
        case 'Custom':
            return { type: t, data: { kind: reqString(structData(o), 'kind') } };
        default:
            unknownVariant(t, _types__WEBPACK_IMPORTED_MODULE_5__/* .EVENT_TYPE_NAMES */ .hb);
    }
}
const BLOCK_TYPE_NAMES = ['Text', 'Code', 'Image', 'Video', 'Audio', 'File', 'Json', 'Reference'];
function buildBlock(v) {
    if (!isObject(v))
        expected('an object');
    const t = v.type;
    if (typeof t !== 'string') {
        if (t === undefined)
            missing('type');
        expected('a string');
    }
    switch (t) {
        case 'Text':
            return { type: 'Text', text: reqString(v, 'text') };
        case 'Code': {
            const b = {
                type: 'Code',
                code: reqString(v, 'code'),
            };
            const language = optString(v, 'language');
            if (language !== undefined)
                b.language = language;
            const start = intField(v, 'start_line', 0, U32_MAX);
            if (start !== undefined)
                b.start_line = start;
            return b;
        }
        case 'Image': {
            const url = reqString(v, 'url');
            const alt = optString(v, 'alt');
            const mime = reqString(v, 'mime');
            return alt !== undefined ? { type: 'Image', url, alt, mime } : { type: 'Image', url, mime };
        }
        case 'Video':
        case 'Audio':
            return { type: t, url: reqString(v, 'url'), mime: reqString(v, 'mime') };
        case 'File': {
            const path = reqString(v, 'path');
            const content = optString(v, 'content');
            return content !== undefined ? { type: 'File', path, content } : { type: 'File', path };
        }
        case 'Json':
            if (!Object.prototype.hasOwnProperty.call(v, 'data'))
                missing('data');
            return { type: 'Json', data: v.data };
        case 'Reference':
            return { type: 'Reference', uri: reqString(v, 'uri'), media_type: reqString(v, 'media_type') };
        default:
            unknownVariant(t, BLOCK_TYPE_NAMES);
    }
}
function buildEvent(o) {
    const event_id = reqString(o, 'event_id');
    const timestamp = timestampField(o, 'timestamp');
    let event_type;
    try {
        event_type = buildEventType(reqObject(o, 'event_type'));
    }
    catch (e) {
        if (e instanceof NumberFieldError)
            e.path.unshift('event_type');
        throw e;
    }
    const task_id = optString(o, 'task_id');
    const content = reqObject(o, 'content');
    const rawBlocks = content.blocks;
    if (!Array.isArray(rawBlocks)) {
        if (rawBlocks === undefined)
            missing('blocks');
        expected('an array of content blocks');
    }
    const blocks = new Array(rawBlocks.length);
    for (let i = 0; i < rawBlocks.length; i++) {
        try {
            blocks[i] = buildBlock(rawBlocks[i]);
        }
        catch (e) {
            if (e instanceof NumberFieldError)
                e.path.unshift('content', 'blocks', i);
            throw e;
        }
    }
    const duration_ms = intField(o, 'duration_ms', 0, MAX_SAFE);
    const attrs = attributes(o, 'attributes');
    const ev = { event_id, timestamp, event_type };
    if (task_id !== undefined)
        ev.task_id = task_id;
    ev.content = { blocks };
    if (duration_ms !== undefined)
        ev.duration_ms = duration_ms;
    ev.attributes = attrs;
    return ev;
}
const STATS_REQUIRED = ['event_count', 'message_count', 'tool_call_count', 'task_count', 'duration_seconds'];
const STATS_OPTIONAL = [
    'total_input_tokens',
    'total_output_tokens',
    'user_message_count',
    'files_changed',
    'lines_added',
    'lines_removed',
];
function buildStats(o) {
    const s = {};
    for (const k of STATS_REQUIRED) {
        const v = intField(o, k, 0, MAX_SAFE);
        if (v === undefined) {
            if (o[k] === null)
                expected('an integer');
            missing(k);
        }
        s[k] = v;
    }
    for (const k of STATS_OPTIONAL)
        s[k] = intField(o, k, 0, MAX_SAFE) ?? 0;
    return s;
}
const LINE_TYPES = ['header', 'event', 'stats'];
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
    unknownVariant(t, LINE_TYPES);
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
    if (line.indexOf('\\u') >= 0 && SURROGATE_ESCAPE.test(line))
        return SLOW;
    const colons = scanColons(line);
    if (colonAfterWhitespace && WHITESPACE_BEFORE_COLON.test(line))
        return SLOW;
    let v;
    try {
        v = JSON.parse(line);
    }
    catch {
        return SLOW;
    }
    if (typeof v !== 'object' || v === null)
        return SLOW;
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
/** Parses one line's JSON with the HAIL value model. Throws JsonSyntaxError. */
function parseLineJson(line) {
    const v = fastParse(line);
    return v === SLOW ? (0,_json__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonLossless */ .KK)(line) : v;
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
    if (v instanceof _types__WEBPACK_IMPORTED_MODULE_5__/* .JsonFloat */ .Xg)
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
        const detail = detailOf(e, line);
        if (detail === undefined)
            throw e;
        throw new HailParseError(`JSON error at line ${lineNo}: ${detail}`, lineNo, detail);
    }
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
        agent: agentToObject(session.agent),
        context: contextToObject(session.context),
        events: session.events.map(eventToObject),
        stats: statsToObject(session.stats),
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


/***/ }),

/***/ 1022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ JsonFloat),
/* harmony export */   hb: () => (/* binding */ EVENT_TYPE_NAMES)
/* harmony export */ });
/* unused harmony export HAIL_VERSION */
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
const EVENT_TYPE_NAMES = [
    'UserMessage',
    'AgentMessage',
    'SystemMessage',
    'Thinking',
    'ToolCall',
    'ToolResult',
    'FileRead',
    'CodeSearch',
    'FileSearch',
    'FileEdit',
    'FileCreate',
    'FileDelete',
    'ShellCommand',
    'ImageGenerate',
    'VideoGenerate',
    'AudioGenerate',
    'WebSearch',
    'WebFetch',
    'TaskStart',
    'TaskEnd',
    'Custom',
];
const HAIL_VERSION = 'hail-1.0.0';


/***/ })

};
;