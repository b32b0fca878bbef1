"use strict";
exports.id = 144;
exports.ids = [144];
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
// EXTERNAL MODULE: ./core/parsers/index.ts + 24 modules
var parsers = __webpack_require__(1424);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(2524);
// EXTERNAL MODULE: ./core/hail/writer.ts
var writer = __webpack_require__(4344);
;// CONCATENATED MODULE: ./core/parsers/spool.ts
// Output spool for `opensession parse` (parsers.md 7.2): events are serialised to a private temp file as
// they arrive while stats and validation are folded event by event, so the header can be written first
// without holding the events in memory.





const FLUSH_BYTES = 1 << 20;
/**
 * Streaming form of validateSession (hail-and-store.md section 5): same checks and message order,
 * folded event by event.
 */
class StreamingValidator {
    index = 0;
    ids = new Set();
    prevTs;
    eventErrors = [];
    duplicateErrors = [];
    orderErrors = [];
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
            this.orderErrors.push(`events not in chronological order at index ${i}`);
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
        return [...out, ...this.eventErrors, ...this.duplicateErrors, ...this.orderErrors];
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
    buf = [];
    bufBytes = 0;
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
        const line = (0,writer/* encodeEventLine */.dR)(event) + '\n';
        this.buf.push(line);
        this.bufBytes += line.length;
        if (this.bufBytes >= FLUSH_BYTES)
            this.flush();
        this.stats.add(event);
        this.validator?.add(event);
        this.count++;
    }
    /** Drops everything pushed so far (auto selection retries with a clean spool). */
    reset() {
        this.buf = [];
        this.bufBytes = 0;
        external_fs_.ftruncateSync(this.fd, 0);
        external_fs_.closeSync(this.fd);
        this.fd = external_fs_.openSync(this.file, 'w', 0o600);
        this.stats = new stats/* StatsAccumulator */.qX();
        if (this.validate)
            this.validator = new StreamingValidator();
        this.count = 0;
    }
    flush() {
        if (this.buf.length === 0)
            return;
        external_fs_.writeSync(this.fd, this.buf.join(''));
        this.buf = [];
        this.bufBytes = 0;
    }
    /** Finishes writing; returns the stats. */
    close() {
        this.flush();
        external_fs_.closeSync(this.fd);
        this.fd = -1;
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
    /** Streams the spooled event lines in chunks. */
    *chunks(size = 1 << 20) {
        const fd = external_fs_.openSync(this.file, 'r');
        try {
            const buf = Buffer.allocUnsafe(size);
            for (;;) {
                const n = external_fs_.readSync(fd, buf, 0, size, null);
                if (n === 0)
                    return;
                yield Buffer.from(buf.subarray(0, n));
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
        throw new core_errors/* GuidedError */.FQ(`unsupported parser_hint: ${given}`, [
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
        // 7. preview
        if (flags.preview)
            printPreview(ctx, outcome.parserUsed, outcome.warnings);
        // 8. validation
        if (flags.validate) {
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
                    for (const chunk of spool.chunks())
                        external_fs_.writeSync(fd, chunk);
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
        .description('Parse a native agent session log into canonical HAIL JSONL')
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


/***/ })

};
;