"use strict";
exports.id = 2866;
exports.ids = [2866];
exports.modules = {

/***/ 2866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ampParser: () => (/* binding */ ampParser),
/* harmony export */   ampProvider: () => (/* binding */ ampProvider)
/* harmony export */ });
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _common_builder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9238);
/* harmony import */ var _common_rules__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2198);
/* harmony import */ var _common_time__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2536);
/* harmony import */ var _common_tools__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8506);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7862);
/* harmony import */ var _common_jsondoc__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3349);








const MS = 1000000n;
/** Provider inferred from a model name (4.7). */
function ampProvider(model) {
    const m = model.toLowerCase();
    if (m.includes('claude'))
        return 'anthropic';
    if (m.includes('gpt') || m.includes('o1') || m.includes('o3'))
        return 'openai';
    if (m.includes('gemini'))
        return 'google';
    return 'unknown';
}
/** 4.7 tool_use typing. */
function typeAmpTool(name, input) {
    const a = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(input) ? input : {};
    const json = { blocks: [{ type: 'Json', data: (input ?? {}) }] };
    const filePath = () => (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(a.path, a.file_path) ?? 'unknown';
    switch (name) {
        case 'Bash':
        case 'bash':
        case 'Terminal': {
            const command = typeof a.cmd === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .trim */ .Bq)(a.cmd) !== ''
                ? a.cmd
                : typeof a.command === 'string'
                    ? a.command
                    : typeof a.cmd === 'string'
                        ? a.cmd
                        : undefined;
            const shell = (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .shellEventType */ .jG)(command, name);
            return shell.shell
                ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] } }
                : { eventType: shell.eventType, content: json };
        }
        case 'Edit':
        case 'edit':
        case 'edit_file':
        case 'str_replace_editor': {
            const p = filePath();
            const diff = (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .diffFromToolInput */ .M1)(p, input);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'Write':
        case 'write':
        case 'create_file':
            return { eventType: { type: 'FileCreate', data: { path: filePath() } }, content: json };
        case 'Read':
        case 'read':
            return { eventType: { type: 'FileRead', data: { path: filePath() } }, content: json };
        case 'Grep':
        case 'grep':
            return { eventType: { type: 'CodeSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(a.pattern, a.query) ?? '' } }, content: json };
        case 'Glob':
        case 'glob':
            return {
                eventType: { type: 'FileSearch', data: { pattern: (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(a.filePattern, a.pattern) ?? '*' } },
                content: json,
            };
        case 'WebFetch':
        case 'web_fetch':
        case 'read_web_page':
            return { eventType: { type: 'WebFetch', data: { url: (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(a.url) ?? '' } }, content: json };
        case 'WebSearch':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(a.query) ?? '' } }, content: json };
        case 'todo_write':
        case 'TodoWrite':
            return { eventType: { type: 'ToolCall', data: { name: 'todo_write' } }, content: json };
        default:
            return { eventType: { type: 'ToolCall', data: { name } }, content: json };
    }
}
function resultText(result) {
    if (typeof result === 'string')
        return result;
    if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(result) && typeof result.content === 'string')
        return result.content;
    return result === undefined ? '' : (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .stringifyOrdered */ .Vd)(result);
}
class AmpMapper {
    builder;
    created;
    n = 0;
    tracker = new _common_tools__WEBPACK_IMPORTED_MODULE_5__/* .CallTracker */ .jA();
    lastToolName;
    model;
    title;
    constructor(builder, created) {
        this.builder = builder;
        this.created = created;
    }
    nextId() {
        this.n++;
        return `amp-${this.n}`;
    }
    map(msg) {
        const role = msg.role;
        const meta = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(msg.meta) ? msg.meta : {};
        let ts = (0,_common_time__WEBPACK_IMPORTED_MODULE_4__/* .parseEpochMs */ .vZ)(meta.sentAt);
        if (ts === undefined &&
            this.created !== undefined &&
            typeof msg.messageId === 'number' &&
            Number.isFinite(msg.messageId)) {
            ts = this.created + BigInt(Math.trunc(msg.messageId)) * 1000n * MS;
        }
        const usage = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(msg.usage) ? msg.usage : undefined;
        if (usage !== undefined)
            this.model ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(usage.model);
        const events = [];
        const make = (id, eventType, content, attributes = {}) => {
            const ev = { event_id: id, event_type: eventType, content, attributes };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
        };
        for (const block of msg.content) {
            if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(block))
                continue;
            switch (block.type) {
                case 'text': {
                    if (typeof block.text !== 'string' || (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .trim */ .Bq)(block.text) === '')
                        break;
                    if (role === 'user') {
                        make(this.nextId(), { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .textContent */ .P_)(block.text));
                        this.title ??= block.text;
                    }
                    else if (role === 'assistant') {
                        make(this.nextId(), { type: 'AgentMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .textContent */ .P_)(block.text));
                    }
                    break;
                }
                case 'thinking':
                    if (typeof block.thinking === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .trim */ .Bq)(block.thinking) !== '')
                        make(this.nextId(), { type: 'Thinking' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .textContent */ .P_)(block.thinking));
                    break;
                case 'tool_use': {
                    const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(block.name) ?? 'unknown';
                    const counterId = this.nextId();
                    const id = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(block.id) ?? counterId;
                    this.tracker.open({ callId: id, name });
                    this.lastToolName = name;
                    const typing = typeAmpTool(name, block.input);
                    make(id, typing.eventType, typing.content, {
                        'semantic.call_id': id,
                        'semantic.tool_kind': (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .inferToolKind */ .D0)(name),
                    });
                    break;
                }
                case 'tool_result': {
                    const useId = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .firstSet */ .v)(block.toolUseID);
                    const known = useId !== undefined ? this.tracker.closeById(useId) : undefined;
                    const paired = useId === undefined ? this.tracker.closeLatest() : known;
                    const name = known?.name ?? this.lastToolName ?? 'unknown';
                    const callId = useId ?? paired?.callId;
                    const run = (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(block.run) ? block.run : {};
                    const text = resultText(run.result);
                    const exitCode = (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFromText */ .Lc)(text);
                    const data = {
                        name,
                        is_error: run.status === 'error' || (exitCode !== undefined && exitCode !== 0),
                    };
                    const attrs = {};
                    if (callId !== undefined) {
                        data.call_id = callId;
                        attrs['semantic.call_id'] = callId;
                    }
                    if (exitCode !== undefined)
                        attrs.exit_code = exitCode;
                    make(this.nextId(), { type: 'ToolResult', data }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .textContent */ .P_)(text), attrs);
                    break;
                }
                default:
                    break;
            }
        }
        if (usage !== undefined) {
            const cacheRead = (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .tokenCount */ .jt)(usage.cacheReadInputTokens);
            const cacheCreation = (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .tokenCount */ .jt)(usage.cacheCreationInputTokens);
            const counts = {
                input: (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .tokenCount */ .jt)(usage.inputTokens) + cacheRead + cacheCreation,
                output: (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .tokenCount */ .jt)(usage.outputTokens),
                cacheRead,
                cacheCreation,
            };
            if (events.length > 0)
                (0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .addTokenAttributes */ .Ux)(events[0].attributes, counts);
            else {
                const attrs = {};
                if ((0,_common_tools__WEBPACK_IMPORTED_MODULE_5__/* .addTokenAttributes */ .Ux)(attrs, counts))
                    make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .emptyContent */ .jg)(), attrs);
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
}
const ampParser = {
    id: 'amp',
    async parse(_path, sink, ctx) {
        const failure = () => new _types__WEBPACK_IMPORTED_MODULE_6__/* .ParserFailed */ .Rb('amp', `Failed to parse Amp thread: ${ctx.displayPath}`);
        let scan;
        try {
            scan = await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_7__/* .scanJsonDocument */ .j6)(ctx.path, { arrayKey: 'messages' });
        }
        catch (err) {
            if (err instanceof _common_jsondoc__WEBPACK_IMPORTED_MODULE_7__/* .JsonDocumentError */ .sT && err.kind === 'utf8')
                throw new _types__WEBPACK_IMPORTED_MODULE_6__/* .ParserFailed */ .Rb('amp', err.message);
            throw failure();
        }
        const id = scan.members.get('id');
        if (scan.rootKind !== 'object' || typeof id !== 'string' || scan.memberKinds.get('messages') !== 'array')
            throw failure();
        const created = (0,_common_time__WEBPACK_IMPORTED_MODULE_4__/* .parseEpochMs */ .vZ)(scan.members.get('created'));
        const warnings = new _common_builder__WEBPACK_IMPORTED_MODULE_2__/* .FileWarnings */ .a(ctx.displayPath, 'message');
        const builder = new _common_builder__WEBPACK_IMPORTED_MODULE_2__/* .SessionBuilder */ .Q({ sink, tool: 'amp', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new AmpMapper(builder, created);
        await (0,_common_jsondoc__WEBPACK_IMPORTED_MODULE_7__/* .streamJsonElements */ .uR)(ctx.path, { arrayKey: 'messages' }, (el) => {
            if (el.oversized)
                warnings.oversizedAt(el.index);
            else if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(el.value) || !Array.isArray(el.value.content))
                warnings.malformedAt(el.index);
            else
                mapper.map(el.value);
            return builder.takePending();
        });
        builder.flush(created);
        await builder.drain();
        const model = mapper.model ?? 'unknown';
        const header = builder.header({
            sessionId: id,
            agent: { provider: mapper.model !== undefined ? ampProvider(model) : 'unknown', model, tool: 'amp' },
            title: mapper.title,
            createdAt: created,
            sessionStart: created,
        });
        return { header, eventCount: builder.eventCount, warnings: warnings.render() };
    },
};


/***/ })

};
;