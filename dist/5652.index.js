"use strict";
exports.id = 5652;
exports.ids = [5652];
exports.modules = {

/***/ 5652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   daemonCommand: () => (/* binding */ daemonCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _program__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3586);
// `opensession daemon run|start|stop|status|install` (daemon-and-server.md §2.1, §2.11).


function daemonCommand(ctx) {
    const daemon = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('daemon').description('the capture daemon: watches agent session folders and records sessions into ledger refs (never pushes)');
    daemon
        .command('run')
        .description('run the daemon in the foreground (logs to stderr) until SIGTERM/SIGINT')
        .action(async () => {
        const { runDaemon } = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3137), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(9202), __webpack_require__.e(6764), __webpack_require__.e(4776)]).then(__webpack_require__.bind(__webpack_require__, 4327));
        await runDaemon({ env: ctx.env, version: _program__WEBPACK_IMPORTED_MODULE_1__.VERSION, write: (l) => ctx.stderr(l) });
    });
    // Internal (§2.15): one parse job from the daemon over IPC; hidden from help.
    daemon.command('parse-worker', { hidden: true }).action(async () => {
        const { runParseWorker } = await __webpack_require__.e(/* import() */ 8234).then(__webpack_require__.bind(__webpack_require__, 8234));
        await runParseWorker(ctx.env);
    });
    daemon
        .command('start')
        .description('start the daemon in the background and return once it is up')
        .action(async () => {
        const { startDaemon } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3901)]).then(__webpack_require__.bind(__webpack_require__, 3901));
        await startDaemon(ctx.env, (s) => ctx.stdout(s));
    });
    daemon
        .command('stop')
        .description('ask the running daemon to stop and wait for it')
        .action(async () => {
        const { stopDaemon } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3901)]).then(__webpack_require__.bind(__webpack_require__, 3901));
        await stopDaemon(ctx.env, (s) => ctx.stdout(s));
    });
    daemon
        .command('status')
        .description('report whether the daemon runs (exit 0 running, 1 stale, 3 not running, 4 unreadable pidfile)')
        .option('--json', 'print one JSON object')
        .action(async (opts) => {
        const { daemonStatus, renderStatus, DaemonExit } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3901)]).then(__webpack_require__.bind(__webpack_require__, 3901));
        const { json, exit } = daemonStatus(ctx.env, ctx.now());
        ctx.stdout(opts.json === true ? JSON.stringify(json, null, 2) + '\n' : renderStatus(json));
        if (exit !== 0)
            throw new DaemonExit(exit);
    });
    daemon
        .command('install')
        .description('write a systemd user unit (Linux) or launchd agent (macOS) that keeps the daemon running')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--platform <platform>', 'service manager to write for').choices(['linux', 'darwin']))
        .action(async (opts) => {
        const { installService } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3901)]).then(__webpack_require__.bind(__webpack_require__, 3901));
        installService(ctx.env, opts.platform ?? (process.platform === 'darwin' ? 'darwin' : 'linux'), (s) => ctx.stdout(s));
    });
    return daemon;
}


/***/ })

};
;