"use strict";
exports.id = 9276;
exports.ids = [9276];
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

/***/ 9276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  geminiParser: () => (/* binding */ geminiParser)
});

// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/parsers/common/builder.ts
var common_builder = __webpack_require__(9238);
// EXTERNAL MODULE: ./core/parsers/common/rules.ts
var rules = __webpack_require__(2198);
// EXTERNAL MODULE: ./core/parsers/common/time.ts
var time = __webpack_require__(2536);
// EXTERNAL MODULE: ./core/parsers/common/tools.ts
var tools = __webpack_require__(8506);
// EXTERNAL MODULE: ./core/parsers/types.ts
var types = __webpack_require__(7862);
// EXTERNAL MODULE: ./core/parsers/common/jsondoc.ts
var jsondoc = __webpack_require__(3349);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: ./core/parsers/common/json.ts
var json = __webpack_require__(4659);
// EXTERNAL MODULE: ./core/parsers/common/lines.ts
var lines = __webpack_require__(7242);
;// CONCATENATED MODULE: ./core/parsers/gemini/jsonl-index.ts
// Gemini JSONL replay (parsers.md 4.3, 9 "Two-pass Gemini JSONL"): pass 1 reads every line once and keeps,
// per message, only where its latest record lives (byte offset and length of the line, or a `$set` line
// plus the element index) in replay order; pass 2 reads those records back by offset, in final order.




const MESSAGE_TYPES = new Set(['user', 'gemini', 'info', 'error', 'warning']);
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** Decodes one physical line (without its `\n`): drops one trailing `\r` and a BOM on line 1; strict UTF-8. */
function decodeLine(bytes, lineNo) {
    let b = bytes;
    if (b.length > 0 && b[b.length - 1] === 0x0d)
        b = b.subarray(0, b.length - 1);
    if (lineNo === 1 && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        b = b.subarray(3);
    try {
        return strictDecoder.decode(b);
    }
    catch {
        return undefined;
    }
}
/** Splits a file into physical lines with byte offsets; lines over the cap are reported without bytes. */
async function forEachLine(filePath, onLine) {
    const stream = external_fs_.createReadStream(filePath, { highWaterMark: 1 << 20 });
    let parts = [];
    let partBytes = 0;
    let oversized = false;
    let lineStart = 0;
    let lineLength = 0;
    let pos = 0;
    let lineNo = 0;
    let stop = false;
    const deliver = () => {
        lineNo++;
        const bytes = oversized ? undefined : parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
        if (onLine(lineNo, lineStart, lineLength, bytes) === 'stop')
            stop = true;
        parts = [];
        partBytes = 0;
        oversized = false;
        lineLength = 0;
    };
    const append = (chunk, from, to) => {
        lineLength += to - from;
        if (oversized || to <= from)
            return;
        if (partBytes + (to - from) > lines/* MAX_RECORD_BYTES */.xR) {
            oversized = true;
            parts = [];
            partBytes = 0;
            return;
        }
        parts.push(chunk.subarray(from, to));
        partBytes += to - from;
    };
    try {
        for await (const raw of stream) {
            const chunk = raw;
            let from = 0;
            for (;;) {
                const nl = chunk.indexOf(0x0a, from);
                if (nl < 0) {
                    append(chunk, from, chunk.length);
                    break;
                }
                append(chunk, from, nl);
                deliver();
                if (stop)
                    return;
                lineStart = pos + nl + 1;
                from = nl + 1;
            }
            pos += chunk.length;
        }
        if (lineLength > 0)
            deliver();
    }
    finally {
        stream.destroy();
    }
}
/** Pass 1: replays the JSONL records (4.3 rules 1–5) into a message index. Malformed lines are counted. */
async function buildReplayIndex(filePath, warnings) {
    const messages = [];
    const positions = new Map();
    const meta = {};
    const reindex = () => {
        positions.clear();
        messages.forEach((m, i) => {
            if (m.id !== undefined && !positions.has(m.id))
                positions.set(m.id, i);
        });
    };
    await forEachLine(filePath, (lineNo, start, length, bytes) => {
        if (bytes === undefined) {
            warnings.oversizedAt(lineNo);
            return;
        }
        const text = decodeLine(bytes, lineNo);
        if (text === undefined) {
            warnings.malformedAt(lineNo);
            return;
        }
        if ((0,lines/* isBlankLine */.pB)(text))
            return;
        const value = (0,json/* parseJsonValue */.Z)(text);
        if (!(0,rules/* isObject */.Gv)(value)) {
            warnings.malformedAt(lineNo);
            return;
        }
        if (typeof value.$rewindTo === 'string') {
            const at = positions.get(value.$rewindTo);
            messages.length = at ?? 0;
            reindex();
            return;
        }
        if ((0,rules/* isObject */.Gv)(value.$set)) {
            for (const [k, v] of Object.entries(value.$set)) {
                if (k === 'messages' && Array.isArray(v))
                    continue;
                meta[k] = v;
            }
            const list = value.$set.messages;
            if (Array.isArray(list)) {
                messages.length = 0;
                list.forEach((item, element) => {
                    const id = (0,rules/* isObject */.Gv)(item) && typeof item.id === 'string' ? item.id : undefined;
                    messages.push({ id, lineNo, start, length, element });
                });
                reindex();
            }
            return;
        }
        if (typeof value.id === 'string' && typeof value.type === 'string' && MESSAGE_TYPES.has(value.type)) {
            const ref = { id: value.id, lineNo, start, length };
            const at = positions.get(value.id);
            if (at !== undefined)
                messages[at] = ref;
            else {
                positions.set(value.id, messages.length);
                messages.push(ref);
            }
            return;
        }
        if (typeof value.sessionId === 'string') {
            for (const [k, v] of Object.entries(value))
                meta[k] = v;
        }
    });
    return { messages, meta };
}
/** Pass 2: reads the indexed records back in final order. The last `$set` line read is cached. */
async function* readIndexedMessages(filePath, index) {
    const handle = await external_fs_.promises.open(filePath, 'r');
    let cachedStart = -1;
    let cachedValue;
    try {
        for (const ref of index.messages) {
            let value;
            if (ref.element !== undefined && cachedStart === ref.start) {
                value = cachedValue;
            }
            else {
                const buf = Buffer.alloc(ref.length);
                await handle.read(buf, 0, ref.length, ref.start);
                const text = decodeLine(buf, ref.lineNo);
                value = text === undefined ? undefined : (0,json/* parseJsonValue */.Z)(text);
                if (ref.element !== undefined) {
                    cachedStart = ref.start;
                    cachedValue = value;
                }
            }
            if (ref.element !== undefined) {
                const list = (0,rules/* isObject */.Gv)(value) && (0,rules/* isObject */.Gv)(value.$set) ? value.$set.messages : undefined;
                yield { ref, value: Array.isArray(list) ? list[ref.element] : undefined };
            }
            else {
                yield { ref, value };
            }
        }
    }
    finally {
        await handle.close();
    }
}
/** First non-blank line of a file parses as a complete JSON object (layout fallback of 4.3). */
async function firstLineIsJsonObject(filePath) {
    let result;
    try {
        await forEachLine(filePath, (lineNo, _start, _length, bytes) => {
            const text = bytes === undefined ? undefined : decodeLine(bytes, lineNo);
            if (text !== undefined && (0,lines/* isBlankLine */.pB)(text))
                return;
            result = text !== undefined && (0,rules/* isObject */.Gv)((0,json/* parseJsonValue */.Z)(text));
            return 'stop';
        });
    }
    catch {
        return false;
    }
    return result === true;
}

;// CONCATENATED MODULE: ./core/parsers/gemini/index.ts
// Gemini CLI parser (parsers.md 4.3): JSON layout (streamed `messages`) and JSONL layout (replayed).









/** 4.3 "Content text": string, part array or single part; text parts trimmed, empties dropped, joined by `\n`. */
function geminiContentText(content) {
    if (typeof content === 'string')
        return content;
    const parts = Array.isArray(content) ? content : (0,rules/* isObject */.Gv)(content) ? [content] : [];
    const out = [];
    for (const part of parts) {
        let text;
        if (typeof part === 'string')
            text = part;
        else if ((0,rules/* isObject */.Gv)(part) &&
            typeof part.text === 'string' &&
            (part.type === undefined || part.type === 'text') &&
            part.thought !== true) {
            text = part.text;
        }
        if (text === undefined)
            continue;
        const t = (0,core_text/* trim */.Bq)(text);
        if (t !== '')
            out.push(t);
    }
    return out.join('\n');
}
function schemaVersion(m) {
    if (m.toolCalls !== undefined && m.toolCalls !== null)
        return 'gemini-json-v3-toolcalls';
    if (Array.isArray(m.content) || (0,rules/* isObject */.Gv)(m.content))
        return 'gemini-json-v2-parts';
    return 'gemini-json-v1';
}
function argsContent(args) {
    return args === undefined ? (0,rules/* emptyContent */.jg)() : { blocks: [{ type: 'Json', data: args }] };
}
/** 4.3 tool call typing table. */
function typeGeminiToolCall(name, args) {
    const a = (0,rules/* isObject */.Gv)(args) ? args : {};
    const json = argsContent(args);
    switch (name) {
        case 'run_shell_command': {
            const command = typeof a.command === 'string' ? a.command : '';
            if ((0,core_text/* trim */.Bq)(command) !== '') {
                return {
                    eventType: { type: 'ShellCommand', data: { command } },
                    content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                };
            }
            return { eventType: { type: 'ToolCall', data: { name } }, content: json };
        }
        case 'read_file':
            return {
                eventType: { type: 'FileRead', data: { path: (0,rules/* firstSet */.v)(a.absolute_path, a.file_path, a.path) ?? 'unknown' } },
                content: json,
            };
        case 'write_file':
            return {
                eventType: { type: 'FileCreate', data: { path: (0,rules/* firstSet */.v)(a.file_path, a.path) ?? 'unknown' } },
                content: json,
            };
        case 'replace':
        case 'edit': {
            const p = (0,rules/* firstSet */.v)(a.file_path, a.path) ?? 'unknown';
            const diff = (0,tools/* diffFromToolInput */.M1)(p, a);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'glob':
            return { eventType: { type: 'FileSearch', data: { pattern: (0,rules/* firstSet */.v)(a.pattern) ?? '*' } }, content: json };
        case 'search_file_content':
        case 'grep':
        case 'grep_search':
            return { eventType: { type: 'CodeSearch', data: { query: (0,rules/* firstSet */.v)(a.pattern) ?? '' } }, content: json };
        case 'google_web_search':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: (0,rules/* firstSet */.v)(a.query) ?? '' } }, content: json };
        case 'web_fetch': {
            const url = (0,rules/* firstSet */.v)(a.url);
            if (url !== undefined)
                return { eventType: { type: 'WebFetch', data: { url } }, content: json };
            break;
        }
        default:
            break;
    }
    return { eventType: { type: 'ToolCall', data: { name } }, content: json };
}
/** 4.3 tool result content and exit code. */
function geminiToolResult(result) {
    if (result === undefined || result === null)
        return { content: (0,rules/* emptyContent */.jg)() };
    if (typeof result === 'string') {
        const t = (0,core_text/* trim */.Bq)(result);
        return { content: t === '' ? (0,rules/* emptyContent */.jg)() : (0,rules/* textContent */.P_)(t), exitCode: (0,tools/* exitCodeFromText */.Lc)(result) };
    }
    const parts = Array.isArray(result) ? result : (0,rules/* isObject */.Gv)(result) ? [result] : undefined;
    if (parts === undefined)
        return { content: { blocks: [{ type: 'Json', data: result }] } };
    const payloads = [];
    const texts = [];
    let exitCode;
    for (const part of parts) {
        if (!(0,rules/* isObject */.Gv)(part))
            continue;
        const fr = (0,rules/* isObject */.Gv)(part.functionResponse)
            ? part.functionResponse
            : (0,rules/* isObject */.Gv)(part.function_response)
                ? part.function_response
                : undefined;
        if (fr !== undefined) {
            const payload = (fr.response !== undefined ? fr.response : fr.result !== undefined ? fr.result : fr);
            payloads.push(payload);
            if (exitCode === undefined && (0,rules/* isObject */.Gv)(payload) && typeof payload.output === 'string')
                exitCode = (0,tools/* exitCodeFromText */.Lc)(payload.output);
        }
        else if (typeof part.text === 'string') {
            texts.push(part.text);
        }
    }
    if (payloads.length === 1)
        return { content: { blocks: [{ type: 'Json', data: payloads[0] }] }, exitCode };
    if (payloads.length > 1)
        return { content: { blocks: [{ type: 'Json', data: payloads }] }, exitCode };
    if (texts.length > 0) {
        const text = texts.join('\n');
        return { content: (0,rules/* textContent */.P_)(text), exitCode: (0,tools/* exitCodeFromText */.Lc)(text) };
    }
    return { content: { blocks: [{ type: 'Json', data: result }] } };
}
/** Maps Gemini messages (final order) to events; keeps only counters and first-wins slots. */
class GeminiMapper {
    builder;
    n = 0;
    model;
    title;
    constructor(builder) {
        this.builder = builder;
    }
    nextId() {
        this.n++;
        return `gemini-${this.n}`;
    }
    map(m) {
        const type = m.type;
        const id = typeof m.id === 'string' && (0,core_text/* trim */.Bq)(m.id) !== '' ? m.id : undefined;
        const ts = (0,time/* parseNativeTimestamp */.r1)(m.timestamp);
        const base = {};
        (0,tools/* setAttr */.ob)(base, 'source.schema_version', schemaVersion(m));
        (0,tools/* setAttr */.ob)(base, 'source.raw_type', type);
        const role = type === 'user' || type === 'gemini' ? (0,rules/* normalizeRoleLabel */.iD)(type) : undefined;
        if (role !== undefined)
            base['semantic.role'] = role;
        (0,tools/* setAttr */.ob)(base, 'semantic.group_id', id);
        const events = [];
        const make = (eventId, eventType, content, extra) => {
            const ev = {
                event_id: eventId,
                event_type: eventType,
                content,
                attributes: { ...base, ...(extra ?? {}) },
            };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
            return ev;
        };
        const text = geminiContentText(m.content);
        const hasText = (0,core_text/* trim */.Bq)(text) !== '';
        if (type === 'user') {
            if (hasText) {
                const eventId = this.nextId();
                make(id ?? eventId, { type: 'UserMessage' }, (0,rules/* textContent */.P_)(text));
                if (this.title === undefined)
                    this.title = text;
            }
        }
        else if (type === 'gemini') {
            if (this.model === undefined)
                this.model = (0,rules/* firstSet */.v)(m.model);
            if (Array.isArray(m.thoughts)) {
                for (const th of m.thoughts) {
                    if (!(0,rules/* isObject */.Gv)(th))
                        continue;
                    const subject = (0,rules/* firstSet */.v)(th.subject);
                    const description = (0,rules/* firstSet */.v)(th.description);
                    const body = subject !== undefined && description !== undefined
                        ? `**${subject}**\n${description}`
                        : (subject ?? description);
                    if (body === undefined)
                        continue;
                    make(this.nextId(), { type: 'Thinking' }, (0,rules/* textContent */.P_)(body));
                }
            }
            if (Array.isArray(m.toolCalls)) {
                m.toolCalls.forEach((tc, i) => {
                    if (!(0,rules/* isObject */.Gv)(tc))
                        return;
                    const name = (0,rules/* firstSet */.v)(tc.name) ?? 'unknown';
                    const callEventId = this.nextId();
                    const callId = (0,rules/* firstSet */.v)(tc.id) ?? `${id ?? events[0]?.event_id ?? callEventId}-call-${i + 1}`;
                    const kind = (0,rules/* inferToolKind */.D0)(name);
                    const typing = typeGeminiToolCall(name, tc.args);
                    const callAttrs = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
                    make(callEventId, typing.eventType, typing.content, callAttrs);
                    const { content, exitCode } = geminiToolResult(tc.result);
                    const status = tc.status;
                    const isError = (status !== undefined && status !== null && status !== 'success') ||
                        (exitCode !== undefined && exitCode !== 0);
                    const resultAttrs = { ...callAttrs };
                    if (exitCode !== undefined)
                        resultAttrs.exit_code = exitCode;
                    make(this.nextId(), { type: 'ToolResult', data: { name, is_error: isError, call_id: callId } }, content, resultAttrs);
                });
            }
            if (hasText)
                make(this.nextId(), { type: 'AgentMessage' }, (0,rules/* textContent */.P_)(text));
        }
        else if (type === 'error') {
            if (hasText)
                make(this.nextId(), { type: 'AgentMessage' }, (0,rules/* textContent */.P_)(text), { error: true });
        }
        else {
            return;
        }
        const tokens = (0,rules/* isObject */.Gv)(m.tokens) ? m.tokens : undefined;
        if (tokens !== undefined) {
            const counts = {
                input: (0,tools/* tokenCount */.jt)(tokens.input),
                output: (0,tools/* tokenCount */.jt)(tokens.output) + (0,tools/* tokenCount */.jt)(tokens.thoughts),
                cacheRead: (0,tools/* tokenCount */.jt)(tokens.cached),
            };
            if (events.length > 0) {
                (0,tools/* addTokenAttributes */.Ux)(events[0].attributes, counts);
            }
            else if (type === 'gemini') {
                const carrier = {};
                if ((0,tools/* addTokenAttributes */.Ux)(carrier, counts))
                    make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, (0,rules/* emptyContent */.jg)(), carrier);
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
}
function failure(ctx) {
    return new types/* ParserFailed */.Rb('gemini', `Failed to parse Gemini session: ${ctx.displayPath}`);
}
async function finish(ctx, builder, mapper, meta, warnings) {
    const start = (0,time/* parseNativeTimestamp */.r1)(meta.startTime);
    builder.flush(start);
    await builder.drain();
    const attributes = {};
    if (Array.isArray(meta.directories)) {
        const cwd = (0,rules/* firstSet */.v)(...meta.directories);
        if (cwd !== undefined)
            attributes.cwd = cwd;
    }
    const auxiliary = meta.kind === 'subagent';
    let parentSessionId;
    if (auxiliary) {
        const parentDir = external_path_.basename(external_path_.dirname(ctx.path));
        if (parentDir !== 'chats' && parentDir !== '')
            parentSessionId = parentDir;
    }
    const sessionId = typeof meta.sessionId === 'string' && (0,core_text/* trim */.Bq)(meta.sessionId) !== '' ? meta.sessionId : (0,rules/* fileStem */.E8)(ctx.path);
    const header = builder.header({
        sessionId,
        agent: { provider: 'google', model: mapper.model ?? 'unknown', tool: 'gemini' },
        title: mapper.title !== undefined ? (0,rules/* applyTitleRule */.Rw)(mapper.title) : undefined,
        attributes,
        role: auxiliary ? 'auxiliary' : 'primary',
        parentSessionId,
        createdAt: start,
        updatedAt: (0,time/* parseNativeTimestamp */.r1)(meta.lastUpdated),
        sessionStart: start,
    });
    return { header, eventCount: builder.eventCount, warnings: warnings.render() };
}
async function parseJsonLayout(ctx, sink) {
    let scan;
    try {
        scan = await (0,jsondoc/* scanJsonDocument */.j6)(ctx.path, { arrayKey: 'messages' });
    }
    catch (err) {
        if (err instanceof jsondoc/* JsonDocumentError */.sT && err.kind === 'utf8')
            throw new types/* ParserFailed */.Rb('gemini', err.message);
        throw failure(ctx);
    }
    if (scan.rootKind !== 'object' ||
        typeof scan.members.get('sessionId') !== 'string' ||
        scan.memberKinds.get('messages') !== 'array') {
        throw failure(ctx);
    }
    const meta = Object.fromEntries(scan.members);
    const warnings = new common_builder/* FileWarnings */.a(ctx.displayPath, 'message');
    const builder = new common_builder/* SessionBuilder */.Q({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new GeminiMapper(builder);
    await (0,jsondoc/* streamJsonElements */.uR)(ctx.path, { arrayKey: 'messages' }, (el) => {
        if (el.oversized)
            warnings.oversizedAt(el.index);
        else if (!(0,rules/* isObject */.Gv)(el.value) || typeof el.value.type !== 'string')
            warnings.malformedAt(el.index);
        else
            mapper.map(el.value);
        return builder.takePending();
    });
    return finish(ctx, builder, mapper, meta, warnings);
}
async function parseJsonlLayout(ctx, sink) {
    const warnings = new common_builder/* FileWarnings */.a(ctx.displayPath, 'line');
    const index = await buildReplayIndex(ctx.path, warnings);
    const builder = new common_builder/* SessionBuilder */.Q({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new GeminiMapper(builder);
    for await (const { value } of readIndexedMessages(ctx.path, index)) {
        if ((0,rules/* isObject */.Gv)(value) && typeof value.type === 'string')
            mapper.map(value);
        const p = builder.takePending();
        if (p !== undefined)
            await p;
    }
    return finish(ctx, builder, mapper, index.meta, warnings);
}
/** Gemini CLI session file (JSON or JSONL layout, 4.3). */
const geminiParser = {
    id: 'gemini',
    async parse(_path, sink, ctx) {
        if (ctx.path.toLowerCase().endsWith('.jsonl'))
            return parseJsonlLayout(ctx, sink);
        try {
            return await parseJsonLayout(ctx, sink);
        }
        catch (err) {
            if (err instanceof types/* ParserFailed */.Rb && (await firstLineIsJsonObject(ctx.path)))
                return parseJsonlLayout(ctx, sink);
            throw err;
        }
    },
};


/***/ })

};
;