/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 1636:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ reportCommandError),
/* harmony export */   z: () => (/* binding */ processContext)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(265);
// What a command handler may touch: injected so tests can run commands in-process.

let stdoutGuarded = false;
/**
 * A closed stdout (`| head`) makes Node emit EPIPE as an asynchronous 'error' event, which would crash the
 * process with a stack trace. Swallow that event and let the next write throw the stream's error instead,
 * so a command can end quietly (parsers.md 7.3: `parse` then exits 0).
 */
function guardStdout() {
    if (stdoutGuarded)
        return;
    stdoutGuarded = true;
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
    });
}
function processContext() {
    guardStdout();
    return {
        cwd: process.cwd(),
        env: process.env,
        stdout: (chunk) => {
            const failed = process.stdout.errored;
            if (failed)
                throw failed;
            process.stdout.write(chunk);
        },
        stderr: (chunk) => {
            process.stderr.write(chunk);
        },
        readStdin: async () => {
            const parts = [];
            for await (const part of process.stdin)
                parts.push(part);
            return Buffer.concat(parts);
        },
        now: () => new Date(),
    };
}
/**
 * A command's error as its exit code and error line: 2 and `error: …` for a usage error, 1 and `Error: …` for
 * any other; an error marked `silent` already printed its own lines (the pre-push hook's) and keeps its exit code.
 */
function reportCommandError(ctx, err) {
    if (err.silent === true) {
        const code = err.exitCode;
        return typeof code === 'number' ? code : 1;
    }
    if (err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
        ctx.stderr(`error: ${err.message}\n`);
        return 2;
    }
    ctx.stderr(`Error: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatErrorChain */ .jf)(err, (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .isDebugValue */ .jt)(ctx.env.OPENSESSION_DEBUG))}\n`);
    return 1;
}


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HookExitError: () => (/* binding */ HookExitError),
/* harmony export */   hookCall: () => (/* binding */ hookCall),
/* harmony export */   runHookCall: () => (/* binding */ runHookCall),
/* harmony export */   runHookPrePush: () => (/* binding */ runHookPrePush)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(265);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1636);
// The managed pre-push hook's call, `opensession hook pre-push <remote> [<url>]`, run without commander: the
// bundle entry (main.ts) sends exactly that argv here, so a push loads only the hook's own modules (A8 speed).
// Any other form (options, help, extra arguments) still goes through the full CLI.


/** Exit 1 after the hook already printed its own `[opensession] Error:` lines. */
class HookExitError extends _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    silent = true;
    constructor(message) {
        super(message);
        this.name = 'HookExitError';
    }
}
/** `{ remote, url }` when `argv` is exactly the hook's call (no options), else undefined. */
function hookCall(argv) {
    if (argv.length < 3 || argv.length > 4 || argv[0] !== 'hook' || argv[1] !== 'pre-push')
        return undefined;
    if (argv.slice(2).some((a) => a.startsWith('-')))
        return undefined;
    return { remote: argv[2], url: argv[3] };
}
/** The hook's work (what the commander action of `hook pre-push` runs); throws HookExitError on a refusal. */
async function runHookPrePush(ctx, remote, url) {
    if (ctx.env.OPENSESSION_INTERNAL_PUSH === '1')
        return;
    const [{ discoverRepo }, { runPrePush }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(3137), __nccwpck_require__.e(6790)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6790)),
        Promise.all(/* import() */[__nccwpck_require__.e(1577), __nccwpck_require__.e(7472), __nccwpck_require__.e(3137), __nccwpck_require__.e(9207)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9207)),
    ]);
    const stdin = (await ctx.readStdin()).toString('utf8');
    const code = await runPrePush({
        repo: discoverRepo(ctx.cwd),
        remote,
        url,
        stdin,
        env: ctx.env,
        stderr: ctx.stderr,
        stderrIsTTY: process.stderr.isTTY === true,
        now: ctx.now,
    });
    if (code !== 0)
        throw new HookExitError('pre-push hook refused the push');
}
/** {@link runHookPrePush} with the CLI's exit codes and error lines (as `runCli` maps them). */
async function runHookCall(ctx, call) {
    try {
        await runHookPrePush(ctx, call.remote, call.url);
        return 0;
    }
    catch (err) {
        return (0,_context__WEBPACK_IMPORTED_MODULE_1__/* .reportCommandError */ ._)(ctx, err);
    }
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   mainDaemon: () => (/* binding */ mainDaemon),
/* harmony export */   runAction: () => (/* binding */ runAction),
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1636);
/* harmony import */ var _hook_entry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5941);
/* harmony import */ var _test_settings__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(705);



async function main(argv = process.argv.slice(2)) {
    await applyTestSettings(process.env);
    // The managed pre-push hook's exact call skips commander and the command table (A8: the hook's start-up).
    const call = (0,_hook_entry__WEBPACK_IMPORTED_MODULE_1__.hookCall)(argv);
    if (call !== undefined) {
        process.exitCode = await (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5941))).runHookCall((0,_context__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)(), call);
        return;
    }
    process.exitCode = await runCli(argv, (0,_context__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)());
}
/** The CLI (commander and the command table), loaded on first use. */
async function runCli(argv, ctx) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(8179), __nccwpck_require__.e(3586)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3586))).runCli(argv, ctx);
}
/** Test-only settings (cli/test-settings.ts): the ledger write retry backoff scale. */
async function applyTestSettings(env) {
    const scale = (0,_test_settings__WEBPACK_IMPORTED_MODULE_2__/* .testBackoffScale */ .T)(env);
    // loaded only here, so a normal start does not pay for the ledger modules
    if (scale !== undefined)
        (await Promise.all(/* import() */[__nccwpck_require__.e(3137), __nccwpck_require__.e(9036), __nccwpck_require__.e(2636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 255))).setBackoffScale(scale);
}
/**
 * Entry for hosts that bring their own @actions/core, such as @github/local-action (whose stub shows the action's
 * inputs and outputs): runs `opensession <argv>` with that copy and reports a failure through `core.setFailed`.
 */
async function runAction(argv, core) {
    const { provideActionsCore } = await __nccwpck_require__.e(/* import() */ 2419).then(__nccwpck_require__.bind(__nccwpck_require__, 2419));
    provideActionsCore(core);
    try {
        await applyTestSettings(process.env);
        const code = await runCli(argv, (0,_context__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)());
        if (code !== 0)
            core.setFailed(`opensession ${argv.slice(0, 2).join(' ')} failed (exit code ${code})`);
    }
    finally {
        provideActionsCore(undefined);
    }
}
const DAEMON_USAGE = `Usage: opensession-daemon [run]

Runs the OpenSession capture daemon in the foreground (same as \`opensession daemon run\`).
Manage a background daemon with \`opensession daemon start|stop|status|install\`.
`;
/** `opensession-daemon [run]`: the capture daemon's own binary (daemon-and-server.md §2.1). */
async function mainDaemon(argv = process.argv.slice(2)) {
    if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
        process.stdout.write(DAEMON_USAGE);
        return;
    }
    // The daemon's parse worker (§2.15) is started with the entry the daemon runs from: internal, not in the usage.
    if (argv.length === 2 && argv[0] === 'daemon' && argv[1] === 'parse-worker') {
        process.exitCode = await runCli(argv, (0,_context__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)());
        return;
    }
    if (argv.length > 1 || (argv.length === 1 && argv[0] !== 'run')) {
        process.stderr.write(`error: unexpected argument '${argv.join(' ')}'\n${DAEMON_USAGE}`);
        process.exitCode = 2;
        return;
    }
    process.exitCode = await runCli(['daemon', 'run'], (0,_context__WEBPACK_IMPORTED_MODULE_0__/* .processContext */ .z)());
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ testBackoffScale)
/* harmony export */ });
// Test-only settings read from the environment (docs/testing.md). Only cli/ reads them; core takes plain values.
/**
 * `OPENSESSION_TEST_BACKOFF_SCALE`: a number from 0 to 1 that shortens the ledger write retry backoff (§4.2) and the
 * waits the GitHub client sleeps, so the suite can reach "is busy" and rate-limit paths without waiting them out.
 * Anything else than a number in [0, 1] is ignored and the real timing applies.
 */
function testBackoffScale(env) {
    const raw = env.OPENSESSION_TEST_BACKOFF_SCALE?.trim();
    return raw !== undefined && /^(0|1|0?\.[0-9]+)$/.test(raw) ? Number(raw) : undefined;
}


/***/ }),

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ GuidedError),
/* harmony export */   RL: () => (/* binding */ OpenSessionError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   jf: () => (/* binding */ formatErrorChain),
/* harmony export */   jt: () => (/* binding */ isDebugValue)
/* harmony export */ });
/* unused harmony export renderGuided */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1509);
// Typed errors shared by every command (hail-and-store.md section 9).
// Handlers throw these; only the CLI entry point turns them into `Error: ...` and an exit code.

/** A command error (exit 1). `cause` forms the error chain printed as `outer: root` (or the full chain in debug). */
class OpenSessionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'OpenSessionError';
    }
}
/** A usage error (exit 2): bad flags, missing arguments, invalid enum values. */
class UsageError extends OpenSessionError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** An error with `next:` steps and an optional docs pointer. */
class GuidedError extends OpenSessionError {
    reason;
    steps;
    docs;
    constructor(reason, steps, docs, options) {
        super(renderGuided(reason, steps, docs), options);
        this.name = 'GuidedError';
        this.reason = reason;
        this.steps = steps;
        this.docs = docs;
    }
}
function renderGuided(reason, steps, docs) {
    // `trim` of section 1 (Unicode White_Space: strips U+0085, keeps U+FEFF), not String.prototype.trim
    let kept = steps.map((s) => (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(s)).filter((s) => s.length > 0);
    if (kept.length === 0)
        kept = ['run `opensession --help`'];
    const lines = [(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(reason), 'next:', ...kept.map((s) => `- ${s}`)];
    if (docs !== undefined && docs !== '')
        lines.push(`docs: ${docs}`);
    return lines.join('\n');
}
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * The text printed after `Error: `. By default the outermost message plus `: {root cause}`;
 * with debug on, every layer of the chain.
 */
function formatErrorChain(err, debug) {
    const chain = [messageOf(err)];
    let cur = err instanceof Error ? err.cause : undefined;
    let guard = 0;
    while (cur !== undefined && cur !== null && guard++ < 32) {
        chain.push(messageOf(cur));
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    if (chain.length === 1)
        return chain[0];
    if (debug)
        return chain.join(': ');
    return `${chain[0]}: ${chain[chain.length - 1]}`;
}
/** `OPENSESSION_DEBUG` is on for 1/true/yes/on (ASCII case-insensitive, trimmed). */
function isDebugValue(value) {
    if (value === undefined)
        return false;
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value));
    return v === '1' || v === 'true' || v === 'yes' || v === 'on';
}


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ trim),
/* harmony export */   F: () => (/* binding */ asciiLower),
/* harmony export */   GV: () => (/* binding */ compareBytewise),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   Qq: () => (/* binding */ dedupe),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   ap: () => (/* binding */ collapse),
/* harmony export */   gQ: () => (/* binding */ setString),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
// Text helpers with the exact semantics of hail-and-store.md section 1.
// Use these instead of String.prototype.trim / toLowerCase / sort where the spec names them.
const WHITESPACE_CODES = new Set([
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
function isWhitespace(code) {
    return WHITESPACE_CODES.has(code);
}
/** Removes leading and trailing Unicode White_Space (not U+FEFF; U+0085 included). */
function trim(s) {
    let start = 0;
    let end = s.length;
    while (start < end && WHITESPACE_CODES.has(s.charCodeAt(start)))
        start++;
    while (end > start && WHITESPACE_CODES.has(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
/** A string value that is non-empty after trim ("set"): returns the trimmed value, else undefined. */
function setString(value) {
    if (typeof value !== 'string')
        return undefined;
    const t = trim(value);
    return t.length > 0 ? t : undefined;
}
const WHITESPACE_RUN = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** Splits on whitespace runs, drops empty pieces, joins with one space. */
function collapse(s) {
    return s
        .split(WHITESPACE_RUN)
        .filter((p) => p.length > 0)
        .join(' ');
}
/** Truncates to at most n UTF-8 bytes (cut at max(n-3,0) on a code-point boundary, then `...`). */
function truncate(s, n) {
    if (Buffer.byteLength(s, 'utf8') <= n)
        return s;
    const limit = Math.max(n - 3, 0);
    let bytes = 0;
    let i = 0;
    while (i < s.length) {
        const cp = s.codePointAt(i);
        const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (bytes + size > limit)
            break;
        bytes += size;
        i += cp >= 0x10000 ? 2 : 1;
    }
    return s.slice(0, i) + '...';
}
/** Drops later duplicates, keeping first-occurrence order. */
function dedupe(list) {
    return [...new Set(list)];
}
/** Maps only A-Z to a-z. */
function asciiLower(s) {
    return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
/**
 * Byte-wise (UTF-8, unsigned) comparison. UTF-8 order equals code-point order, which differs from
 * UTF-16 code-unit order only when a surrogate is compared with a unit in U+E000..U+FFFF.
 */
function compareBytewise(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            const xs = x >= 0xd800 && x <= 0xdfff;
            const ys = y >= 0xd800 && y <= 0xdfff;
            if (xs !== ys && (x >= 0xe000 || y >= 0xe000))
                return xs ? 1 : -1;
            return x < y ? -1 : 1;
        }
    }
    return a.length - b.length;
}
/** Sets `obj[key] = value` as an own data property, also for the key `__proto__`. */
function setOwn(obj, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    }
    else {
        obj[key] = value;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = require("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = require("fs/promises");

/***/ }),

/***/ 992:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = require("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = require("readline");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = require("util/types");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/******/ 	// expose the module cache
/******/ 	__nccwpck_require__.c = __webpack_module_cache__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat */
/******/ 	
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			8792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// module cache are used so entry inlining is disabled
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	var __webpack_exports__ = __nccwpck_require__(__nccwpck_require__.s = 5698);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;