"use strict";
exports.id = 8171;
exports.ids = [8171];
exports.modules = {

/***/ 8171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HookExitError: () => (/* binding */ HookExitError),
/* harmony export */   hookCommand: () => (/* binding */ hookCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
// `opensession hook pre-push <remote> [<url>]` (hidden): run by the managed pre-push hook (git-native.md §9.4).
// Keeps start-up light: the ledger, parsers and git code load only when the hook actually runs.


/** Exit 1 after the hook already printed its own `[opensession] Error:` lines. */
class HookExitError extends _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL {
    silent = true;
    constructor(message) {
        super(message);
        this.name = 'HookExitError';
    }
}
function hookCommand(ctx) {
    const hook = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('hook').description('git hook entry points (used by the managed hooks)');
    // Hidden from help (commander only exposes this through addCommand options).
    hook._hidden = true;
    hook
        .command('pre-push')
        .description('pre-push fanout: record sessions and push ledger refs to <remote>')
        .argument('<remote>', 'remote name or URL being pushed to')
        .argument('[url]', 'remote URL')
        .action(async (remote, url) => {
        if (ctx.env.OPENSESSION_INTERNAL_PUSH === '1')
            return;
        const [{ discoverRepo }, { runPrePush }] = await Promise.all([
            __webpack_require__.e(/* import() */ 6790).then(__webpack_require__.bind(__webpack_require__, 6790)),
            Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(9207)]).then(__webpack_require__.bind(__webpack_require__, 9207)),
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
    });
    return hook;
}


/***/ })

};
;