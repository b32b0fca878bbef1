"use strict";
exports.id = 8787;
exports.ids = [8787];
exports.modules = {

/***/ 8787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clineParser: () => (/* binding */ clineParser)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _common_builder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9238);
/* harmony import */ var _common_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4659);
/* harmony import */ var _common_rules__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2198);
/* harmony import */ var _common_time__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2536);
/* harmony import */ var _common_tools__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8506);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7862);
/* harmony import */ var _common_jsondoc__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3349);
// Cline parser (parsers.md 4.6): `<task dir>/api_conversation_history.json` streamed one message at a
// time, plus `ui_messages.json` (timestamps, model fallback) and `taskHistory.json` (title).











const RESULT_PREFIX = /^\[(\w+)(?: for '([^']*)')?\]\s+Result:\n?/;
const PATH_TOOLS = new Set([
    'read_file',
    'write_to_file',
    'insert_content',
    'apply_diff',
    'replace_in_file',
    'search_and_replace',
]);
const EDIT_TOOLS = new Set(['insert_content', 'apply_diff', 'replace_in_file', 'search_and_replace']);
const MS = 1000000n;
async function exists(p) {
    try {
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(p);
        return true;
    }
    catch {
        return false;
    }
}
/** Streams `ui_messages.json`: first/last `ts` and the first `modelInfo`. Unreadable → empty summary. */
async function readUiMessages(file) {
    const summary = {};
    if (!(await exists(file)))
        return summary;
    try {
        const scan = await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .scanJsonDocument */ .j6)(file);
        if (scan.rootKind !== 'array')
            return summary;
        await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .streamJsonElements */ .uR)(file, {}, (el) => {
            if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(el.value))
                return;
            const ts = (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(el.value.ts);
            if (ts !== undefined) {
                if (summary.first === undefined)
                    summary.first = ts;
                summary.last = ts;
            }
            const mi = el.value.modelInfo;
            if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(mi)) {
                summary.provider ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(mi.providerId);
                summary.model ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(mi.modelId);
            }
        });
    }
    catch {
        return {};
    }
    return summary;
}
/** Title from `taskHistory.json` (`<tasks>/../../state/`, then `<tasks>/../state/`). */
async function readTaskTitle(taskDir) {
    const tasks = path__WEBPACK_IMPORTED_MODULE_1__.dirname(taskDir);
    const id = path__WEBPACK_IMPORTED_MODULE_1__.basename(taskDir);
    for (const file of [
        path__WEBPACK_IMPORTED_MODULE_1__.join(tasks, '..', '..', 'state', 'taskHistory.json'),
        path__WEBPACK_IMPORTED_MODULE_1__.join(tasks, '..', 'state', 'taskHistory.json'),
    ]) {
        if (!(await exists(file)))
            continue;
        let title;
        try {
            const scan = await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .scanJsonDocument */ .j6)(file);
            if (scan.rootKind !== 'array')
                continue;
            await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .streamJsonElements */ .uR)(file, {}, (el) => {
                if (title === undefined && (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(el.value) && el.value.id === id && typeof el.value.task === 'string')
                    title = el.value.task;
            });
        }
        catch {
            continue;
        }
        if (title !== undefined)
            return title;
    }
    return undefined;
}
function toolResultText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        const texts = content
            .filter((c) => (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(c) && c.type === 'text' && typeof c.text === 'string')
            .map((c) => c.text);
        if (texts.length > 0)
            return texts.join('\n');
    }
    return content === undefined ? '' : (0,_hail_json__WEBPACK_IMPORTED_MODULE_2__/* .stringifyOrdered */ .Vd)(content);
}
function optionsOf(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string') {
        const parsed = (0,_common_json__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonValue */ .Z)(v);
        if (Array.isArray(parsed))
            return parsed;
    }
    return undefined;
}
class ClineMapper {
    builder;
    n = 0;
    calls = [];
    byId = new Map();
    lastToolName;
    provider;
    model;
    constructor(builder) {
        this.builder = builder;
    }
    nextId() {
        this.n++;
        return `cline-${this.n}`;
    }
    emit(ts, eventType, content, attributes = {}, id) {
        const ev = { event_id: id ?? this.nextId(), timestamp: ts, event_type: eventType, content, attributes };
        this.builder.emit(ev);
    }
    result(ts, name, call, callIdOverride, raw, filePath) {
        const callId = callIdOverride ?? call?.callId;
        const exitCode = (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .exitCodeFromText */ .Lc)(raw);
        const data = {
            name,
            is_error: exitCode !== undefined && exitCode !== 0,
        };
        const attrs = {};
        if (callId !== undefined) {
            data.call_id = callId;
            attrs['semantic.call_id'] = callId;
        }
        if (exitCode !== undefined)
            attrs.exit_code = exitCode;
        this.emit(ts, { type: 'ToolResult', data }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .buildToolResultContent */ .XF)(raw, { name, filePath }), attrs);
    }
    /** 2.12 for a result without a usable id: most recent open call, else the most recent call. */
    latestCall() {
        for (let i = this.calls.length - 1; i >= 0; i--)
            if (this.calls[i].open)
                return this.calls[i];
        return this.calls[this.calls.length - 1];
    }
    map(msg, ts) {
        const role = msg.role;
        const content = msg.content;
        if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(msg.modelInfo)) {
            this.provider ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(msg.modelInfo.providerId);
            this.model ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(msg.modelInfo.modelId);
        }
        for (const block of content) {
            if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(block))
                continue;
            if (role === 'user')
                this.mapUserBlock(block, ts);
            else if (role === 'assistant')
                this.mapAssistantBlock(block, ts);
        }
    }
    mapUserBlock(block, ts) {
        if (block.type === 'tool_result') {
            const id = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(block.tool_use_id);
            const known = id !== undefined ? this.byId.get(id) : undefined;
            const call = id !== undefined ? known : this.latestCall();
            if (call !== undefined)
                call.open = false;
            const name = known?.name ?? this.lastToolName ?? 'unknown';
            this.result(ts, name, call, id, toolResultText(block.content), known?.path ?? (id === undefined ? call?.path : undefined));
            return;
        }
        if (block.type !== 'text' || typeof block.text !== 'string')
            return;
        const text = block.text;
        if ((0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(text) === '' || text.startsWith('<environment_details>') || text.includes('# task_progress'))
            return;
        if (text.startsWith('<task>')) {
            const task = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .extractTagContent */ .hb)(text, 'task');
            if (task !== undefined)
                this.emit(ts, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(task));
            return;
        }
        const m = RESULT_PREFIX.exec(text);
        if (m) {
            const tool = m[1];
            if (tool === 'plan_mode_respond' || text.includes('<user_message>')) {
                const um = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .extractTagContent */ .hb)(text, 'user_message');
                if (um !== undefined)
                    this.emit(ts, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(um));
                return;
            }
            const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .canonicalToolName */ .WI)(tool);
            let call;
            for (let i = this.calls.length - 1; i >= 0; i--) {
                if (this.calls[i].open && this.calls[i].name === name) {
                    call = this.calls[i];
                    break;
                }
            }
            if (call !== undefined)
                call.open = false;
            this.result(ts, name, call, undefined, text.slice(m[0].length), m[2]);
            return;
        }
        if (text.includes('<user_message>')) {
            const um = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .extractTagContent */ .hb)(text, 'user_message');
            if (um !== undefined)
                this.emit(ts, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(um));
            return;
        }
        const cleaned = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .stripSystemReminders */ .bI)(text);
        if (cleaned !== '')
            this.emit(ts, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(cleaned));
    }
    mapAssistantBlock(block, ts) {
        if (block.type === 'text') {
            if (typeof block.text === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(block.text) !== '')
                this.emit(ts, { type: 'AgentMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(block.text));
            return;
        }
        if (block.type === 'thinking') {
            if (typeof block.thinking === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(block.thinking) !== '')
                this.emit(ts, { type: 'Thinking' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(block.thinking));
            return;
        }
        if (block.type !== 'tool_use')
            return;
        const rawName = typeof block.name === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(block.name) : '';
        const input = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(block.input) ? block.input : {};
        const inputJson = (block.input ?? {});
        if (rawName === 'attempt_completion' || rawName === 'plan_mode_respond') {
            const text = rawName === 'attempt_completion' ? input.result : input.response;
            if (typeof text === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(text) !== '')
                this.emit(ts, { type: 'AgentMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(text));
            return;
        }
        const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .canonicalToolName */ .WI)(rawName) || 'unknown';
        const eventId = this.nextId();
        const callId = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(block.id) ?? eventId;
        const filePath = PATH_TOOLS.has(rawName) ? ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(input.path) ?? 'unknown') : undefined;
        const record = { callId, name, path: filePath, open: true };
        this.calls.push(record);
        this.byId.set(callId, record);
        this.lastToolName = name;
        const attrs = { 'semantic.call_id': callId, 'semantic.tool_kind': (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .inferToolKind */ .D0)(rawName) };
        const json = { blocks: [{ type: 'Json', data: inputJson }] };
        let eventType;
        let content = json;
        if (rawName === 'execute_command' || rawName === 'spawn_process') {
            const command = typeof input.command === 'string' ? input.command : undefined;
            const shell = (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .shellEventType */ .jG)(command, name);
            eventType = shell.eventType;
            if (shell.shell)
                content = { blocks: [{ type: 'Code', code: command, language: 'bash' }] };
        }
        else if (rawName === 'write_to_file') {
            eventType = { type: 'FileCreate', data: { path: filePath } };
        }
        else if (EDIT_TOOLS.has(rawName)) {
            eventType = { type: 'FileEdit', data: { path: filePath } };
        }
        else if (rawName === 'read_file') {
            eventType = { type: 'FileRead', data: { path: filePath } };
        }
        else if (rawName === 'search_files' || rawName === 'find_references') {
            eventType = { type: 'CodeSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(input.regex, input.content_pattern) ?? '' } };
        }
        else if (rawName === 'list_files') {
            eventType = { type: 'FileSearch', data: { pattern: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(input.path) ?? '.' } };
        }
        else if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isInteractiveTool */ .v$)(rawName)) {
            eventType = { type: 'ToolCall', data: { name: 'request_user_input' } };
            const question = {
                id: 'question',
                question: typeof input.question === 'string' ? input.question : '',
            };
            const options = optionsOf(input.options);
            if (options !== undefined)
                question.options = options;
            content = { blocks: [{ type: 'Json', data: { questions: [question] } }] };
        }
        else {
            eventType = { type: 'ToolCall', data: { name } };
        }
        this.emit(ts, eventType, content, attrs, eventId);
    }
}
const clineParser = {
    id: 'cline',
    async parse(_path, sink, ctx) {
        let scan;
        try {
            scan = await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .scanJsonDocument */ .j6)(ctx.path);
        }
        catch (err) {
            if (err instanceof _common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .JsonDocumentError */ .sT && err.kind === 'utf8')
                throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cline', err.message);
            throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cline', 'Failed to parse api_conversation_history.json');
        }
        if (scan.rootKind !== 'array')
            throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cline', 'Failed to parse api_conversation_history.json');
        const taskDir = path__WEBPACK_IMPORTED_MODULE_1__.dirname(ctx.path);
        const taskId = path__WEBPACK_IMPORTED_MODULE_1__.basename(taskDir);
        const ui = await readUiMessages(path__WEBPACK_IMPORTED_MODULE_1__.join(taskDir, 'ui_messages.json'));
        const title = await readTaskTitle(taskDir);
        const base = ui.first ?? (/^\d+$/.test(taskId) ? BigInt(taskId) * MS : ctx.mtime);
        const warnings = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .FileWarnings */ .a(ctx.displayPath, 'message');
        const builder = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .SessionBuilder */ .Q({ sink, tool: 'cline', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new ClineMapper(builder);
        await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_10__/* .streamJsonElements */ .uR)(ctx.path, {}, (el) => {
            if (el.oversized)
                warnings.oversizedAt(el.index);
            else if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(el.value) || !Array.isArray(el.value.content))
                warnings.malformedAt(el.index);
            else
                mapper.map(el.value, base + BigInt(el.index - 1) * 100n * MS);
            return builder.takePending();
        });
        builder.flush();
        await builder.drain();
        const header = builder.header({
            sessionId: taskId,
            agent: {
                provider: mapper.provider ?? ui.provider ?? 'unknown',
                model: mapper.model ?? ui.model ?? 'unknown',
                tool: 'cline',
            },
            title,
            createdAt: ui.first,
            updatedAt: ui.last,
        });
        return { header, eventCount: builder.eventCount, warnings: warnings.render() };
    },
};


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


/***/ })

};
;