"use strict";
exports.id = 3306;
exports.ids = [3306];
exports.modules = {

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ plainErrorText),
/* harmony export */   VF: () => (/* binding */ readUtf8Strict),
/* harmony export */   f9: () => (/* binding */ systemErrorText),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tJ: () => (/* binding */ InvalidUtf8Error)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// File reading with the strictness the spec asks for (strict UTF-8, OS error texts).

/** The error text for an fs error, in this project's words (amendments A14), else its message. */
function systemErrorText(err) {
    return plainErrorText(err);
}
class InvalidUtf8Error extends Error {
    constructor() {
        super('file is not valid UTF-8');
        this.name = 'InvalidUtf8Error';
    }
}
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes bytes as strict UTF-8 (a BOM is kept for the HAIL reader to remove). */
function decodeUtf8Strict(bytes) {
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        throw new InvalidUtf8Error();
    }
}
/** Reads a whole file as strict UTF-8; throws the fs error or InvalidUtf8Error. */
async function readUtf8Strict(file) {
    return decodeUtf8Strict(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file));
}
const PLAIN_ERRNO_TEXT = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
};
/** A file error in this project's words (amendments A14): `no such file`, never `(os error 2)`. */
function plainErrorText(err) {
    const e = err;
    if (e && typeof e.code === 'string' && PLAIN_ERRNO_TEXT[e.code])
        return PLAIN_ERRNO_TEXT[e.code];
    return e instanceof Error ? e.message : String(err);
}


/***/ }),

/***/ 3306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  claudeCodeParser: () => (/* binding */ claudeCodeParser)
});

// EXTERNAL MODULE: ./core/parsers/common/index.ts
var common = __webpack_require__(2421);
// EXTERNAL MODULE: ./core/parsers/common/lines.ts
var common_lines = __webpack_require__(7242);
// EXTERNAL MODULE: ./core/parsers/select.ts
var parsers_select = __webpack_require__(2871);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/parsers/common/builder.ts
var builder = __webpack_require__(9238);
// EXTERNAL MODULE: ./core/parsers/common/json.ts
var common_json = __webpack_require__(4659);
// EXTERNAL MODULE: ./core/parsers/common/rules.ts
var rules = __webpack_require__(2198);
// EXTERNAL MODULE: ./core/parsers/common/time.ts
var time = __webpack_require__(2536);
// EXTERNAL MODULE: ./core/parsers/common/tools.ts
var tools = __webpack_require__(8506);
;// CONCATENATED MODULE: ./core/parsers/claude-code/parser.ts
// Claude Code JSONL line parser (parsers.md 4.2): one file, no merge. The entry point (index.ts) adds
// the subagent merge for a main file and the auxiliary marking for a standalone subagent file.








const SCHEMA = 'claude-code-jsonl-v1';
const PREAMBLES = ['This session is', 'Here is the conversation so far', "Here's the conversation so far"];
function isContinuationPreamble(text) {
    return PREAMBLES.some((p) => text.startsWith(p));
}
/** Title candidate of a user text (4.2 Title), or undefined when the entry is skipped. */
function claudeTitleFrom(text) {
    const t = (0,rules/* stripSystemReminders */.bI)(text);
    if (t === '' || isContinuationPreamble(t) || bashModeOutput(t) !== undefined)
        return undefined;
    const bash = bashModeInput(t);
    if (bash !== undefined)
        return bash;
    const command = (0,rules/* extractTagContent */.hb)(t, 'command-name');
    if (command !== undefined) {
        const args = (0,rules/* extractTagContent */.hb)(t, 'command-args');
        return args !== undefined ? `${command} ${args}` : command;
    }
    return t;
}
/** `<bash-input>X</bash-input>` (the whole text): X, else undefined. */
function bashModeInput(text) {
    if (!text.startsWith('<bash-input>') || !text.endsWith('</bash-input>'))
        return undefined;
    const x = text.slice('<bash-input>'.length, -'</bash-input>'.length);
    return (0,core_text/* trim */.Bq)(x) === '' || x.includes('<bash-input>') ? undefined : x;
}
/** Text made of `<bash-stdout>`/`<bash-stderr>` parts: their contents (stdout, then stderr), else undefined. */
function bashModeOutput(text) {
    if (!text.startsWith('<bash-stdout>') && !text.startsWith('<bash-stderr>'))
        return undefined;
    const parts = [];
    const re = /<bash-(stdout|stderr)>([\s\S]*?)<\/bash-\1>/g;
    let m;
    while ((m = re.exec(text)) !== null)
        if ((0,core_text/* trim */.Bq)(m[2]) !== '')
            parts.push(m[2]);
    return parts.join('\n');
}
function count(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}
const FILE_PATH_TOOLS = new Set(['Read', 'Write', 'Edit', 'MultiEdit', 'NotebookEdit', 'create_file']);
function firstLineInfo(v) {
    return {
        sessionId: (0,core_text/* setString */.gQ)(v.sessionId),
        parentSessionId: (0,rules/* firstSet */.v)(v.parentSessionId, v.parentID, v.parentId),
        agentId: (0,rules/* firstSet */.v)(v.agentId),
        slug: (0,rules/* firstSet */.v)(v.slug),
        isSidechain: v.isSidechain === true,
    };
}
class ClaudeLineParser {
    opts;
    builder;
    warnings;
    seenUuids = new Set();
    calls = new tools/* CallTracker */.jA();
    usage = new Map();
    sessionId;
    version;
    cwd;
    gitBranch;
    model;
    allCwds = [];
    title;
    titleDone = false;
    /** uuid of the first user entry with text (a subagent file's prompt). */
    firstUserUuid;
    first;
    constructor(opts) {
        this.opts = opts;
        this.builder = new builder/* SessionBuilder */.Q({
            sink: opts.sink,
            tool: 'claude-code',
            mtime: opts.mtime,
            sourcePath: opts.sourcePath,
        });
        if (opts.stage)
            this.builder.use(opts.stage);
        this.warnings = new builder/* FileWarnings */.a(opts.displayPath, 'line');
    }
    /** A subagent log: auxiliary path, or first line with `isSidechain: true` (4.2). */
    get isAuxiliary() {
        return this.opts.auxiliaryPath || this.first?.isSidechain === true;
    }
    feedLine(line) {
        if (line.kind === 'oversized')
            return this.warnings.oversizedAt(line.lineNo);
        if (line.kind === 'invalid-utf8')
            return this.warnings.malformedAt(line.lineNo);
        if ((0,common_lines/* isBlankLine */.pB)(line.text))
            return;
        const value = (0,common_lines/* parseJsonObjectLine */.j_)(line.text);
        if (value === undefined)
            return this.warnings.malformedAt(line.lineNo);
        if (this.first === undefined)
            this.first = firstLineInfo(value);
        this.handle(new common_json/* JsonRecord */.O(line.text, value), line.lineNo);
    }
    readMeta(v) {
        if (this.sessionId === undefined)
            this.sessionId = (0,core_text/* setString */.gQ)(v.sessionId);
        if (this.version === undefined)
            this.version = (0,core_text/* setString */.gQ)(v.version);
        if (this.cwd === undefined)
            this.cwd = (0,core_text/* setString */.gQ)(v.cwd);
        if (this.gitBranch === undefined)
            this.gitBranch = (0,core_text/* setString */.gQ)(v.gitBranch);
    }
    handle(rec, lineNo) {
        const v = rec.value;
        switch (v.type) {
            case 'user':
            case 'assistant':
                return this.handleMessage(rec, lineNo);
            case 'system':
            case 'progress':
            case 'queue-operation':
            case 'summary':
                this.readMeta(v);
                return this.handleOther(v);
            default:
                return;
        }
    }
    // ---------------------------------------------------------------- user / assistant
    handleMessage(rec, lineNo) {
        const v = rec.value;
        const msg = v.message;
        if (typeof v.uuid !== 'string' ||
            typeof v.timestamp !== 'string' ||
            !(0,rules/* isObject */.Gv)(msg) ||
            typeof msg.role !== 'string' ||
            !('content' in msg)) {
            return this.warnings.malformedAt(lineNo);
        }
        const ts = (0,time/* parseNativeTimestamp */.r1)(v.timestamp);
        if (ts === undefined)
            return this.warnings.badTimestampAt(lineNo);
        const uuid = v.uuid;
        const seen = this.seenUuids.size;
        this.seenUuids.add(uuid);
        if (this.seenUuids.size === seen)
            return; // a uuid already read
        this.readMeta(v);
        const cwd = (0,core_text/* setString */.gQ)(v.cwd);
        if (cwd !== undefined && !this.allCwds.includes(cwd))
            this.allCwds.push(cwd);
        this.builder.observeTimestamp(ts);
        if (v.type === 'user')
            this.handleUser(v, msg, uuid, ts);
        else
            this.handleAssistant(rec, msg, uuid, ts);
    }
    userTextEvent(v, text, id, ts, uuid) {
        const cleaned = (0,rules/* stripSystemReminders */.bI)(text);
        if (cleaned === '')
            return;
        // A2 bash mode: `!cmd` typed by the person, and its output written back by the CLI
        const bashInput = bashModeInput(cleaned);
        if (bashInput !== undefined) {
            this.builder.emit({
                event_id: id,
                timestamp: ts,
                event_type: { type: 'ShellCommand', data: { command: bashInput } },
                content: { blocks: [{ type: 'Code', code: bashInput, language: 'bash' }] },
                attributes: { actor: 'user', 'source.raw_type': 'bash_input' },
            });
            return;
        }
        let type = { type: 'UserMessage' };
        let body = cleaned;
        const attributes = {};
        const bashOutput = bashModeOutput(cleaned);
        if (bashOutput !== undefined) {
            type = { type: 'SystemMessage' };
            body = bashOutput;
            attributes['source.raw_type'] = 'bash_output';
        }
        else if (v.isMeta === true) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'meta';
        }
        else if (cleaned.startsWith('<local-command-stdout>') || cleaned.startsWith('<local-command-stderr>')) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'local_command';
        }
        else if (this.isAuxiliary && (this.firstUserUuid === undefined || this.firstUserUuid === uuid)) {
            // A2: the first user entry of a subagent file is the parent agent's prompt, not the person's
            this.firstUserUuid = uuid;
            type = { type: 'SystemMessage' };
            attributes.source = 'subagent_prompt';
        }
        else if (!this.isAuxiliary && v.isSidechain === true) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'sidechain';
        }
        else if (isContinuationPreamble(cleaned)) {
            type = { type: 'SystemMessage' };
        }
        if (body === '')
            return;
        this.builder.emit({ event_id: id, timestamp: ts, event_type: type, content: (0,rules/* textContent */.P_)(body), attributes });
    }
    considerTitle(text) {
        if (this.titleDone)
            return;
        const t = claudeTitleFrom(text);
        if (t === undefined)
            return;
        this.title = t;
        this.titleDone = true;
    }
    handleUser(v, msg, uuid, ts) {
        const content = msg.content;
        if (typeof content === 'string') {
            this.considerTitle(content);
            this.userTextEvent(v, content, uuid, ts, uuid);
            return;
        }
        if (!Array.isArray(content))
            return;
        let titleSeen = false;
        for (const block of content) {
            if (!(0,rules/* isObject */.Gv)(block))
                continue;
            if (block.type === 'text') {
                if (typeof block.text !== 'string')
                    continue;
                if (!titleSeen) {
                    titleSeen = true;
                    this.considerTitle(block.text);
                }
                this.userTextEvent(v, block.text, `${uuid}-text`, ts, uuid);
            }
            else if (block.type === 'tool_result') {
                this.toolResult(block, uuid, ts);
            }
        }
    }
    toolResult(block, uuid, ts) {
        const c = block.content;
        if (c !== undefined && c !== null && typeof c !== 'string' && !Array.isArray(c))
            return;
        if (block.is_error !== undefined && typeof block.is_error !== 'boolean')
            return;
        if (block.tool_use_id !== undefined && block.tool_use_id !== null && typeof block.tool_use_id !== 'string')
            return;
        let text = '';
        if (typeof c === 'string')
            text = c;
        else if (Array.isArray(c)) {
            const parts = [];
            for (const item of c)
                if ((0,rules/* isObject */.Gv)(item) && item.type === 'text' && typeof item.text === 'string')
                    parts.push(item.text);
            text = parts.join('\n');
        }
        const ownId = (0,core_text/* setString */.gQ)(block.tool_use_id) !== undefined ? block.tool_use_id : undefined;
        let info;
        if (ownId !== undefined) {
            // the tracker holds the latest call registered under each id (what a separate id map would hold)
            info = this.calls.closeById(ownId) ?? this.pairLatest();
        }
        else {
            info = this.pairLatest();
        }
        const name = info?.name ?? 'unknown';
        const callId = ownId ?? info?.callId;
        const exitCode = (0,tools/* exitCodeFromText */.Lc)(text);
        const isError = block.is_error === true || (exitCode !== undefined && exitCode !== 0);
        const data = { name, is_error: isError };
        if (callId !== undefined)
            data.call_id = callId;
        // attributes are inserted in canonical (sorted) order, so the encoder writes them without a sorted copy
        const attributes = {};
        if (exitCode !== undefined)
            attributes.exit_code = exitCode;
        (0,tools/* setAttr */.ob)(attributes, 'semantic.call_id', callId);
        (0,tools/* setAttr */.ob)(attributes, 'semantic.group_id', uuid);
        attributes['semantic.tool_kind'] = (0,rules/* inferToolKind */.D0)(name);
        attributes['source.raw_type'] = 'tool_result';
        attributes['source.schema_version'] = SCHEMA;
        this.builder.emit({
            event_id: `${uuid}-result-${callId ?? 'fallback'}`,
            timestamp: ts,
            event_type: { type: 'ToolResult', data },
            content: (0,rules/* buildToolResultContent */.XF)(text, { name, filePath: info?.filePath }),
            attributes,
        });
    }
    pairLatest() {
        return this.calls.closeLatest();
    }
    usageIncrease(rec, msg, uuid) {
        const u = (0,rules/* isObject */.Gv)(msg.usage) ? msg.usage : (0,rules/* isObject */.Gv)(rec.value.usage) ? rec.value.usage : undefined;
        if (!u)
            return undefined;
        const identity = typeof msg.id === 'string' && (0,core_text/* trim */.Bq)(msg.id) !== '' ? msg.id : uuid;
        let max = this.usage.get(identity);
        if (!max) {
            max = { input: 0, cacheCreation: 0, cacheRead: 0, output: 0 };
            this.usage.set(identity, max);
        }
        // Each counter contributes only its increase over the running maximum for this message.
        let v = count(u.input_tokens);
        const input = v > max.input ? v - max.input : 0;
        if (v > max.input)
            max.input = v;
        v = count(u.cache_creation_input_tokens);
        const cacheCreation = v > max.cacheCreation ? v - max.cacheCreation : 0;
        if (v > max.cacheCreation)
            max.cacheCreation = v;
        v = count(u.cache_read_input_tokens);
        const cacheRead = v > max.cacheRead ? v - max.cacheRead : 0;
        if (v > max.cacheRead)
            max.cacheRead = v;
        v = count(u.output_tokens);
        const output = v > max.output ? v - max.output : 0;
        if (v > max.output)
            max.output = v;
        if (input + cacheCreation + cacheRead + output === 0)
            return undefined;
        return { input: input + cacheCreation + cacheRead, output, cacheRead, cacheCreation };
    }
    handleAssistant(rec, msg, uuid, ts) {
        const model = typeof msg.model === 'string' ? msg.model : undefined;
        if (this.model === undefined && model !== undefined && (0,core_text/* trim */.Bq)(model) !== '' && model !== '<synthetic>')
            this.model = model;
        const tokens = this.usageIncrease(rec, msg, uuid);
        const events = [];
        const content = msg.content;
        if (Array.isArray(content)) {
            for (let i = 0; i < content.length; i++) {
                const block = content[i];
                if (!(0,rules/* isObject */.Gv)(block))
                    continue;
                if (block.type === 'text') {
                    if (typeof block.text !== 'string')
                        continue;
                    const text = (0,rules/* stripSystemReminders */.bI)(block.text);
                    if (text !== '')
                        events.push({
                            event_id: `${uuid}-text`,
                            timestamp: ts,
                            event_type: { type: 'AgentMessage' },
                            content: (0,rules/* textContent */.P_)(text),
                            attributes: model !== undefined ? { model } : {},
                        });
                }
                else if (block.type === 'thinking') {
                    if (block.thinking !== undefined && typeof block.thinking !== 'string')
                        continue;
                    const text = (0,rules/* stripSystemReminders */.bI)(typeof block.thinking === 'string' ? block.thinking : '');
                    if (text !== '')
                        events.push({
                            event_id: `${uuid}-thinking`,
                            timestamp: ts,
                            event_type: { type: 'Thinking' },
                            content: (0,rules/* textContent */.P_)(text),
                            attributes: model !== undefined ? { model } : {},
                        });
                }
                else if (block.type === 'tool_use') {
                    const ev = this.toolUse(rec, block, i, uuid, ts, model);
                    if (ev)
                        events.push(ev);
                }
            }
        }
        if (tokens !== undefined) {
            if (events.length > 0)
                events[0].attributes = withTokens(events[0].attributes, tokens);
            else {
                events.push({
                    event_id: `${uuid}-usage`,
                    timestamp: ts,
                    event_type: { type: 'Custom', data: { kind: 'token_count' } },
                    content: (0,rules/* emptyContent */.jg)(),
                    attributes: withTokens({}, tokens),
                });
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
    toolUse(rec, block, index, uuid, ts, model) {
        if (typeof block.name !== 'string' || !('input' in block))
            return undefined;
        if (block.id !== undefined && block.id !== null && typeof block.id !== 'string')
            return undefined;
        const name = block.name;
        const input = (0,rules/* isObject */.Gv)(block.input) ? block.input : {};
        const toolId = (0,core_text/* setString */.gQ)(block.id) !== undefined ? block.id : undefined;
        const eventId = toolId ?? `${uuid}-tool`;
        const callId = toolId ?? eventId;
        let filePath;
        if (FILE_PATH_TOOLS.has(name))
            filePath = str(input.file_path) ?? str(input.notebook_path) ?? str(input.path);
        else if (name === 'Grep')
            filePath = str(input.path);
        this.calls.open({ callId, name, filePath });
        let et;
        let content;
        switch (name) {
            case 'Read': {
                const p = nonEmpty(input.file_path) ?? 'unknown';
                et = { type: 'FileRead', data: { path: p } };
                content = (0,rules/* textContent */.P_)(p);
                break;
            }
            case 'Write':
            case 'create_file': {
                // A2: the body is kept as Code (it is the only copy of what the agent wrote)
                const p = nonEmpty(input.file_path) ?? nonEmpty(input.path) ?? 'unknown';
                et = { type: 'FileCreate', data: { path: p } };
                const body = typeof input.content === 'string' ? input.content : undefined;
                if (body !== undefined) {
                    const language = (0,rules/* detectLanguage */.od)(p);
                    // fields in write order (code, language, start_line)
                    const code = language !== undefined
                        ? { type: 'Code', code: body, language, start_line: 1 }
                        : { type: 'Code', code: body, start_line: 1 };
                    content = { blocks: [code] };
                }
                else {
                    content = (0,rules/* textContent */.P_)(p);
                }
                break;
            }
            case 'Edit':
            case 'MultiEdit': {
                const p = (name === 'Edit'
                    ? (nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path))
                    : nonEmpty(input.file_path)) ?? 'unknown';
                const diff = (0,tools/* diffFromToolInput */.M1)(p, input);
                et = { type: 'FileEdit', data: diff !== undefined ? { path: p, diff } : { path: p } };
                content = (0,rules/* textContent */.P_)(p);
                break;
            }
            case 'NotebookEdit': {
                const p = nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path) ?? 'unknown';
                et = { type: 'FileEdit', data: { path: p } };
                content = jsonInput(rec, block, index);
                break;
            }
            case 'Bash': {
                const command = typeof input.command === 'string' ? input.command : '';
                if ((0,core_text/* trim */.Bq)(command) !== '') {
                    et = { type: 'ShellCommand', data: { command } };
                    const blocks = [];
                    const description = typeof input.description === 'string' ? input.description : '';
                    if (description !== '')
                        blocks.push({ type: 'Text', text: description });
                    blocks.push({ type: 'Code', code: command, language: 'bash' });
                    content = { blocks };
                }
                else {
                    et = { type: 'ToolCall', data: { name } };
                    content = jsonInput(rec, block, index);
                }
                break;
            }
            case 'Grep': {
                const pattern = typeof input.pattern === 'string' ? input.pattern : '';
                et = { type: 'CodeSearch', data: { query: pattern } };
                content = (0,rules/* textContent */.P_)(pattern);
                break;
            }
            case 'Glob': {
                const pattern = nonEmpty(input.pattern) ?? '*';
                et = { type: 'FileSearch', data: { pattern } };
                content = (0,rules/* textContent */.P_)(pattern);
                break;
            }
            case 'WebSearch':
                et = { type: 'WebSearch', data: { query: typeof input.query === 'string' ? input.query : '' } };
                content = jsonInput(rec, block, index);
                break;
            case 'WebFetch':
                et = { type: 'WebFetch', data: { url: typeof input.url === 'string' ? input.url : '' } };
                content = jsonInput(rec, block, index);
                break;
            case 'Task':
            case 'Agent': {
                et = { type: 'ToolCall', data: { name } };
                const blocks = [];
                const parts = [];
                const agentName = nonEmpty(input.name);
                if (agentName !== undefined)
                    parts.push(`agent: ${agentName}`);
                const subType = nonEmpty(input.subagent_type);
                if (subType !== undefined)
                    parts.push(`type: ${subType}`);
                const team = nonEmpty(input.team_name);
                if (team !== undefined)
                    parts.push(`team: ${team}`);
                const mode = nonEmpty(input.mode);
                if (mode !== undefined)
                    parts.push(`mode: ${mode}`);
                if (input.run_in_background === true)
                    parts.push('background');
                if (parts.length > 0)
                    blocks.push({ type: 'Text', text: `[${parts.join(', ')}]` });
                const description = typeof input.description === 'string' ? input.description : '';
                if (description !== '')
                    blocks.push({ type: 'Text', text: description });
                const prompt = typeof input.prompt === 'string' ? input.prompt : '';
                if (prompt !== '')
                    blocks.push({ type: 'Text', text: prompt });
                content = blocks.length > 0 ? { blocks } : jsonInput(rec, block, index);
                break;
            }
            default:
                et = { type: 'ToolCall', data: { name } };
                content = jsonInput(rec, block, index);
        }
        // A2: every call keeps its whole input (Glob `path`, Bash `timeout`, Read `limit`, ...) after the mapped content.
        const last = content.blocks[content.blocks.length - 1];
        if (last === undefined || last.type !== 'Json')
            content.blocks.push(jsonInput(rec, block, index).blocks[0]); // a fresh list
        const attributes = model !== undefined ? { model } : {};
        (0,tools/* setAttr */.ob)(attributes, 'semantic.call_id', callId);
        (0,tools/* setAttr */.ob)(attributes, 'semantic.group_id', uuid);
        attributes['semantic.tool_kind'] = (0,rules/* inferToolKind */.D0)(name);
        attributes['source.raw_type'] = 'tool_use';
        attributes['source.schema_version'] = SCHEMA;
        (0,tools/* setAttr */.ob)(attributes, 'tool_use_id', toolId);
        (0,tools/* setAttr */.ob)(attributes, 'tool_use_name', name);
        return { event_id: eventId, timestamp: ts, event_type: et, content, attributes };
    }
    // ---------------------------------------------------------------- other entry types
    handleOther(v) {
        const ts = (0,time/* parseNativeTimestamp */.r1)(v.timestamp);
        if (ts !== undefined)
            this.builder.observeTimestamp(ts);
        const uuid = (0,core_text/* setString */.gQ)(v.uuid);
        const attributes = { 'source.schema_version': SCHEMA };
        let text;
        let id;
        let prefix;
        let suffix = '';
        switch (v.type) {
            case 'system': {
                const c = typeof v.content === 'string' ? (0,core_text/* trim */.Bq)(v.content) : '';
                text = c !== '' ? c : `System event: ${nonEmpty(v.subtype) ?? 'unknown'}`;
                id = uuid;
                prefix = 'system';
                attributes['source.raw_type'] = 'system';
                (0,tools/* setAttr */.ob)(attributes, 'semantic.group_id', uuid);
                (0,tools/* setAttr */.ob)(attributes, 'system.subtype', str(v.subtype));
                (0,tools/* setAttr */.ob)(attributes, 'system.level', str(v.level));
                break;
            }
            case 'progress': {
                const data = v.data;
                if (!(0,rules/* isObject */.Gv)(data))
                    text = 'Progress update';
                else if (data.type === 'hook_progress') {
                    const hook = nonEmpty(data.hookEvent) ?? nonEmpty(data.hook) ?? '';
                    const hookName = (0,rules/* firstSet */.v)(data.hookName);
                    text = `Hook progress: ${hook}${hookName !== undefined ? ` (${hookName})` : ''}`;
                }
                else if (data.message !== undefined && data.message !== null) {
                    text = `Progress: ${typeof data.message === 'string' ? data.message : (0,json/* stringifyOrdered */.Vd)(data.message)}`;
                }
                else {
                    text = `Progress: ${nonEmpty(data.type) ?? 'progress'}`;
                }
                id = uuid;
                prefix = 'progress';
                attributes['source.raw_type'] = 'progress';
                (0,tools/* setAttr */.ob)(attributes, 'semantic.group_id', uuid);
                if ((0,rules/* isObject */.Gv)(data))
                    (0,tools/* setAttr */.ob)(attributes, 'progress.type', str(data.type));
                (0,tools/* setAttr */.ob)(attributes, 'semantic.call_id', str(v.toolUseID) ?? str(v.toolUseId));
                (0,tools/* setAttr */.ob)(attributes, 'progress.parent_tool_use_id', str(v.parentToolUseID) ?? str(v.parentToolUseId));
                break;
            }
            case 'queue-operation': {
                const op = nonEmpty(v.operation);
                const c = (0,rules/* firstSet */.v)(v.content);
                text =
                    op === 'enqueue' && c !== undefined
                        ? `Queued input: ${v.content}`
                        : `Queue operation: ${op ?? 'unknown'}`;
                prefix = 'queue';
                suffix = `-${op ?? 'unknown'}`;
                attributes['source.raw_type'] = 'queue-operation';
                (0,tools/* setAttr */.ob)(attributes, 'queue.operation', str(v.operation));
                break;
            }
            default: {
                // summary
                const s = typeof v.summary === 'string' ? v.summary : '';
                text = s !== '' ? `Summary: ${s}` : 'Summary';
                const leaf = (0,rules/* firstSet */.v)(v.leafUuid);
                id = uuid ?? leaf;
                prefix = 'summary';
                attributes['source.raw_type'] = 'summary';
                (0,tools/* setAttr */.ob)(attributes, 'semantic.group_id', uuid ?? leaf);
                (0,tools/* setAttr */.ob)(attributes, 'summary.leaf_uuid', str(v.leafUuid));
            }
        }
        const ev = {
            event_id: id ?? '',
            timestamp: ts,
            event_type: { type: 'SystemMessage' },
            content: (0,rules/* textContent */.P_)(text),
            attributes,
        };
        if (id === undefined)
            ev.makeId = (t) => `${prefix}-${(0,time/* toEpochMs */.x8)(t)}${suffix}`;
        this.builder.emit(ev);
    }
    /** End of input: held events take the file mtime (no session start in this format). */
    endEvents() {
        this.builder.flush();
    }
}
/** `Json(input)` with exact numbers (lossless re-parse only when the line needs it). */
function jsonInput(rec, block, index) {
    const data = rec.verbatim('message', 'content', index, 'input') ?? block.input;
    return { blocks: [{ type: 'Json', data }] };
}
/**
 * `attrs` with the token counts of 2.13 (only values > 0), keys in sorted order: the counts and `model`
 * sort before every other attribute an assistant event carries (`semantic.*`, `source.*`, `tool_use_*`).
 */
function withTokens(attrs, t) {
    const out = {};
    if (t.cacheCreation > 0)
        out.cache_creation_input_tokens = t.cacheCreation;
    if (t.cacheRead > 0)
        out.cache_read_input_tokens = t.cacheRead;
    if (t.input > 0)
        out.input_tokens = t.input;
    if (attrs.model !== undefined)
        out.model = attrs.model;
    if (t.output > 0)
        out.output_tokens = t.output;
    for (const k in attrs)
        if (k !== 'model')
            out[k] = attrs[k];
    return out;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** A string that is non-empty (as written); `||` semantics of the spec tables. */
function nonEmpty(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
;// CONCATENATED MODULE: ./core/parsers/claude-code/subagents.ts





const LEGACY_PREFIXES = ['agent-', 'agent_', 'subagent-', 'subagent_'];
function firstLineOf(filePath) {
    let reader;
    try {
        reader = new common/* SyncLineReader */.ZT(filePath, 1 << 16);
        for (let line = reader.next(); line !== undefined; line = reader.next()) {
            if (line.kind !== 'text')
                return undefined;
            if (line.text.trim() === '')
                continue;
            const v = (0,common/* parseJsonObjectLine */.j_)(line.text);
            return v === undefined ? undefined : firstLineInfo(v);
        }
    }
    catch {
        return undefined;
    }
    finally {
        reader?.close();
    }
    return undefined;
}
function namesParent(filePath, parentId) {
    let reader;
    try {
        reader = new common/* SyncLineReader */.ZT(filePath, 1 << 16);
        for (let line = reader.next(); line !== undefined; line = reader.next()) {
            if (line.kind !== 'text')
                return false;
            if (line.text.trim() === '')
                continue;
            const v = JSON.parse(line.text);
            if (typeof v !== 'object' || v === null)
                return false;
            return [v.sessionId, v.parentSessionId, v.parentID, v.parentId].some((x) => x === parentId);
        }
    }
    catch {
        return false;
    }
    finally {
        reader?.close();
    }
    return false;
}
function jsonlFilesOf(dir, entries) {
    const out = [];
    for (const ent of entries) {
        if (ent.name.startsWith('.') || !ent.name.endsWith('.jsonl'))
            continue;
        if (ent.isFile() || ent.isSymbolicLink())
            out.push(external_path_.join(dir, ent.name));
    }
    return out;
}
async function jsonlFilesIn(dir) {
    return jsonlFilesOf(dir, await (0,common/* listDir */.ol)(dir));
}
/**
 * Whether a directory listing can rule out the entry `name`: it must hold `mainName` (else the listing failed or
 * raced), and a name that is not plain ASCII is always looked up (file systems may fold case or normalise it).
 */
function listingRulesOut(lowerNames, mainName, name) {
    const ascii = /^[\x00-\x7f]*$/;
    return lowerNames.has(mainName.toLowerCase()) && ascii.test(name) && !lowerNames.has(name.toLowerCase());
}
/**
 * Candidate subagent logs of a main file, in byte-wise path order (4.2, three locations). The main file's folder
 * is listed once: the two `subagents` folders are read only when that listing shows they can exist.
 */
async function findSubagentFiles(mainPath, parentId) {
    const dir = external_path_.dirname(mainPath);
    const stemDir = mainPath.endsWith('.jsonl') ? mainPath.slice(0, -'.jsonl'.length) : mainPath;
    const entries = await (0,common/* listDir */.ol)(dir);
    const lowerNames = new Set(entries.map((e) => e.name.toLowerCase()));
    const mainName = external_path_.basename(mainPath);
    const files = new Set();
    if (!listingRulesOut(lowerNames, mainName, external_path_.basename(stemDir)))
        for (const f of await jsonlFilesIn(external_path_.join(stemDir, 'subagents')))
            files.add(f);
    const shared = external_path_.join(dir, 'subagents');
    if (external_path_.resolve(shared) !== external_path_.resolve(stemDir, 'subagents') &&
        !listingRulesOut(lowerNames, mainName, 'subagents')) {
        for (const f of await jsonlFilesIn(shared))
            if (namesParent(f, parentId))
                files.add(f);
    }
    // Legacy logs next to the main one: only names with a legacy prefix are joined into paths and opened.
    const legacy = entries.filter((e) => {
        const name = e.name.toLowerCase();
        return LEGACY_PREFIXES.some((p) => name.startsWith(p));
    });
    for (const f of jsonlFilesOf(dir, legacy)) {
        if (f === mainPath)
            continue;
        if (namesParent(f, parentId))
            files.add(f);
    }
    return [...files].sort(core_text/* compareBytewise */.GV);
}
/** One prepared subagent log: first-pass facts plus a lazily opened second pass. */
class SubagentBlock {
    filePath;
    displayPath;
    taskId;
    title;
    model;
    count;
    firstTs;
    lastTs;
    mtime;
    reader;
    parser;
    queue = [];
    qHead = 0;
    state = 'start';
    /** The next event of this block in its own order (undefined when exhausted). */
    head;
    constructor(filePath, displayPath, taskId, title, model, count, firstTs, lastTs, mtime) {
        this.filePath = filePath;
        this.displayPath = displayPath;
        this.taskId = taskId;
        this.title = title;
        this.model = model;
        this.count = count;
        this.firstTs = firstTs;
        this.lastTs = lastTs;
        this.mtime = mtime;
    }
    marks() {
        return { merged_subagent: true, subagent_id: this.taskId };
    }
    start() {
        this.advance();
    }
    advance() {
        for (;;) {
            switch (this.state) {
                case 'start': {
                    this.state = 'body';
                    const attributes = this.marks();
                    if (this.model !== 'unknown')
                        attributes.model = this.model;
                    this.head = {
                        event_id: `${this.taskId}-start`,
                        timestamp: this.firstTs,
                        event_type: { type: 'TaskStart', data: { title: this.title } },
                        task_id: this.taskId,
                        content: (0,common/* textContent */.P_)(''),
                        attributes,
                    };
                    return;
                }
                case 'body': {
                    const ev = this.nextSubEvent();
                    if (ev === undefined) {
                        this.state = 'end';
                        continue;
                    }
                    ev.event_id = `${this.taskId}:${ev.event_id}`;
                    ev.task_id = this.taskId;
                    ev.attributes = { ...ev.attributes, ...this.marks() };
                    this.head = ev;
                    return;
                }
                case 'end':
                    this.state = 'done';
                    this.head = {
                        event_id: `${this.taskId}-end`,
                        timestamp: this.lastTs,
                        event_type: { type: 'TaskEnd', data: { summary: `${this.count} events, ${this.model}` } },
                        task_id: this.taskId,
                        content: (0,common/* textContent */.P_)(''),
                        duration_ms: (0,common/* durationMs */.pc)(this.firstTs, this.lastTs),
                        attributes: this.marks(),
                    };
                    return;
                default:
                    this.head = undefined;
                    this.close();
                    return;
            }
        }
    }
    nextSubEvent() {
        if (this.parser === undefined) {
            const queue = this.queue;
            this.reader = new common/* SyncLineReader */.ZT(this.filePath);
            this.parser = new ClaudeLineParser({
                sink: { push: (e) => void queue.push(e) },
                mtime: this.mtime,
                sourcePath: null,
                displayPath: this.displayPath,
                auxiliaryPath: true,
            });
        }
        while (this.qHead >= this.queue.length) {
            this.queue.length = 0;
            this.qHead = 0;
            if (this.reader === undefined)
                return undefined;
            const line = this.reader.next();
            if (line === undefined) {
                this.reader = undefined;
                this.parser.endEvents();
                if (this.queue.length === 0)
                    return undefined;
            }
            else {
                this.parser.feedLine(line);
            }
        }
        return this.queue[this.qHead++];
    }
    close() {
        this.reader?.close();
        this.reader = undefined;
    }
}
function displayPathFor(ctx, filePath) {
    return (0,common/* siblingDisplay */.lm)(ctx, external_path_.relative(external_path_.dirname(ctx.path), filePath));
}
/**
 * First pass over each candidate: events, model, first/last timestamps. Unreadable files add
 * `skipped subagent log <file>: <reason>`; files with 0 events are skipped.
 */
function prepareSubagents(files, ctx, warnings) {
    const blocks = [];
    for (const file of files) {
        const display = displayPathFor(ctx, file);
        let reader;
        try {
            const mtime = (0,common/* fileMtimeSync */.yI)(file);
            let count = 0;
            let firstTs;
            let lastTs;
            const parser = new ClaudeLineParser({
                sink: {
                    push: (e) => {
                        count++;
                        firstTs ??= e.timestamp;
                        lastTs = e.timestamp;
                    },
                },
                mtime,
                sourcePath: null,
                displayPath: display,
                auxiliaryPath: true,
            });
            reader = new common/* SyncLineReader */.ZT(file);
            for (let line = reader.next(); line !== undefined; line = reader.next())
                parser.feedLine(line);
            parser.endEvents();
            warnings.push(...parser.warnings.render());
            if (count === 0 || firstTs === undefined || lastTs === undefined)
                continue;
            const first = parser.first ?? firstLineOf(file);
            const taskId = first?.agentId ?? (0,common/* fileStem */.E8)(file);
            blocks.push(new SubagentBlock(file, display, taskId, first?.slug ?? taskId, parser.model ?? 'unknown', count, firstTs, lastTs, mtime));
        }
        catch (e) {
            warnings.push(`skipped subagent log ${display}: ${(0,io/* systemErrorText */.f9)(e)}`);
        }
        finally {
            reader?.close();
        }
    }
    return blocks;
}
/** k-way merge by timestamp of the main stream (index 0) and each block (1…n); ties to the lower index. */
class ClaudeMergeStage {
    next;
    blocks;
    started = false;
    constructor(next, blocks) {
        this.next = next;
        this.blocks = blocks;
    }
    ensureStarted() {
        if (this.started)
            return;
        this.started = true;
        for (const b of this.blocks)
            b.start();
    }
    /** Emits block heads strictly earlier than `limit` (all of them when limit is undefined). */
    emitUntil(limit) {
        for (;;) {
            let best;
            for (const b of this.blocks) {
                if (b.head === undefined)
                    continue;
                if (best === undefined || b.head.timestamp < best.head.timestamp)
                    best = b;
            }
            if (best === undefined)
                return;
            if (limit !== undefined && best.head.timestamp >= limit)
                return;
            const ev = best.head;
            best.advance();
            this.next.push(ev);
        }
    }
    push(event) {
        this.ensureStarted();
        this.emitUntil(event.timestamp);
        this.next.push(event);
    }
    end() {
        this.ensureStarted();
        this.emitUntil(undefined);
        this.next.end();
    }
}

;// CONCATENATED MODULE: ./core/parsers/claude-code/index.ts





async function readFirstInfo(filePath) {
    return infoOfFirstLine(await (0,common/* readFirstNonBlankLine */.IF)(filePath));
}
function infoOfFirstLine(line) {
    const v = line === undefined ? undefined : (0,common_lines/* parseJsonObjectLine */.j_)(line);
    return v === undefined ? undefined : firstLineInfo(v);
}
class FoundSignal extends Error {
}
/** The non-blank `sessionId` a record carries (a malformed line is counted by the real pass). */
function lineSessionId(line) {
    if (line.kind !== 'text' || !line.text.includes('"sessionId"'))
        return undefined;
    const v = (0,common_lines/* parseJsonObjectLine */.j_)(line.text);
    return v !== undefined && typeof v.sessionId === 'string' && v.sessionId.trim() !== ''
        ? v.sessionId.trim()
        : undefined;
}
/** First non-blank `sessionId` of any record (the parent id for the merge), reading only as far as needed. */
async function scanSessionId(filePath) {
    let found;
    try {
        await (0,common/* readLines */.Se)(filePath, (line) => {
            found = lineSessionId(line);
            if (found !== undefined)
                throw new FoundSignal();
        });
    }
    catch (e) {
        if (!(e instanceof FoundSignal))
            throw e;
    }
    return found;
}
/** {@link readFirstInfo} over lines already read. */
function firstInfoOf(lines) {
    const first = lines.find((l) => l.kind === 'text' && !(0,common_lines/* isBlankLine */.pB)(l.text));
    return infoOfFirstLine(first?.kind === 'text' ? first.text : undefined);
}
/** {@link scanSessionId} over lines already read. */
function sessionIdOf(lines) {
    for (const line of lines) {
        const id = lineSessionId(line);
        if (id !== undefined)
            return id;
    }
    return undefined;
}
/**
 * Full parse: `blocks` are the prepared subagent logs (merged on the fly). Incremental parse
 * (`blocks === 'deferred'`): main events are kept and merged with the subagent logs at finish.
 */
class ClaudeEntryParser {
    ctx;
    sink;
    subWarnings;
    parser;
    collected;
    constructor(ctx, sink, blocks, subWarnings = []) {
        this.ctx = ctx;
        this.sink = sink;
        this.subWarnings = subWarnings;
        const common = {
            mtime: ctx.mtime,
            sourcePath: ctx.sourcePath,
            displayPath: ctx.displayPath,
            auxiliaryPath: (0,parsers_select/* isAuxiliarySessionPath */.Yy)(ctx.path),
        };
        if (blocks === 'deferred') {
            const list = [];
            this.collected = list;
            this.parser = new ClaudeLineParser({ ...common, sink: { push: (e) => void list.push(e) } });
        }
        else {
            this.parser = new ClaudeLineParser({
                ...common,
                sink,
                stage: blocks.length > 0 ? (next) => new ClaudeMergeStage(next, blocks) : undefined,
            });
        }
    }
    feedLine(line) {
        this.parser.feedLine(line);
    }
    takePending() {
        return this.parser.builder.takePending();
    }
    async finish() {
        const p = this.parser;
        p.endEvents();
        await p.builder.drain();
        const warnings = p.warnings.render();
        if (this.collected === undefined) {
            warnings.push(...this.subWarnings);
            return {
                header: this.header(p.builder.firstTimestamp, p.builder.lastTimestamp),
                eventCount: p.builder.eventCount,
                warnings,
            };
        }
        const subWarnings = [];
        let blocks = [];
        if (!p.isAuxiliary)
            blocks = prepareSubagents(await findSubagentFiles(this.ctx.path, p.sessionId ?? (0,common/* fileStem */.E8)(this.ctx.path)), this.ctx, subWarnings);
        try {
            const out = new common/* SessionBuilder */.Qy({
                sink: this.sink,
                tool: 'claude-code',
                mtime: this.ctx.mtime,
                sourcePath: this.ctx.sourcePath,
            });
            if (blocks.length > 0)
                out.use((next) => new ClaudeMergeStage(next, blocks));
            for (const ev of this.collected) {
                out.emit(ev);
                const pending = out.takePending();
                if (pending)
                    await pending;
            }
            out.flush();
            await out.drain();
            warnings.push(...subWarnings);
            return { header: this.header(out.firstTimestamp, out.lastTimestamp), eventCount: out.eventCount, warnings };
        }
        finally {
            for (const b of blocks)
                b.close();
        }
    }
    header(firstTs, lastTs) {
        const p = this.parser;
        const attributes = {};
        if (p.cwd !== undefined)
            attributes.cwd = p.cwd;
        if (p.gitBranch !== undefined)
            attributes.git_branch = p.gitBranch;
        if (p.allCwds.length > 1)
            attributes.all_cwds = [...p.allCwds];
        let sessionId = p.sessionId ?? (0,common/* fileStem */.E8)(this.ctx.path);
        let parentId;
        if (p.isAuxiliary) {
            const f = p.first;
            parentId = f?.parentSessionId ?? f?.sessionId;
            if (parentId !== undefined)
                sessionId =
                    f?.sessionId !== undefined && f.sessionId !== parentId
                        ? f.sessionId
                        : `${parentId}-${(0,common/* fileStem */.E8)(this.ctx.path)}`;
        }
        const agent = {
            provider: 'anthropic',
            model: p.model ?? 'unknown',
            tool: 'claude-code',
            ...(p.version !== undefined ? { tool_version: p.version } : {}),
        };
        return p.builder.header({
            sessionId,
            agent,
            title: p.title,
            attributes,
            role: p.isAuxiliary ? 'auxiliary' : 'primary',
            parentSessionId: parentId,
            createdAt: firstTs,
            updatedAt: lastTs,
        });
    }
}
const claudeCodeParser = {
    id: 'claude-code',
    parse: async (filePath, sink, ctx) => {
        const lines = (0,common/* readSmallFileLines */.RS)(filePath);
        const first = lines !== undefined ? firstInfoOf(lines) : await readFirstInfo(filePath);
        const auxiliary = (0,parsers_select/* isAuxiliarySessionPath */.Yy)(filePath) || first?.isSidechain === true;
        const subWarnings = [];
        let blocks = [];
        if (!auxiliary) {
            const parentId = (lines !== undefined ? sessionIdOf(lines) : await scanSessionId(filePath)) ?? (0,common/* fileStem */.E8)(filePath);
            blocks = prepareSubagents(await findSubagentFiles(filePath, parentId), ctx, subWarnings);
        }
        try {
            const parser = new ClaudeEntryParser(ctx, sink, blocks, subWarnings);
            return await (lines !== undefined ? (0,common/* runLineParserOnLines */.P3)(lines, parser) : (0,common/* runLineParser */.nG)(filePath, parser));
        }
        finally {
            for (const b of blocks)
                b.close();
        }
    },
    createLineParser: (sink, ctx) => new ClaudeEntryParser(ctx, sink, 'deferred'),
};


/***/ }),

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


/***/ })

};
;