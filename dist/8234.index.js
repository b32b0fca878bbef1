"use strict";
exports.id = 8234;
exports.ids = [8234];
exports.modules = {

/***/ 8234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ needsWorker),
/* harmony export */   runInWorker: () => (/* binding */ runInWorker),
/* harmony export */   runParseWorker: () => (/* binding */ runParseWorker)
/* harmony export */ });
/* unused harmony exports WORKER_MIN_BYTES, WORKER_TIMEOUT_MS, workerEntry */
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
// The short-lived parse worker (daemon-and-server.md §2.7 step 3, §2.15): files of 8 MiB or more and every Cursor
// DB are parsed, redacted and written by a child process (`node <entry> daemon parse-worker`), so the parse heap
// (and SQLite) never lives in the daemon. One job per child; the result comes back over IPC; 120 s timeout.


const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_TIMEOUT_MS = 120_000;
/** §2.7: the worker runs steps 3–4 for Cursor DBs and for files of `WORKER_MIN_BYTES` or more. */
function needsWorker(profile, size) {
    return profile === 'cursor' || size >= WORKER_MIN_BYTES;
}
/**
 * The entry the worker is started with: the script this process runs (either bin accepts `daemon parse-worker`),
 * resolved so an npm bin symlink still points at the package.
 */
function workerEntry(argv1 = process.argv[1]) {
    if (argv1 === undefined || argv1 === '')
        throw new Error('cannot start the parse worker: no entry script');
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(argv1);
    }
    catch {
        return argv1;
    }
}
/** Parent side: one child per job; rejects when the child fails, crashes, or runs past the timeout. */
function runInWorker(job, env, onStart, timeoutMs = WORKER_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.fork)(workerEntry(), ['daemon', 'parse-worker'], {
            execArgv: ['--max-old-space-size=1024'],
            env: env,
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            serialization: 'advanced',
        });
        let stderr = '';
        child.stderr?.on('data', (b) => {
            stderr = (stderr + b.toString('utf8')).slice(-2000);
        });
        let reply;
        let timedOut = false;
        let sendFailed;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        child.on('message', (m) => {
            reply = m;
        });
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(new Error(`parse worker for ${job.file} could not start: ${err.message}`));
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            if (timedOut)
                return reject(new Error(`parse worker for ${job.file} timed out after ${timeoutMs / 1000} s`));
            if (reply?.ok === true)
                return resolve(reply.sessions);
            if (reply?.ok === false)
                return reject(new Error(reply.message));
            if (sendFailed !== undefined)
                return reject(new Error(`parse worker for ${job.file} did not take its job: ${sendFailed.message}`));
            const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
            const last = stderr.trim().split('\n').pop();
            reject(new Error(`parse worker for ${job.file} ${how}${last ? `: ${last}` : ''}`));
        });
        if (child.pid !== undefined)
            onStart(child.pid);
        // A failed send is reported to this callback, not as 'error': a worker that dies before it takes the job (EPIPE)
        // is reported by 'exit' with how it died; one that lives on without the job is stopped and says so.
        child.send(job, (err) => {
            if (err === null)
                return;
            // Most often the worker is already dying: give its 'exit' a moment before stopping it ourselves.
            setTimeout(() => {
                if (child.exitCode !== null || child.signalCode !== null)
                    return;
                sendFailed = err;
                child.kill('SIGKILL');
            }, 1000).unref();
        });
    });
}
/** Child side (`daemon parse-worker`): reads one job from IPC, runs it, replies, exits. */
async function runParseWorker(env) {
    if (process.send === undefined)
        throw new Error('daemon parse-worker is internal: it needs an IPC channel');
    const job = await new Promise((resolve) => process.once('message', (m) => resolve(m)));
    let reply;
    try {
        const { parseAndCapture } = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3137), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(9202), __webpack_require__.e(6764)]).then(__webpack_require__.bind(__webpack_require__, 6764));
        const sessions = await parseAndCapture(job.file, job.profile, {
            config: job.config,
            env,
            knownSession: (key) => job.known[key],
        });
        reply = { ok: true, sessions };
    }
    catch (err) {
        reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    await new Promise((resolve) => process.send(reply, () => resolve()));
    process.disconnect?.();
}


/***/ })

};
;