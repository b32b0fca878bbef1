"use strict";
exports.id = 8281;
exports.ids = [8281];
exports.modules = {

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

/***/ 8281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   opencodeParser: () => (/* binding */ opencodeParser)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _common_builder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9238);
/* harmony import */ var _common_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5682);
/* harmony import */ var _common_json__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4659);
/* harmony import */ var _common_rules__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2198);
/* harmony import */ var _common_time__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2536);
/* harmony import */ var _common_tools__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8506);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7862);
// OpenCode parser (parsers.md 4.4): session info JSON plus its storage tree
// (`message/<sessionID>/*.json`, `part/<messageID>/*.json`). Child sessions are marked, not merged.











const PARENT_KEYS = [
    'parentID',
    'parentId',
    'parent_id',
    'parentUUID',
    'parent_uuid',
    'parentSessionID',
    'parentSessionId',
    'parentSessionUuid',
    'parent_session_uuid',
];
const PATH_KEYS = [
    'path',
    'file_path',
    'filePath',
    'filepath',
    'target_file',
    'targetFile',
    'target_path',
    'targetPath',
    'file',
    'filename',
];
const RESULT_STATUSES = new Set(['completed', 'complete', 'done', 'error', 'failed']);
const TERMINAL_STATUSES = new Set([...RESULT_STATUSES, 'cancelled', 'canceled']);
const MAX_PATCH_FILES = 8;
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** Reads a small JSON file; `undefined` when unreadable, not UTF-8 or not JSON. */
async function readJsonFile(file) {
    let bytes;
    try {
        bytes = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file);
    }
    catch {
        return {};
    }
    let text;
    try {
        text = strictDecoder.decode(bytes);
    }
    catch {
        return { utf8Error: true };
    }
    return { value: (0,_common_json__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonValue */ .Z)(text) };
}
/** `*.json` file names of a directory, sorted byte-wise; undefined when the directory is missing. */
async function listJson(dir) {
    let names;
    try {
        const entries = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true });
        names = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
    }
    catch {
        return undefined;
    }
    return names.sort(_text__WEBPACK_IMPORTED_MODULE_3__/* .compareBytewise */ .GV);
}
function timeOf(obj, key) {
    return (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(obj) ? (0,_common_time__WEBPACK_IMPORTED_MODULE_8__/* .parseEpochMs */ .vZ)(obj[key]) : undefined;
}
/** Depth-first search for the first non-blank string under one of `keys` (checked per object in order). */
function findString(value, match, keys) {
    if (Array.isArray(value)) {
        for (const item of value) {
            const found = findString(item, match, keys);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value))
        return undefined;
    if (keys !== undefined) {
        for (const k of keys) {
            const v = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(value[k]);
            if (v !== undefined)
                return v;
        }
    }
    else {
        for (const [k, v] of Object.entries(value)) {
            if (match(k)) {
                const s = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(v);
                if (s !== undefined)
                    return s;
            }
        }
    }
    for (const v of Object.values(value)) {
        if (typeof v === 'object' && v !== null) {
            const found = findString(v, match, keys);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/** 4.4 path search: the listed keys first, then any key containing `path` or named `file`/`filename`. */
function opencodePath(input) {
    return (findString(input, () => false, PATH_KEYS) ??
        findString(input, (k) => k.toLowerCase().includes('path') || k === 'file' || k === 'filename') ??
        'unknown');
}
function outputText(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(v) === '' ? undefined : (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(v);
    return (0,_hail_json__WEBPACK_IMPORTED_MODULE_2__/* .stringifyOrdered */ .Vd)(v);
}
function durationOf(part, state) {
    for (const t of [part.time, state?.time]) {
        if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(t))
            continue;
        const start = (0,_common_time__WEBPACK_IMPORTED_MODULE_8__/* .parseEpochMs */ .vZ)(t.start);
        const end = (0,_common_time__WEBPACK_IMPORTED_MODULE_8__/* .parseEpochMs */ .vZ)(t.end);
        if (start !== undefined && end !== undefined)
            return (0,_common_time__WEBPACK_IMPORTED_MODULE_8__/* .durationMs */ .pc)(start, end);
    }
    return undefined;
}
/** 4.4 tool typing for a tool part. */
function toolCallEvent(tool, state) {
    const input = state.input;
    const a = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(input) ? input : {};
    const json = input === undefined ? (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)() : { blocks: [{ type: 'Json', data: input }] };
    const metadata = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(state.metadata) ? state.metadata : {};
    switch (tool) {
        case 'bash':
        case 'shell': {
            const command = findString(input, () => false, ['command', 'cmd', 'script']);
            if (command === undefined)
                return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
            const data = { command };
            const exit = (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .toExitCode */ .t4)(metadata.exit);
            if (exit !== undefined)
                data.exit_code = exit;
            const content = typeof a.command === 'string' ? { blocks: [{ type: 'Code', code: a.command, language: 'bash' }] } : json;
            return { eventType: { type: 'ShellCommand', data }, content };
        }
        case 'edit':
        case 'str_replace_editor': {
            const p = opencodePath(input);
            const diff = typeof metadata.diff === 'string' && metadata.diff !== '' ? metadata.diff : (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .diffFromToolInput */ .M1)(p, input);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'write':
        case 'create':
            return { eventType: { type: 'FileCreate', data: { path: opencodePath(input) } }, content: json };
        case 'read':
        case 'view':
            return { eventType: { type: 'FileRead', data: { path: opencodePath(input) } }, content: json };
        case 'grep':
        case 'search':
            return {
                eventType: { type: 'CodeSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(a.pattern, a.query, a.text, a.regex) ?? '' } },
                content: json,
            };
        case 'glob':
        case 'find':
            return {
                eventType: { type: 'FileSearch', data: { pattern: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(a.pattern, a.path, a.glob) ?? '*' } },
                content: json,
            };
        case 'webfetch':
        case 'web_fetch':
            return { eventType: { type: 'WebFetch', data: { url: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(a.url, a.link) ?? '' } }, content: json };
        case 'websearch':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(a.query, a.q, a.text) ?? '' } }, content: json };
        default:
            return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
    }
}
class OpencodeMapper {
    schema;
    provider;
    model;
    openTasks = [];
    constructor(schema) {
        this.schema = schema;
    }
    base(msgId, rawType) {
        const attrs = {};
        (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .setAttr */ .ob)(attrs, 'source.schema_version', this.schema);
        (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .setAttr */ .ob)(attrs, 'source.raw_type', rawType);
        (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .setAttr */ .ob)(attrs, 'semantic.group_id', msgId);
        return attrs;
    }
    noteModel(msg) {
        if (this.provider === undefined)
            this.provider = msg.provider;
        if (this.model === undefined)
            this.model = msg.model;
    }
    /** Events for one message; `parts` undefined = no part directory. */
    mapMessage(msg, parts) {
        const events = [];
        const msgTs = msg.created;
        const make = (id, eventType, content, rawType, ts, extra) => {
            const ev = {
                event_id: id,
                event_type: eventType,
                content,
                attributes: { ...this.base(msg.id, rawType), ...(extra ?? {}) },
            };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
            return ev;
        };
        const messageType = () => msg.role === 'user' ? { type: 'UserMessage' } : msg.role === 'assistant' ? { type: 'AgentMessage' } : undefined;
        if (parts === undefined) {
            if (msg.role === 'user')
                make(msg.id, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(), 'message:no-parts', msgTs);
        }
        else {
            for (const part of parts) {
                const partId = typeof part.id === 'string' ? part.id : '';
                const state = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(part.state) ? part.state : undefined;
                const ts = timeOf(part.time, 'start') ?? timeOf(state?.time, 'start') ?? msgTs;
                switch (part.type) {
                    case 'text': {
                        const text = typeof part.text === 'string' ? part.text : '';
                        const et = messageType();
                        if ((0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(text) === '' || et === undefined)
                            break;
                        const ev = make(partId, et, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .textContent */ .P_)(text), 'part:text', ts);
                        const d = durationOf(part, state);
                        if (d !== undefined)
                            ev.duration_ms = d;
                        break;
                    }
                    case 'reasoning': {
                        let text = typeof part.text === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(part.text) : '';
                        if (text === '') {
                            const md = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(part.metadata) && (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(part.metadata.openai) ? part.metadata.openai : undefined;
                            if (md !== undefined && (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(md.reasoningEncryptedContent) !== undefined)
                                text = 'Encrypted reasoning';
                        }
                        if (text !== '')
                            make(partId, { type: 'Thinking' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .textContent */ .P_)(text), 'part:reasoning', ts);
                        break;
                    }
                    case 'file': {
                        const et = messageType();
                        if (et === undefined)
                            break;
                        const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(part.filename, part.url, part.text) ?? 'attached file';
                        make(partId, et, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .textContent */ .P_)(`Attached file: ${name}`), 'part:file', ts);
                        break;
                    }
                    case 'tool':
                        this.mapTool(part, partId, state ?? {}, ts, make);
                        break;
                    case 'patch': {
                        const files = Array.isArray(part.files)
                            ? part.files.map((f) => (typeof f === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(f) : '')).filter((f) => f !== '')
                            : [];
                        const hash = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(part.hash);
                        if (files.length >= 1 && files.length <= MAX_PATCH_FILES) {
                            files.forEach((file, i) => {
                                const extra = { 'semantic.tool_kind': 'file_write' };
                                if (hash !== undefined)
                                    extra['patch.hash'] = hash;
                                make(`${partId}-patch-${i + 1}`, { type: 'FileEdit', data: { path: file } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(), 'part:patch:file', ts, extra);
                            });
                        }
                        else {
                            const data = { file_count: files.length };
                            if (hash !== undefined)
                                data.hash = hash;
                            if (files.length > 0)
                                data.files_preview = files.slice(0, MAX_PATCH_FILES);
                            if (files.length > MAX_PATCH_FILES)
                                data.truncated = true;
                            make(`${partId}-patch`, { type: 'Custom', data: { kind: 'patch' } }, { blocks: [{ type: 'Json', data }] }, 'part:patch:summary', ts);
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
        }
        if (msg.role === 'assistant' && (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(msg.tokens)) {
            const t = msg.tokens;
            const cache = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(t.cache) ? t.cache : {};
            const attrs = {};
            (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .addTokenAttributes */ .Ux)(attrs, {
                input: (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(t.input) + (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(cache.read) + (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(cache.write),
                output: (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(t.output),
                cacheRead: (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(cache.read),
                cacheCreation: (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(cache.write),
            });
            if ((0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(t.reasoning) > 0)
                attrs.reasoning_tokens = (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .tokenCount */ .jt)(t.reasoning);
            if (Object.keys(attrs).length > 0) {
                if (events.length > 0)
                    Object.assign(events[0].attributes, attrs);
                else
                    make(`${msg.id}-usage`, { type: 'Custom', data: { kind: 'token_count' } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(), 'message:usage', msgTs, attrs);
            }
        }
        return events;
    }
    mapTool(part, partId, state, ts, make) {
        const tool = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(part.tool) ?? 'unknown';
        const status = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(state.status)?.toLowerCase() ?? 'unknown';
        const call = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(part.callID);
        const callId = call ?? `${partId}-call`;
        const taskId = call ?? `opencode-task-${partId}`;
        const kind = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .inferToolKind */ .D0)(tool);
        const title = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(state.title);
        const start = make(`${partId}-task-start`, { type: 'TaskStart', data: { title: title ?? tool } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(), 'part:tool-task-start', ts, {
            'semantic.tool_kind': kind,
        });
        (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .setAttr */ .ob)(start.attributes, 'semantic.call_id', call);
        start.task_id = taskId;
        const typing = toolCallEvent(tool, state);
        const callEv = make(`${partId}-call`, typing.eventType, typing.content, 'part:tool-call', ts, {
            'semantic.call_id': callId,
            'semantic.tool_kind': kind,
        });
        callEv.task_id = taskId;
        const d = durationOf(part, state);
        if (d !== undefined)
            callEv.duration_ms = d;
        if (RESULT_STATUSES.has(status)) {
            const metadata = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(state.metadata) ? state.metadata : {};
            const output = outputText(state.output) ?? outputText(state.error) ?? outputText(metadata.output) ?? '';
            const exit = (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .toExitCode */ .t4)(metadata.exit);
            const isError = status === 'error' || status === 'failed' || (exit !== undefined && exit !== 0);
            const extra = { 'semantic.call_id': callId };
            if (exit !== undefined)
                extra.exit_code = exit;
            const res = make(`${partId}-result`, { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .textContent */ .P_)(output), 'part:tool-result', ts, extra);
            res.task_id = taskId;
        }
        if (TERMINAL_STATUSES.has(status)) {
            const summary = title ?? (status === 'error' || status === 'failed' ? `${tool} failed` : `${tool} ${status}`);
            const end = make(`${partId}-task-end`, { type: 'TaskEnd', data: { summary } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(), 'part:tool-task-end', ts);
            end.task_id = taskId;
        }
        else {
            this.openTasks.push({ partId, taskId });
        }
    }
}
function partSortKey(part) {
    return timeOf(part.time, 'start') ?? timeOf((0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(part.state) ? part.state.time : undefined, 'start') ?? 0n;
}
async function readParts(dir, display) {
    const warnings = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .FileWarnings */ .a(display, 'message');
    const names = (await listJson(dir)) ?? [];
    const parts = [];
    for (let i = 0; i < names.length; i++) {
        const { value } = await readJsonFile(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, names[i]));
        if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value)) {
            warnings.malformedAt(i + 1);
            continue;
        }
        parts.push({ part: value, name: names[i], key: partSortKey(value) });
    }
    parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .compareBytewise */ .GV)(a.name, b.name)));
    return { parts: parts.map((p) => p.part), warnings };
}
async function isDir(p) {
    try {
        return (await fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/** 4.4 parts directory: `part/<id>`, else `part/<id without msg_>` or `part/msg_<id>`. */
async function partsDirFor(storage, msgId) {
    const primary = path__WEBPACK_IMPORTED_MODULE_1__.join(storage, 'part', msgId);
    if (await isDir(primary))
        return primary;
    const alt = path__WEBPACK_IMPORTED_MODULE_1__.join(storage, 'part', msgId.startsWith('msg_') ? msgId.slice(4) : `msg_${msgId}`);
    if (await isDir(alt))
        return alt;
    return undefined;
}
/**
 * amendments-2 A4: the older layout keeps parts flat as `storage/part/prt_*.json`; they are grouped by their
 * `messageID` (only those of this session when a part names its `sessionID`), each group in part order.
 */
async function readFlatParts(storage, sessionId, display) {
    const dir = path__WEBPACK_IMPORTED_MODULE_1__.join(storage, 'part');
    const names = ((await listJson(dir)) ?? []).filter((n) => n.startsWith('prt_'));
    const warnings = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .FileWarnings */ .a(display, 'message');
    const groups = new Map();
    for (let i = 0; i < names.length; i++) {
        const { value } = await readJsonFile(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, names[i]));
        if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value) || typeof value.messageID !== 'string') {
            warnings.malformedAt(i + 1);
            continue;
        }
        if (typeof value.sessionID === 'string' && value.sessionID !== sessionId)
            continue;
        let g = groups.get(value.messageID);
        if (g === undefined)
            groups.set(value.messageID, (g = []));
        g.push({ part: value, name: names[i], key: partSortKey(value) });
    }
    const byMessage = new Map();
    for (const [id, g] of groups) {
        g.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .compareBytewise */ .GV)(a.name, b.name)));
        byMessage.set(id, g.map((p) => p.part));
    }
    return { byMessage, warnings: warnings.render() };
}
const opencodeParser = {
    id: 'opencode',
    async parse(_path, sink, ctx) {
        const dir = path__WEBPACK_IMPORTED_MODULE_1__.dirname(ctx.path);
        const parent = path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        const storage = path__WEBPACK_IMPORTED_MODULE_1__.dirname(parent);
        if (parent === dir || storage === parent)
            throw new _types__WEBPACK_IMPORTED_MODULE_10__/* .ParserFailed */ .Rb('opencode', 'Invalid info path structure');
        const infoRead = await readJsonFile(ctx.path);
        if (infoRead.utf8Error)
            throw new _types__WEBPACK_IMPORTED_MODULE_10__/* .ParserFailed */ .Rb('opencode', 'input is not valid UTF-8 text');
        const info = infoRead.value;
        if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(info) || typeof info.id !== 'string') {
            throw new _types__WEBPACK_IMPORTED_MODULE_10__/* .ParserFailed */ .Rb('opencode', `Failed to parse OpenCode session info: ${ctx.displayPath}`);
        }
        const sessionId = info.id;
        const version = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(info.version);
        const schema = version ?? 'opencode-unknown';
        const created = timeOf(info.time, 'created');
        const updated = timeOf(info.time, 'updated');
        const builder = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .SessionBuilder */ .Q({ sink, tool: 'opencode', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new OpencodeMapper(schema);
        const allWarnings = [];
        // Messages: small metadata records, sorted by time.created then file name.
        const messageDir = path__WEBPACK_IMPORTED_MODULE_1__.join(storage, 'message', sessionId);
        const messageDisplay = (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .siblingDisplay */ .lm)(ctx, path__WEBPACK_IMPORTED_MODULE_1__.join('..', '..', 'message', sessionId));
        const messageWarnings = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .FileWarnings */ .a(messageDisplay, 'message');
        const names = (await listJson(messageDir)) ?? [];
        const messages = [];
        for (let i = 0; i < names.length; i++) {
            const { value } = await readJsonFile(path__WEBPACK_IMPORTED_MODULE_1__.join(messageDir, names[i]));
            if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value) || typeof value.id !== 'string') {
                messageWarnings.malformedAt(i + 1);
                continue;
            }
            const createdAt = timeOf(value.time, 'created');
            const nested = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value.model) ? value.model : {};
            messages.push({
                id: value.id,
                role: typeof value.role === 'string' ? value.role : '',
                created: createdAt,
                sortKey: createdAt ?? 0n,
                fileName: names[i],
                provider: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(value.providerID, value.providerId) ?? (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(nested.providerID, nested.providerId),
                model: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(value.modelID, value.modelId) ?? (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(nested.modelID, nested.modelId),
                tokens: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(value.tokens) ? value.tokens : undefined,
            });
        }
        messages.sort((a, b) => a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .compareBytewise */ .GV)(a.fileName, b.fileName));
        allWarnings.push(...messageWarnings.render());
        const flat = await readFlatParts(storage, sessionId, (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .siblingDisplay */ .lm)(ctx, path__WEBPACK_IMPORTED_MODULE_1__.join('..', '..', 'part')));
        allWarnings.push(...flat.warnings);
        for (const msg of messages) {
            mapper.noteModel(msg);
            const partsDir = await partsDirFor(storage, msg.id);
            let parts = flat.byMessage.get(msg.id);
            if (partsDir !== undefined && parts === undefined) {
                const read = await readParts(partsDir, (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .siblingDisplay */ .lm)(ctx, path__WEBPACK_IMPORTED_MODULE_1__.join('..', '..', 'part', path__WEBPACK_IMPORTED_MODULE_1__.basename(partsDir))));
                parts = read.parts;
                allWarnings.push(...read.warnings.render());
            }
            for (const ev of mapper.mapMessage(msg, parts))
                builder.emit(ev);
            await builder.drain();
        }
        builder.flush(created);
        const lastTs = builder.lastTimestamp;
        for (const task of mapper.openTasks) {
            const ev = {
                event_id: `${task.partId}-task-end-eof`,
                event_type: { type: 'TaskEnd', data: { summary: 'closed at EOF' } },
                task_id: task.taskId,
                content: (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .emptyContent */ .jg)(),
                attributes: {
                    'source.schema_version': schema,
                    'source.raw_type': 'synthetic:task-end',
                    'semantic.group_id': task.taskId,
                    'semantic.tool_kind': 'task',
                },
            };
            if (lastTs !== undefined)
                ev.timestamp = lastTs;
            builder.emit(ev);
        }
        await builder.drain();
        const attributes = {};
        (0,_common_tools__WEBPACK_IMPORTED_MODULE_9__/* .setAttr */ .ob)(attributes, 'cwd', (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(info.directory));
        let parentId;
        for (const k of PARENT_KEYS) {
            parentId = (0,_common_rules__WEBPACK_IMPORTED_MODULE_7__/* .firstSet */ .v)(info[k]);
            if (parentId !== undefined)
                break;
        }
        const auxiliary = parentId !== undefined && parentId !== sessionId;
        const agent = {
            provider: mapper.provider ?? 'unknown',
            model: mapper.model ?? 'unknown',
            tool: 'opencode',
        };
        if (version !== undefined)
            agent.tool_version = version;
        const header = builder.header({
            sessionId,
            agent,
            title: typeof info.title === 'string' ? info.title : undefined,
            attributes,
            role: auxiliary ? 'auxiliary' : 'primary',
            parentSessionId: auxiliary ? parentId : undefined,
            createdAt: created,
            updatedAt: updated,
            sessionStart: created,
        });
        return { header, eventCount: builder.eventCount, warnings: allWarnings };
    },
};


/***/ })

};
;