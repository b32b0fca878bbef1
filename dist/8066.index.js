"use strict";
exports.id = 8066;
exports.ids = [8066];
exports.modules = {

/***/ 8066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promptCleanupAfterPush: () => (/* binding */ promptCleanupAfterPush)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_janitor_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4914);
/* harmony import */ var _core_review_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1237);
/* harmony import */ var _core_review_safety__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8467);
/* harmony import */ var _cleanup_helper__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(228);
// The one-time cleanup setup prompt after `opensession share` pushed (ci-automation.md §2.9). It never fails
// the share: every error becomes one warning line.





const TRUTHY = new Set(['1', 'true', 'yes', 'on']);
async function promptCleanupAfterPush(ctx, root, remote) {
    try {
        if (!(0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_4__/* .isInteractive */ .b4)() || node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync((0,_core_janitor_config__WEBPACK_IMPORTED_MODULE_1__/* .configPath */ .eQ)(root)))
            return;
        const git = (0,_core_review_git__WEBPACK_IMPORTED_MODULE_2__/* .createGitRunner */ .h)(root, ctx.env);
        const prompted = await git.run(['config', '--local', '--get', 'opensession.cleanup.prompted']);
        if (prompted.code === 0 && TRUTHY.has(prompted.stdout.trim().toLowerCase()))
            return;
        ctx.stderr('[opensession] cleanup automation is not configured for this repository.\n');
        const answer = (await (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_4__/* .askLine */ .kP)(ctx, '[opensession] install cleanup automation now? [y/N]: ')).trim().toLowerCase();
        for (const [key, value] of [
            ['opensession.cleanup.prompted', 'true'],
            ['opensession.cleanup.prompted-at', ctx.now().toISOString()],
        ]) {
            const r = await git.run(['config', '--local', key, value]);
            if (r.code !== 0)
                throw new Error(r.stderr.trim() || `git config ${key} failed`);
        }
        if (answer === 'y' || answer === 'yes') {
            const { runInit } = await __webpack_require__.e(/* import() */ 8562).then(__webpack_require__.bind(__webpack_require__, 8562));
            await runInit(ctx, { provider: 'auto', remote, hiddenTtlDays: '30', artifactTtlDays: '30', sessionArchiveBranch: '', yes: true }, true);
            ctx.stderr('[opensession] cleanup automation configured.\n');
        }
        else
            ctx.stderr('[opensession] cleanup automation was skipped.\n');
    }
    catch (err) {
        ctx.stderr(`[opensession] Warning: cleanup setup prompt failed: ${(0,_core_review_safety__WEBPACK_IMPORTED_MODULE_3__/* .errorLine */ .B)(err)}\n`);
    }
}


/***/ })

};
;