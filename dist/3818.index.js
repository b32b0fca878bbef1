"use strict";
exports.id = 3818;
exports.ids = [3818,2524];
exports.modules = {

/***/ 7144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCommand: () => (/* binding */ parseCommand)
});

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./core/errors.ts
var core_errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
// EXTERNAL MODULE: ./core/parsers/index.ts + 2 modules
var parsers = __webpack_require__(4025);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
// EXTERNAL MODULE: ./core/hail/bytes.ts
var bytes = __webpack_require__(6316);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
// EXTERNAL MODULE: ./core/hail/writer.ts + 1 modules
var writer = __webpack_require__(2287);
// EXTERNAL MODULE: ./core/hail/validate.ts
var validate = __webpack_require__(4849);
;// CONCATENATED MODULE: ./core/parsers/spool.ts
// Output spool for `opensession parse` (parsers.md 7.2): events are serialised to a private temp file as
// they arrive while stats and validation are folded event by event, so the header can be written first
// without holding the events in memory.







const FLUSH_BYTES = 1 << 20;
/**
 * Streaming form of validateSession (hail-and-store.md section 5): same checks and message order,
 * folded event by event. Time order is a warning, not an error (A7).
 */
class StreamingValidator {
    index = 0;
    ids = new Set();
    prevTs;
    eventErrors = [];
    duplicateErrors = [];
    orderWarnings = [];
    add(e) {
        const i = this.index++;
        const inner = eventError(e);
        if (inner !== undefined)
            this.eventErrors.push(`invalid event at index ${i}: ${inner}`);
        if (this.ids.has(e.event_id))
            this.duplicateErrors.push(`duplicate event_id: ${e.event_id}`);
        else
            this.ids.add(e.event_id);
        if (this.prevTs !== undefined && e.timestamp < this.prevTs)
            this.orderWarnings.push((0,validate/* orderWarning */.n5)(i));
        this.prevTs = e.timestamp;
    }
    errors(header) {
        const out = [];
        if (!header.version.startsWith('hail-'))
            out.push(`invalid version: ${header.version}, expected prefix 'hail-'`);
        if (header.session_id.length === 0)
            out.push('missing required field: session_id');
        if (header.agent.provider.length === 0)
            out.push('missing required field: agent.provider');
        if (header.agent.tool.length === 0)
            out.push('missing required field: agent.tool');
        if (this.index === 0)
            out.push('empty session: no events');
        return [...out, ...this.eventErrors, ...this.duplicateErrors];
    }
    /** Events earlier than their predecessor (A7: real logs are in file order, not time order). */
    warnings() {
        return [...this.orderWarnings];
    }
}
function eventError(e) {
    if (e.event_id.length === 0)
        return 'missing required field: event_id';
    const et = e.event_type;
    switch (et.type) {
        case 'ToolCall':
        case 'ToolResult':
            return et.data.name.length === 0 ? 'missing required field: event_type.name' : undefined;
        case 'FileEdit':
        case 'FileCreate':
        case 'FileDelete':
        case 'FileRead':
            return et.data.path.length === 0 ? 'missing required field: event_type.path' : undefined;
        case 'ShellCommand':
            return et.data.command.length === 0 ? 'missing required field: event_type.command' : undefined;
        default:
            return undefined;
    }
}
/** An EventSink writing event lines to a private temporary file. Call `dispose()` in a `finally`. */
class HailSpool {
    validate;
    dir;
    file;
    fd;
    // Event lines are encoded straight into this buffer (no joined string, no second UTF-8 copy) and
    // written to the spool when it fills.
    buf = Buffer.allocUnsafe(FLUSH_BYTES);
    off = 0;
    stats = new stats/* StatsAccumulator */.qX();
    validator;
    count = 0;
    constructor(dir, validate) {
        this.validate = validate;
        this.dir = dir;
        this.file = external_path_.join(dir, 'events.jsonl');
        this.fd = external_fs_.openSync(this.file, 'w', 0o600);
        if (validate)
            this.validator = new StreamingValidator();
    }
    static async create(opts) {
        const dir = await external_fs_.promises.mkdtemp(external_path_.join(external_os_.tmpdir(), 'opensession-parse-'));
        return new HailSpool(dir, opts.validate);
    }
    push(event) {
        const line = (0,writer/* encodeEventLine */.dR)(event);
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.buf.length) {
            this.flush();
            if (max > this.buf.length)
                this.buf = Buffer.allocUnsafe(max);
        }
        this.off += (0,bytes/* writeUtf8 */.b)(this.buf, line, this.off);
        this.buf[this.off++] = 0x0a;
        this.stats.add(event);
        this.validator?.add(event);
        this.count++;
    }
    /** Drops everything pushed so far (auto selection retries with a clean spool). */
    reset() {
        this.off = 0;
        external_fs_.ftruncateSync(this.fd, 0);
        external_fs_.closeSync(this.fd);
        this.fd = external_fs_.openSync(this.file, 'w', 0o600);
        this.stats = new stats/* StatsAccumulator */.qX();
        if (this.validate)
            this.validator = new StreamingValidator();
        this.count = 0;
    }
    flush() {
        let done = 0;
        while (done < this.off)
            done += external_fs_.writeSync(this.fd, this.buf, done, this.off - done);
        this.off = 0;
    }
    /** Finishes writing; returns the stats. */
    close() {
        this.flush();
        external_fs_.closeSync(this.fd);
        this.fd = -1;
        if (this.buf.length > FLUSH_BYTES)
            this.buf = Buffer.allocUnsafe(FLUSH_BYTES);
        return this.stats.result();
    }
    validationErrors(header) {
        return this.validator
            ? this.validator.errors({
                version: header.version ?? 'hail-1.0.0',
                session_id: header.session_id,
                agent: header.agent,
            })
            : [];
    }
    /** Validation warnings (A7): events earlier than the one before them. */
    validationWarnings() {
        return this.validator ? this.validator.warnings() : [];
    }
    /** Header line for the outcome header. */
    static headerLine(header) {
        return ((0,writer/* encodeHeaderLine */.S4)({
            version: header.version ?? 'hail-1.0.0',
            session_id: header.session_id,
            agent: header.agent,
            context: header.context,
        }) + '\n');
    }
    static statsLine(stats) {
        return (0,writer/* encodeStatsLine */.yO)(stats) + '\n';
    }
    /** Appends the spooled event lines to the open file `out` (one reused buffer, no per-chunk copies). */
    copyTo(out, size = 1 << 20) {
        for (const chunk of this.reads(size)) {
            let done = 0;
            while (done < chunk.length)
                done += external_fs_.writeSync(out, chunk, done, chunk.length - done);
        }
    }
    /** Streams the spooled event lines in chunks. */
    *chunks(size = 1 << 20) {
        for (const chunk of this.reads(size))
            yield Buffer.from(chunk);
    }
    /** The spool file read through one reused buffer: each view is valid until the next one is taken. */
    *reads(size) {
        const fd = external_fs_.openSync(this.file, 'r');
        try {
            const buf = Buffer.allocUnsafe(size);
            for (;;) {
                const n = external_fs_.readSync(fd, buf, 0, size, null);
                if (n === 0)
                    return;
                yield buf.subarray(0, n);
            }
        }
        finally {
            external_fs_.closeSync(fd);
        }
    }
    dispose() {
        try {
            if (this.fd >= 0)
                external_fs_.closeSync(this.fd);
        }
        catch {
            // already closed
        }
        this.fd = -1;
        external_fs_.rmSync(this.dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/commands/parse.ts
// `opensession parse` (parsers.md section 7): native agent log → canonical HAIL JSONL.











const HELP_STEP = 'run `opensession parse --help`';
const SUPPORTED = 'supported profiles: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto';
const RECOVERY_EXAMPLES = `
Recovery examples:
  opensession parse --profile codex ./raw-session.jsonl --preview
  opensession parse --profile codex ./raw-session.jsonl --out ./session.hail.jsonl`;
function readError(file, err) {
    return new core_errors/* GuidedError */.FQ(`failed to read input file \`${file}\`: ${(0,io/* systemErrorText */.f9)(err)}`, [
        `check file path and permissions: ${file}`,
        HELP_STEP,
    ]);
}
/** Opens the input from its real path; true when it holds anything but whitespace and a BOM (7.2 step 4). */
async function checkInput(real, file) {
    let handle;
    try {
        handle = await external_fs_.promises.open(real, 'r');
        const st = await handle.stat();
        if (st.isDirectory()) {
            const e = new Error('Is a directory');
            e.code = 'EISDIR';
            e.errno = -21;
            throw e;
        }
        const buf = Buffer.allocUnsafe(1 << 16);
        let pos = 0;
        let first = true;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
            if (bytesRead === 0)
                break;
            let i = 0;
            if (first && bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                i = 3;
            first = false;
            for (; i < bytesRead; i++) {
                const c = buf[i];
                if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c)
                    return;
            }
            pos += bytesRead;
        }
    }
    catch (e) {
        throw readError(file, e);
    }
    finally {
        await handle?.close();
    }
    throw new core_errors/* GuidedError */.FQ(`input file \`${file}\` is empty`, [`check file path: ${file}`, HELP_STEP]);
}
function mismatchError(reason, profile, file, candidates) {
    const steps = [`detected candidates: ${(0,parsers.formatCandidates)(candidates)}`];
    const best = candidates.find((c) => c.id !== profile);
    if (best)
        steps.push(`retry with a detected profile, e.g. \`opensession parse --profile ${best.id} ${file}\``);
    steps.push(HELP_STEP);
    return new core_errors/* GuidedError */.FQ(reason, steps);
}
function printPreview(ctx, parserUsed, warnings) {
    let text = parserUsed !== undefined ? `parser_used: ${parserUsed}\n` : '';
    if (warnings.length > 0)
        text += 'warnings:\n' + warnings.map((w) => `- ${w}\n`).join('');
    if (text !== '')
        ctx.stderr(text);
}
function isEpipe(e) {
    return e?.code === 'EPIPE';
}
/** Removes the spool when the process is interrupted (7.2, section 9 "Spool"). */
function cleanupOnSignals(spool) {
    const handlers = [];
    for (const sig of ['SIGINT', 'SIGTERM']) {
        const h = () => {
            spool.dispose();
            for (const [s, fn] of handlers)
                process.removeListener(s, fn);
            if (process.listenerCount(sig) === 0)
                process.kill(process.pid, sig);
        };
        handlers.push([sig, h]);
        process.once(sig, h);
    }
    return () => {
        for (const [s, fn] of handlers)
            process.removeListener(s, fn);
    };
}
async function runParse(ctx, file, flags) {
    // 1. usage checks
    if (flags.json && flags.out === undefined)
        throw new core_errors/* UsageError */.eb('--json requires --out');
    const given = flags.profile === undefined ? '' : (0,core_text/* trim */.Bq)(flags.profile);
    const auto = given === '' || given === 'auto';
    if (flags.sessionId !== undefined && !(auto || given === 'cursor'))
        throw new core_errors/* UsageError */.eb('--session-id can only be used with --profile cursor or auto');
    // 2. profile
    if (!auto && !(0,parsers.isProfileId)(given)) {
        throw new core_errors/* GuidedError */.FQ(`unknown parser ${JSON.stringify(given)} (one of: ${parsers.PROFILE_IDS.join(', ')}, auto)`, [
            HELP_STEP,
            `retry with an explicit profile, e.g. \`opensession parse --profile codex ${file}\``,
            SUPPORTED,
        ]);
    }
    // 3–4. input
    let real;
    try {
        real = await external_fs_.promises.realpath(external_path_.resolve(ctx.cwd, file));
    }
    catch (e) {
        throw readError(file, e);
    }
    await checkInput(real, file);
    // 5. parse into the spool
    const spool = await HailSpool.create({ validate: flags.validate === true });
    (0,json/* takeDepthLimitWarning */.gQ)(); // count only what this parse cuts
    const stopCleanup = cleanupOnSignals(spool);
    let tmpOut;
    try {
        const options = { displayPath: file, sessionId: flags.sessionId };
        let outcome;
        try {
            outcome = auto
                ? await (0,parsers.parseAuto)(real, spool, options)
                : await (0,parsers.parseWithProfile)(real, given, spool, options);
        }
        catch (e) {
            if (!auto && (e instanceof parsers.ParserFailed || e instanceof parsers.NoEvents)) {
                const reason = e instanceof parsers.ParserFailed ? `failed: ${e.message}` : `produced no events from ${file}`;
                throw mismatchError(`parser/input mismatch: profile '${given}' ${reason}`, given, file, await (0,parsers.detectCandidates)(real));
            }
            if (e instanceof parsers.SelectionFailed) {
                if (flags.preview)
                    printPreview(ctx, undefined, e.warnings);
                const list = `detected candidates: ${(0,parsers.formatCandidates)(e.candidates)}`;
                if (e.candidates.length === 0) {
                    throw new core_errors/* GuidedError */.FQ('could not determine parser from source', [
                        list,
                        `retry with an explicit profile, e.g. \`opensession parse --profile codex ${file}\``,
                        HELP_STEP,
                    ]);
                }
                throw new core_errors/* GuidedError */.FQ('auto-detection failed; choose a parser and retry', [
                    list,
                    `retry with an explicit profile, e.g. \`opensession parse --profile ${e.candidates[0].id} ${file}\``,
                    HELP_STEP,
                ]);
            }
            if (typeof e?.code === 'string')
                throw readError(file, e);
            throw e;
        }
        const stats = spool.close();
        const depthWarning = (0,json/* takeDepthLimitWarning */.gQ)(); // A6: too-deep values are kept as "[depth limit]"
        if (depthWarning !== undefined) {
            outcome.warnings.push(depthWarning);
            if (!flags.preview)
                ctx.stderr(`warning: ${depthWarning}\n`);
        }
        // 7. preview
        if (flags.preview)
            printPreview(ctx, outcome.parserUsed, outcome.warnings);
        // 8. validation
        if (flags.validate) {
            // A7: time order is a warning, printed before any error
            for (const w of spool.validationWarnings())
                ctx.stderr(`warning: ${w}\n`);
            const errors = spool.validationErrors(outcome.header);
            if (errors.length > 0) {
                throw new core_errors/* GuidedError */.FQ(`validation failed: ${errors.join('; ')}`, [
                    `run \`opensession parse --profile ${auto ? 'auto' : given} ${file} --preview\` to inspect parser warnings`,
                    'fix source session content and retry parse',
                ]);
            }
        }
        // 9. output
        const headerLine = HailSpool.headerLine(outcome.header);
        const statsLine = HailSpool.statsLine(stats);
        if (flags.out !== undefined) {
            const target = external_path_.resolve(ctx.cwd, flags.out);
            tmpOut = `${target}.tmp-${(0,external_crypto_.randomBytes)(6).toString('hex')}`;
            try {
                const fd = external_fs_.openSync(tmpOut, 'wx', 0o644);
                try {
                    external_fs_.writeSync(fd, headerLine);
                    spool.copyTo(fd);
                    external_fs_.writeSync(fd, statsLine);
                }
                finally {
                    external_fs_.closeSync(fd);
                }
                external_fs_.renameSync(tmpOut, target);
                tmpOut = undefined;
            }
            catch (e) {
                throw new core_errors/* GuidedError */.FQ(`failed to write parsed output \`${flags.out}\`: ${(0,io/* systemErrorText */.f9)(e)}`, [
                    `check output path permissions: ${flags.out}`,
                    'retry without `--out` to print JSONL to stdout',
                ]);
            }
            if (flags.json) {
                (0,output/* writeJson */.GF)(ctx, {
                    profile: outcome.parserUsed,
                    session_id: outcome.header.session_id,
                    event_count: outcome.eventCount,
                    out: flags.out,
                    warnings: outcome.warnings,
                });
            }
            return;
        }
        try {
            ctx.stdout(headerLine);
            for (const chunk of spool.chunks())
                ctx.stdout(chunk);
            ctx.stdout(statsLine);
        }
        catch (e) {
            if (isEpipe(e))
                return; // closed stdout (`| head`): end quietly
            throw e;
        }
    }
    finally {
        stopCleanup();
        spool.dispose();
        if (tmpOut !== undefined)
            external_fs_.rmSync(tmpOut, { force: true });
    }
}
function parseCommand(ctx) {
    return new esm/* Command */.uB('parse')
        .description('parse a native agent session log into canonical HAIL JSONL')
        .argument('<file>', 'session log to parse (read in place from its real path)')
        .option('--profile <id>', 'parser profile: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto')
        .option('--preview', 'print the parser used and warnings to stderr')
        .option('--validate', 'run the HAIL validator before writing output')
        .option('--out <path>', 'write the JSONL to PATH instead of stdout')
        .option('--session-id <id>', 'Cursor conversation to parse (composerId); only with --profile cursor or auto')
        .option('--json', 'with --out: print a JSON summary to stdout')
        .addHelpText('after', RECOVERY_EXAMPLES)
        .action(async (file, flags) => {
        await runParse(ctx, file, flags);
    });
}


/***/ }),

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   lj: () => (/* binding */ storeSettings)
/* harmony export */ });
/* unused harmony export prettySortedJson */
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(502);
// Output helpers shared by commands: pretty JSON with byte-wise sorted keys (hail-and-store.md section 9).


/**
 * Pretty JSON (2-space, `"key": value`, empty containers as `[]`/`{}`), keys sorted byte-wise at every
 * level. Written by hand because JS objects always list integer-like keys first.
 */
function prettySortedJson(value, indent = '') {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const inner = indent + '  ';
        return `[\n${value.map((v) => inner + prettySortedJson(v ?? null, inner)).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort(_core_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
        if (keys.length === 0)
            return '{}';
        const inner = indent + '  ';
        const rows = keys.map((k) => `${inner}${JSON.stringify(k)}: ${prettySortedJson(value[k], inner)}`);
        return `{\n${rows.join(',\n')}\n${indent}}`;
    }
    if (typeof value === 'bigint')
        return value.toString();
    return JSON.stringify(value) ?? 'null';
}
function writeJson(ctx, value) {
    ctx.stdout(prettySortedJson(value) + '\n');
}
function storeSettings(ctx) {
    return { cwd: ctx.cwd, home: (0,_core_store__WEBPACK_IMPORTED_MODULE_1__/* .homeFromEnv */ .V0)(ctx.env) };
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
}


/***/ }),

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   P9: () => (/* binding */ timestampFromMillis),
/* harmony export */   UZ: () => (/* binding */ formatTsOffset),
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports timestampToMillis, compareTimestamps */
// HAIL timestamps (hail-and-store.md section 2.7): bigint nanoseconds since the Unix epoch, UTC.
// Hand-written because Date keeps only milliseconds and Date.parse accepts non-RFC forms.
const NS_PER_SEC = 1000000000n;
const SECONDS_PER_DAY = 86400;
/** Seconds from 0000-01-01T00:00:00Z to the epoch (negative) and from the epoch to 10000-01-01. */
const MIN_SECONDS = -62167219200; // 0000-01-01T00:00:00Z
const MAX_SECONDS_EXCL = 253402300800; // 10000-01-01T00:00:00Z
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;
/** Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's algorithm). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
class TimestampError extends Error {
    value;
    constructor(value) {
        super(`invalid timestamp \`${value}\``);
        this.value = value;
        this.name = 'TimestampError';
    }
}
/** Parses the RFC 3339 read grammar of section 2.7. Throws TimestampError (``invalid timestamp `{value}` ``). */
function parseTimestamp(s) {
    const fast = parseCommonForm(s);
    if (fast !== undefined)
        return fast;
    const m = TIMESTAMP_RE.exec(s);
    if (m === null)
        throw new TimestampError(s);
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const hh = +m[4];
    const mm = +m[5];
    const ss = +m[6];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) {
        throw new TimestampError(s);
    }
    let offset = 0;
    if (m[8] !== undefined) {
        const oh = +m[9];
        const om = +m[10];
        if (oh > 23 || om > 59)
            throw new TimestampError(s);
        offset = (oh * 60 + om) * 60;
        if (m[8] === '-')
            offset = -offset;
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
    if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCL)
        throw new TimestampError(s);
    let nanos = 0;
    const frac = m[7];
    if (frac !== undefined) {
        // digits beyond the 9th are dropped, not rounded
        nanos = frac.length >= 9 ? +frac.slice(0, 9) : +frac * 10 ** (9 - frac.length);
    }
    return BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
}
function digit(s, i) {
    const d = s.charCodeAt(i) - 0x30;
    return d >= 0 && d <= 9 ? d : -1000000;
}
/**
 * Hand-rolled parse of the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (no regex, no captures);
 * undefined for anything else, which then takes the general path.
 */
function parseCommonForm(s) {
    const len = s.length;
    if (len < 20 || s.charCodeAt(len - 1) !== 0x5a /* Z */)
        return undefined;
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54)
        return undefined;
    if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a)
        return undefined;
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hh = digit(s, 11) * 10 + digit(s, 12);
    const mm = digit(s, 14) * 10 + digit(s, 15);
    const ss = digit(s, 17) * 10 + digit(s, 18);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
        return undefined;
    let nanos = 0;
    let fracLen = 0;
    if (len > 20) {
        if (s.charCodeAt(19) !== 0x2e || len > 30)
            return undefined;
        fracLen = len - 21;
        if (fracLen < 1)
            return undefined;
        for (let i = 20; i < len - 1; i++) {
            const d = digit(s, i);
            if (d < 0)
                return undefined;
            nanos = nanos * 10 + d;
        }
        nanos *= 10 ** (9 - fracLen);
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
    const t = BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
    // remember an input already in tsZ form: writers usually format the value they have just read
    if (fracLen === 0 || ((fracLen === 3 || fracLen === 6 || fracLen === 9) && !s.endsWith('000Z'))) {
        lastValue = t;
        lastText = s;
    }
    return t;
}
let lastValue;
let lastText = '';
/** Same as parseTimestamp but returns undefined instead of throwing. */
function tryParseTimestamp(s) {
    try {
        return parseTimestamp(s);
    }
    catch {
        return undefined;
    }
}
function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}
function formatDigits(t) {
    let secs = t / NS_PER_SEC;
    let nanos = Number(t - secs * NS_PER_SEC);
    if (nanos < 0) {
        nanos += 1_000_000_000;
        secs -= 1n;
    }
    const s = Number(secs);
    const days = Math.floor(s / SECONDS_PER_DAY);
    const sod = s - days * SECONDS_PER_DAY;
    const [y, mo, d] = civilFromDays(days);
    const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
    let out = ys +
        '-' +
        pad2(mo) +
        '-' +
        pad2(d) +
        'T' +
        pad2(Math.floor(sod / 3600)) +
        ':' +
        pad2(Math.floor(sod / 60) % 60) +
        ':' +
        pad2(sod % 60);
    if (nanos !== 0) {
        if (nanos % 1_000_000 === 0)
            out += '.' + String(nanos / 1_000_000).padStart(3, '0');
        else if (nanos % 1000 === 0)
            out += '.' + String(nanos / 1000).padStart(6, '0');
        else
            out += '.' + String(nanos).padStart(9, '0');
    }
    return out;
}
/** `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
function formatTsZ(t) {
    if (t === lastValue)
        return lastText;
    // events of one record share its timestamp: format each value once
    if (t !== lastFormatted) {
        lastFormattedText = formatDigits(t) + 'Z';
        lastFormatted = t;
    }
    return lastFormattedText;
}
let lastFormatted;
let lastFormattedText = '';
/** Same digits as formatTsZ with `+00:00` instead of `Z`. */
function formatTsOffset(t) {
    return formatDigits(t) + '+00:00';
}
/** Timestamp from epoch milliseconds (fractional milliseconds are truncated toward negative infinity). */
function timestampFromMillis(ms) {
    const whole = Math.floor(ms);
    return BigInt(whole) * 1000000n;
}
/** Epoch milliseconds of a timestamp (floored). */
function timestampToMillis(t) {
    const ms = t / 1000000n;
    return Number(t < 0n && ms * 1000000n !== t ? ms - 1n : ms);
}
function compareTimestamps(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

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

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ storeLocalObject),
/* harmony export */   F9: () => (/* binding */ readLocalObject),
/* harmony export */   Fh: () => (/* binding */ ensureRepoGitignore),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   IZ: () => (/* binding */ createFileAtomically),
/* harmony export */   V0: () => (/* binding */ homeFromEnv),
/* harmony export */   _M: () => (/* binding */ readLocalObjectSync),
/* harmony export */   cc: () => (/* binding */ defaultRoot),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   eJ: () => (/* binding */ storeLocalObjectStream),
/* harmony export */   zA: () => (/* binding */ candidateRoots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
// The local content-addressed object store (hail-and-store.md section 8).




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Section 8: no HOME/USERPROFILE where the global store is needed. */
function noHomeError() {
    return new _errors__WEBPACK_IMPORTED_MODULE_3__/* .GuidedError */ .FQ('could not determine home directory', [
        'set HOME to your home directory, or run the command inside a git repository',
    ]);
}
/** Home from an environment map: HOME, else USERPROFILE (empty counts as unset). */
function homeFromEnv(env) {
    return env.HOME || env.USERPROFILE || undefined;
}
/** The first directory at or above `cwd` (its parent if it names a file) holding an entry `.git`. */
function findRepoRoot(cwd) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
    }
    catch {
        // a missing cwd is walked up like a directory
    }
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, '.git'));
            return dir;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
            if (parent === dir)
                return undefined;
            dir = parent;
        }
    }
}
function rootsFor(kind, settings) {
    const repoRoot = findRepoRoot(settings.cwd);
    return {
        repoRoot,
        repoStore: repoRoot ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(repoRoot, '.opensession', kind) : undefined,
        globalStore: settings.home ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(settings.home, '.local', 'share', 'opensession', kind) : undefined,
    };
}
/** Roots to read from, in order: repo store (inside a repo), then the global store. */
function candidateRoots(kind, settings) {
    const roots = rootsFor(kind, settings);
    const out = [];
    if (roots.repoStore)
        out.push(roots.repoStore);
    if (roots.globalStore)
        out.push(roots.globalStore);
    else if (!roots.repoStore)
        throw noHomeError();
    return out;
}
function objectPath(root, sha256, ext = '.jsonl') {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}
/** The write root of `kind`: the repo store inside a repo, else the global store (section 8, 11.1). */
function defaultRoot(kind, settings) {
    const { repoStore, globalStore } = rootsFor(kind, settings);
    const root = repoStore ?? globalStore;
    if (!root)
        throw noHomeError();
    return { root, inRepo: root === repoStore };
}
/** Writes `<dir>/.gitignore` = `*\n` (for a store inside a repo) when none exists yet. */
async function ensureRepoGitignore(storeDir) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(storeDir, { recursive: true });
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(storeDir, '.gitignore'), '*\n', { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
    }
}
/**
 * Creates `target` with `bytes` atomically and only if it does not exist: write a temp file in the
 * same directory, then hard-link it into place (link fails with EEXIST rather than replacing).
 * Returns false when the target already existed.
 */
async function createFileAtomically(target, bytes) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    try {
        return await linkIntoPlace(tmp, target);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
}
/**
 * Hard-links the finished temp file `tmp` to `target` (same filesystem); false when `target` already
 * existed. The caller removes `tmp`.
 */
async function linkIntoPlace(tmp, target) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(tmp, target);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return false;
        // Filesystems without hard links: fall back to rename when the target is still absent.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(target);
                return false;
            }
            catch {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
                return true;
            }
        }
        throw err;
    }
}
/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
function storeLocalObject(bytes, settings) {
    return storeLocalObjectStream((consume) => consume(bytes), settings);
}
function writeAll(fd, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, off, chunk.length - off);
}
/**
 * storeLocalObject for bytes made as a stream (`register`): each chunk is hashed and appended to a
 * temp file in the write root as it comes, so the object is never whole in memory; the file is then
 * linked into place under its sha256. Errors come in the order they would if the bytes were made
 * first: an error thrown by `produce` (bad input) wins over any store error, including a missing
 * home. When anything fails, the temp file and the directories this call created are removed.
 */
async function storeLocalObjectStream(produce, settings) {
    const { repoStore, globalStore } = rootsFor('objects', settings);
    const root = repoStore ?? globalStore;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let made; // the topmost directory this call created
    let tmp;
    let fd;
    let storeError;
    let ok = false;
    if (root) {
        try {
            made = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
            const name = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(name, 'wx', 0o644);
            tmp = name;
        }
        catch (err) {
            storeError = err;
        }
    }
    const consume = (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (fd === undefined || storeError !== undefined)
            return;
        try {
            writeAll(fd, chunk);
        }
        catch (err) {
            storeError = err; // reported once `produce` is done: an input error comes first
        }
    };
    try {
        produce(consume);
        if (!root)
            throw noHomeError();
        if (storeError !== undefined)
            throw storeError;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        if (root === repoStore)
            await ensureRepoGitignore(root);
        const sha256 = hash.digest('hex');
        const target = objectPath(root, sha256);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        const created = await linkIntoPlace(tmp, target);
        ok = true;
        return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes, created };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (tmp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        if (!ok && made !== undefined && root)
            removeEmptyDirs(root, made);
    }
}
/** Removes `dir` and its parents up to and including `top` while they are empty. */
function removeEmptyDirs(dir, top) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(d);
        }
        catch {
            return; // not empty (someone else wrote there) or already gone
        }
        if (d === top || node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d) === d)
            return;
    }
}
/** The files that may hold object `hash`, in lookup order (repo store, then the user-wide one). */
function objectCandidates(hash, settings) {
    if (!HEX64.test(hash))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid hash: ${hash}`);
    const sha256 = hash.toLowerCase();
    return { sha256, files: candidateRoots('objects', settings).map((root) => objectPath(root, sha256)) };
}
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Reads a stored object from the first candidate root that has it. */
async function readLocalObject(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}
/**
 * `readLocalObject` with synchronous reads, for a one-shot command that reads one object and has nothing to
 * overlap with it (`share`): no thread-pool start-up and round trips.
 */
function readLocalObjectSync(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}


/***/ })

};
;